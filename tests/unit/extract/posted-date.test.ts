import { describe, expect, it } from 'vitest';
import { readPostedDate } from '@/lib/extract/posted-date';

// The capture time: local noon, so day arithmetic holds in any time zone the tests run in.
const now = new Date(2026, 2, 12, 12, 0);
const hoursAgo = (hours: number) => `${new Date(now.getTime() - hours * 3_600_000).toISOString().slice(0, 16)}Z`;
const localTime = (y: number, m: number, d: number, h: number, min: number) =>
  `${new Date(y, m - 1, d, h, min).toISOString().slice(0, 16)}Z`;

describe('readPostedDate', () => {
  it.each([
    ['il y a 3 jours', '2026-03-09'],
    ['Publié il y a 2 semaines', '2026-02-26'],
    ['il y a 1 an', '2025-03-12'],
    ['vor 2 Tagen', '2026-03-10'],
    ['vor einem Monat', '2026-02-12'],
    ['3 dagen geleden', '2026-03-09'],
    ['hace una semana', '2026-03-05'],
    ['hace 3 días', '2026-03-09'],
    ['3 giorni fa', '2026-03-09'],
    ['2 dni temu', '2026-03-10'],
    ['tydzień temu', '2026-03-05'],
    ['3 дня назад', '2026-03-09'],
    ['месяц назад', '2026-02-12'],
    ['för 3 dagar sedan', '2026-03-09'],
    ['for 5 dage siden', '2026-03-07'],
    ['3 days ago', '2026-03-09'],
    ['3d ago', '2026-03-09'],
  ])('%j counts back from the capture time: %s', (text, postedAt) => {
    expect(readPostedDate(text, now)).toEqual({ postedAt, postedText: text });
  });

  it.each([
    ['yesterday', '2026-03-11'],
    ['hier', '2026-03-11'],
    ['gestern', '2026-03-11'],
    ['gisteren', '2026-03-11'],
    ['ayer', '2026-03-11'],
    ['ieri', '2026-03-11'],
    ['wczoraj', '2026-03-11'],
    ['вчера', '2026-03-11'],
    ['igår', '2026-03-11'],
    ['i går', '2026-03-11'],
    ['vorgestern', '2026-03-10'],
    ['позавчера', '2026-03-10'],
    ['today', '2026-03-12'],
    ["aujourd'hui", '2026-03-12'],
    ['сегодня', '2026-03-12'],
  ])('%j is %s', (text, postedAt) => {
    expect(readPostedDate(text, now)?.postedAt).toBe(postedAt);
  });

  it.each([
    ['2 godz. temu', 2],
    ['2 hours ago', 2],
    ['il y a 5 h', 5],
    ['vor 3 Stunden', 3],
    ["un'ora fa", 1],
    ['час назад', 1],
    ['godzinę temu', 1],
  ])('%j gives the UTC time, to the minute', (text, hours) => {
    expect(readPostedDate(text, now)?.postedAt).toBe(hoursAgo(hours));
  });

  it.each([
    ['gestern, 14:30', localTime(2026, 3, 11, 14, 30)],
    ['hier à 14h30', localTime(2026, 3, 11, 14, 30)],
    ['вчера в 14:30', localTime(2026, 3, 11, 14, 30)],
    ['Dzisiaj o 09:12', localTime(2026, 3, 12, 9, 12)],
    ['Publié le 12/03/2024 à 14:30', localTime(2024, 3, 12, 14, 30)],
    ['Pubblicato il 8 mar alle 11:45', localTime(2026, 3, 8, 11, 45)],
    ['today at 2:30 pm', localTime(2026, 3, 12, 14, 30)],
  ])('%j keeps the wall-clock time the page gave, in the browser’s zone', (text, postedAt) => {
    expect(readPostedDate(text, now)?.postedAt).toBe(postedAt);
  });

  it.each([
    ['12.03.2024', {}, '2024-03-12'],
    ['Eingestellt am 08.03.2026', {}, '2026-03-08'],
    ['6.3. 2026', {}, '2026-03-06'],
    ['12. März 2024', {}, '2024-03-12'],
    ['3 mars 2026', {}, '2026-03-03'],
    ['Sinds 10 mrt. 2026', {}, '2026-03-10'],
    ['12 de marzo de 2024', {}, '2024-03-12'],
    ['Dodane 11 marca 2026', {}, '2026-03-11'],
    ['12 марта', {}, '2026-03-12'],
    ['20 декабря', {}, '2025-12-20'],
    ['March 2, 2026', {}, '2026-03-02'],
    ['03/09/26', { monthFirst: true }, '2026-03-09'],
    ['03/09/2025', {}, '2025-09-03'],
    ['2024-03-12', {}, '2024-03-12'],
  ])('%j (%j) is %s', (text, hints, postedAt) => {
    expect(readPostedDate(text, now, hints)?.postedAt).toBe(postedAt);
  });

  it('reads an ISO time with an offset as UTC, with or without a colon in the offset', () => {
    expect(readPostedDate('2026-03-10T14:22:05-0800', now)?.postedAt).toBe('2026-03-10T22:22Z');
    expect(readPostedDate('2026-03-10T10:00:00+01:00', now)?.postedAt).toBe('2026-03-10T09:00Z');
  });

  it.each([
    ['Mitglied seit 12.03.2019'],
    ['Membre depuis 2018'],
    ['Na OLX od marca 2019'],
    ['На Авито с 2017'],
    ['Zuletzt online vor 2 Stunden'],
    ['geboren am 01.05.2024'],
    ['hatched 12.05.2025'],
    ['in 3 days'],
    ['for 3 days only'],
    ['20.05.2026'],
    ['Preis: 450 €'],
    ['1947'],
  ])('%j is no posting date', (text) => {
    expect(readPostedDate(text, now)).toBeUndefined();
  });

  it('reads German and Dutch "hier" as "here", not yesterday', () => {
    expect(readPostedDate('hier', now, { lang: 'de' })).toBeUndefined();
    expect(readPostedDate('hier', now, { lang: 'fr' })?.postedAt).toBe('2026-03-11');
  });
});
