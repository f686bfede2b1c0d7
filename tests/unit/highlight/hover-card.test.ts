// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { translateFrom, englishT } from '@/lib/i18n/english';
import { createHoverCard, type CardItem } from '@/lib/highlight/hover-card';
import german from '@/public/_locales/de/messages.json';
import french from '@/public/_locales/fr/messages.json';
import { captureShadowRoots } from '../support/closed-shadow-roots';

const parrot: CardItem = {
  title: 'Psittacus erithacus',
  kind: 'taxon',
  appendix: 'I',
  euAnnex: 'A',
  term: 'Graupapagei',
  lang: 'de',
  implies: [],
};
const ivory: CardItem = {
  title: 'Ivory',
  kind: 'trade',
  appendix: 'nc',
  euAnnex: 'none',
  term: 'ivoire',
  lang: 'fr',
  implies: ['Loxodonta africana'],
};

const shadows = captureShadowRoots();

const shownLines = () => [...shadows.at(-1)!.querySelectorAll('.item > div')].map((line) => line.textContent);

it.each([
  [
    englishT,
    [
      'Psittacus erithacus',
      'Taxon · CITES Appendix I · EU Annex A',
      'Matched “Graupapagei” (German)',
      'Ivory',
      'Trade term · not CITES-listed · no EU Annex',
      'Matched “ivoire” (French)',
      'Implies: Loxodonta africana',
    ],
  ],
  [
    translateFrom(french),
    [
      'Psittacus erithacus',
      'Taxon · Annexe I de la CITES · Annexe A du règlement UE',
      'Mot reconnu : « Graupapagei » (allemand)',
      'Ivory',
      'Terme commercial · non inscrit à la CITES · hors annexes du règlement UE',
      'Mot reconnu : « ivoire » (français)',
      'Désigne : Loxodonta africana',
    ],
  ],
  [
    translateFrom(german),
    [
      'Psittacus erithacus',
      'Taxon · CITES-Anhang I · Anhang A der EU-Verordnung',
      'Erkannt: „Graupapagei“ (Deutsch)',
      'Ivory',
      'Handelsbegriff · nicht CITES-gelistet · in keinem Anhang der EU-Verordnung',
      'Erkannt: „ivoire“ (Französisch)',
      'Verweist auf: Loxodonta africana',
    ],
  ],
])('labels the card in the UI language; names and matched words stay as they are (%#)', (t, expected) => {
  const card = createHoverCard(document, t);
  card.show([parrot, ivory], new DOMRect(10, 10, 50, 12));
  expect(shownLines()).toEqual(expected);
  card.hide();
});

it.each([
  [
    englishT,
    [
      'Melopsittacus undulatus',
      'Not listed: exempt from the CITES Appendices',
      'Bubalus bubalis',
      'Not listed: domesticated form, not covered by the listing of Bubalus arnee',
    ],
  ],
  [
    translateFrom(german),
    [
      'Melopsittacus undulatus',
      'Nicht gelistet: von den CITES-Anhängen ausgenommen',
      'Bubalus bubalis',
      'Nicht gelistet: Haustierform, nicht von der Listung von Bubalus arnee erfasst',
    ],
  ],
])('says an exempt species is not listed, and why (%#)', (t, expected) => {
  const card = createHoverCard(document, t);
  card.show(
    [
      { kind: 'exempt', title: 'Melopsittacus undulatus' },
      { kind: 'exempt', title: 'Bubalus bubalis', domesticFormOf: 'Bubalus arnee' },
    ],
    new DOMRect(10, 10, 50, 12),
  );
  expect(shownLines()).toEqual(expected);
  card.hide();
});

/** The card element in the last shadow root attached, and the host the page sees. */
const shownCard = () => shadows.at(-1)!.querySelector<HTMLElement>('.card')!;
const shownHost = () => document.querySelector('spoor-hover-card');

it('opened from the keyboard, is a dialog named by its titles that takes focus; Escape closes it, focus goes back', () => {
  const button = document.body.appendChild(document.createElement('button'));
  button.focus();
  const card = createHoverCard(document, englishT);
  card.show([parrot, ivory], new DOMRect(10, 10, 50, 12), true);
  const dialog = shownCard();
  expect(dialog.getAttribute('role')).toBe('dialog');
  const names = dialog
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => shadows.at(-1)!.getElementById(id));
  expect(names.map((title) => title?.textContent)).toEqual(['Psittacus erithacus', 'Ivory']);
  expect(shadows.at(-1)!.activeElement).toBe(dialog);
  // Not in the page's tab order: reached only by the command.
  expect(dialog.tabIndex).toBe(-1);
  expect(shownHost()!.hasAttribute('tabindex')).toBe(false);

  // The next name's card keeps where focus was before the first.
  card.show([parrot], new DOMRect(10, 40, 50, 12), true);
  const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
  shownCard().dispatchEvent(escape);
  expect(escape.defaultPrevented).toBe(true);
  expect(shownHost()).toBeNull();
  expect(document.activeElement).toBe(button);
  button.remove();
});

it('closes when focus leaves it, and keeps no hold on focus', () => {
  const card = createHoverCard(document, englishT);
  card.show([parrot], new DOMRect(10, 10, 50, 12), true);
  expect(shownHost()).not.toBeNull();
  const input = document.body.appendChild(document.createElement('input'));
  input.focus();
  expect(shownHost()).toBeNull();
  expect(document.activeElement).toBe(input);
  input.remove();
});

it('shown on hover, is a tooltip named by its title and leaves focus where it is', () => {
  const input = document.body.appendChild(document.createElement('input'));
  input.focus();
  const card = createHoverCard(document, englishT);
  card.show([parrot], new DOMRect(10, 10, 50, 12));
  expect(shownCard().getAttribute('role')).toBe('tooltip');
  expect(shadows.at(-1)!.getElementById(shownCard().getAttribute('aria-labelledby')!)?.textContent).toBe(
    'Psittacus erithacus',
  );
  expect(shownCard().hasAttribute('tabindex')).toBe(false);
  expect(document.activeElement).toBe(input);
  card.hide();
  input.remove();
});

it('shown on hover, closes on Escape wherever focus is, and leaves the key to the page (WCAG 1.4.13)', () => {
  const input = document.body.appendChild(document.createElement('input'));
  input.focus();
  const card = createHoverCard(document, englishT);
  card.show([parrot], new DOMRect(10, 10, 50, 12));
  const other = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true });
  input.dispatchEvent(other);
  expect(shownHost()).not.toBeNull();
  const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  let pageSawIt = false;
  document.addEventListener('keydown', () => (pageSawIt = true), { once: true });
  input.dispatchEvent(escape);
  expect(shownHost()).toBeNull();
  expect([pageSawIt, escape.defaultPrevented]).toEqual([true, false]);
  expect(document.activeElement).toBe(input);
  input.remove();
});

/** WCAG's relative luminance of an opaque hex colour (#rgb or #rrggbb). */
const luminance = (hex: string) => {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit) : hex.slice(1).match(/../g)!;
  const [red, green, blue] = digits.map((pair) => {
    const channel = parseInt(pair, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
};
const contrast = (one: string, other: string) => {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
};

it.each(['#ffffff', '#000000', '#1f2328', '#808080'])(
  'draws its focus ring in a tone with at least 3:1 against a %s page',
  (page) => {
    const card = createHoverCard(document, englishT);
    card.show([parrot], new DOMRect(10, 10, 50, 12), true);
    const rules = [...shadows.at(-1)!.adoptedStyleSheets[0]!.cssRules] as CSSStyleRule[];
    const focusRule = rules.find((rule) => rule.selectorText === '.card:focus')!;
    // The ring's opaque colours (the drop shadow's #0006 is translucent and left out).
    const tones = focusRule.style.cssText.match(/#(?:[0-9a-f]{6}|[0-9a-f]{3})\b/gi)!;
    expect(Math.max(...tones.map((tone) => contrast(tone, page)))).toBeGreaterThanOrEqual(3);
    card.hide();
  },
);

it('says last, when asked, that the page restyles Spoor’s highlights, in the card’s language', () => {
  const card = createHoverCard(document, translateFrom(german));
  card.show([parrot], new DOMRect(10, 10, 40, 12), false, 'Die Seite gestaltet um.');
  const lines = [...shadows.at(-1)!.querySelectorAll('.card > div')].map((line) => line.textContent);
  expect(lines.at(-1)).toBe('Die Seite gestaltet um.');
  card.show([parrot], new DOMRect(10, 10, 40, 12));
  expect(shadows.at(-1)!.querySelector('.note')).toBeNull();
  card.hide();
});
