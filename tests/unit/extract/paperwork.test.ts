import { describe, expect, it } from 'vitest';
import { readPaperwork } from '@/lib/extract/paperwork';

type Claim = 'permit' | 'none' | 'exemption' | 'silent';

/** What ads say about their papers, in Spoor's eight languages, with the claim a researcher reads in them. */
const PHRASES: ReadonlyArray<[lang: string, text: string, claim: Claim]> = [
  ['en', 'Carved tusk, with CITES certificate', 'permit'],
  ['en', 'CITES papers available', 'permit'],
  ['en', 'no CITES papers', 'none'],
  ['en', 'without CITES certificate', 'none'],
  ['en', 'CITES papers not available', 'none'],
  ['en', 'Sold without papers', 'none'],
  ['en', "Sorry, doesn't have any paperwork", 'none'],
  ['en', 'Antique ivory, pre-1947', 'exemption'],
  ['en', 'Made before 1947, a worked specimen', 'exemption'],
  ['en', 'pre-Convention specimen', 'exemption'],
  ['en', 'comes with Article 10 certificate', 'permit'],
  ['en', 'A10 cert on request', 'permit'],
  ['en', 'No reserve, with CITES papers', 'permit'],
  ['en', 'Lovely tortoise, very tame', 'silent'],
  ['en', 'Samsung A10 phone', 'silent'],
  ['en', 'Antique white wedding dress', 'silent'],
  ['fr', 'Vends tortue avec certificat CITES', 'permit'],
  ['fr', 'Pas de papiers', 'none'],
  ['fr', 'sans certificat CITES', 'none'],
  ['fr', 'aucun document CITES', 'none'],
  ['fr', "n'a pas de papiers", 'none'],
  ['fr', 'Ivoire ancien, avant 1947', 'exemption'],
  ['fr', 'antiquité, XIXe siècle', 'exemption'],
  ['fr', 'objet pré-convention', 'exemption'],
  ['fr', 'avec certificat intracommunautaire (CIC)', 'permit'],
  ['fr', 'papiers disponibles', 'permit'],
  ['fr', 'Perroquet gris très calme', 'silent'],
  ['de', 'mit CITES Papieren', 'permit'],
  ['de', 'Papiere vorhanden', 'permit'],
  ['de', 'Zuchtbescheinigung liegt vor', 'permit'],
  ['de', 'Vermarktungsgenehmigung vorhanden', 'permit'],
  ['de', 'mit EU-Bescheinigung', 'permit'],
  ['de', 'ohne CITES Papiere', 'none'],
  ['de', 'kein CITES-Zertifikat', 'none'],
  ['de', 'keine Papiere', 'none'],
  ['de', 'CITES Papiere: keine', 'none'],
  ['de', 'Elfenbein vor 1947', 'exemption'],
  ['de', 'Antik, 19. Jahrhundert', 'exemption'],
  ['de', 'Schöne Landschildkröte, handzahm', 'silent'],
  ['de', 'Bilderrahmen in Antik-Optik', 'silent'],
  ['nl', 'met CITES papieren', 'permit'],
  ['nl', 'papieren aanwezig', 'permit'],
  ['nl', 'met artikel 10 certificaat', 'permit'],
  ['nl', 'zonder papieren', 'none'],
  ['nl', 'geen CITES certificaat', 'none'],
  ['nl', 'certificaat niet aanwezig', 'none'],
  ['nl', 'ivoor van voor 1947', 'exemption'],
  ['nl', 'antiek beeldje, 19e eeuw', 'exemption'],
  ['nl', 'Mooie papegaai, tam', 'silent'],
  ['es', 'con papeles CITES', 'permit'],
  ['es', 'certificado CITES disponible', 'permit'],
  ['es', 'con certificado de cría', 'permit'],
  ['es', 'sin papeles', 'none'],
  ['es', 'no tiene certificado CITES', 'none'],
  ['es', 'ningún documento', 'none'],
  ['es', 'marfil antiguo, anterior a 1947', 'exemption'],
  ['es', 'tallado antes de 1947', 'exemption'],
  ['es', 'Tortuga muy sana', 'silent'],
  ['it', 'con documenti CITES', 'permit'],
  ['it', 'certificato CITES disponibile', 'permit'],
  ['it', 'con articolo 10', 'permit'],
  ['it', 'senza documenti', 'none'],
  ['it', 'non ha certificato CITES', 'none'],
  ['it', 'nessun documento', 'none'],
  ['it', 'documenti CITES non disponibili', 'none'],
  ['it', 'avorio antico, prima del 1947', 'exemption'],
  ['it', 'antiquariato, XIX secolo', 'exemption'],
  ['it', 'Pappagallo molto docile', 'silent'],
  ['pl', 'z dokumentami CITES', 'permit'],
  ['pl', 'dokumenty CITES dostępne', 'permit'],
  ['pl', 'ze świadectwem CITES', 'permit'],
  ['pl', 'bez dokumentów', 'none'],
  ['pl', 'brak dokumentów CITES', 'none'],
  ['pl', 'nie posiada certyfikatu CITES', 'none'],
  ['pl', 'przed 1947 rokiem', 'exemption'],
  ['pl', 'antyk, XIX wiek', 'exemption'],
  ['pl', 'Papuga bardzo oswojona', 'silent'],
  ['ru', 'с документами СИТЕС', 'permit'],
  ['ru', 'документы есть', 'permit'],
  ['ru', 'есть разрешение CITES', 'permit'],
  ['ru', 'без документов', 'none'],
  ['ru', 'Документов нет', 'none'],
  ['ru', 'нет сертификата СИТЕС', 'none'],
  ['ru', 'сертификат CITES отсутствует', 'none'],
  ['ru', 'до 1947 года', 'exemption'],
  ['ru', 'антиквариат, XIX век', 'exemption'],
  ['ru', 'Попугай ручной', 'silent'],
];

describe('readPaperwork', () => {
  it('has a table of at least 80 phrases, at least 8 per language, every claim in every language', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(80);
    for (const lang of ['en', 'fr', 'de', 'nl', 'es', 'it', 'pl', 'ru']) {
      const ofLang = PHRASES.filter(([language]) => language === lang);
      expect(ofLang.length, lang).toBeGreaterThanOrEqual(8);
      expect(new Set(ofLang.map(([, , claim]) => claim)), lang).toEqual(
        new Set(['permit', 'none', 'exemption', 'silent']),
      );
    }
  });

  it.each(PHRASES)('%s: %j → %s, with the ad’s own words as evidence', (_lang, text, claim) => {
    const read = readPaperwork(`Lovely item. ${text}. Collection only.`).claim;
    expect(read.claim).toBe(claim);
    if (claim === 'silent') expect(read.phrase).toBeUndefined();
    else expect(text.toLowerCase()).toContain(read.phrase!.toLowerCase());
  });

  it.each([
    ['ohne CITES Papiere', 'ohne CITES Papiere'],
    ['CITES papers not available', 'CITES papers not available'],
    ['Документов нет', 'Документов нет'],
    ['Antique ivory, pre-1947', 'pre-1947'],
  ])('keeps the phrase that makes the claim: %j', (text, phrase) => {
    expect(readPaperwork(text).claim.phrase).toBe(phrase);
  });

  it('ranks a claimed permit over an exemption, and an exemption over a denial', () => {
    expect(readPaperwork('Antique, pre-1947, with Article 10 certificate').claim.claim).toBe('permit');
    expect(readPaperwork('Netsuke, pre-1947. No CITES papers needed.').claim.claim).toBe('exemption');
  });

  it('reads a denial only in its own clause', () => {
    expect(readPaperwork('Keine Haustiere. Mit CITES Papieren.').claim.claim).toBe('permit');
    expect(readPaperwork('Kein Versand, mit CITES Papieren').claim.claim).toBe('permit');
  });
});

describe('readPaperwork summary', () => {
  it.each([
    ['Carved tusk, with CITES certificate', 'CITES certificate'],
    ['Antique ivory, pre-1947, with CITES papers', 'CITES certificate; pre-1947; antique'],
    ['Verkaufe Testudo hermanni, eigene Nachzucht, mit Zuchtbescheinigung.', 'breeding certificate; captive bred'],
    ['no CITES papers', 'no CITES certificate'],
    ['ohne Papiere, Abholung', 'no papers'],
    ['попугай с документами', 'papers'],
    ['Python regius CB 2023', 'captive bred'],
    ['Wellington NZ', ''],
    ['Lovely tortoise', ''],
  ])('%s → %j', (text, summary) => {
    expect(readPaperwork(text).summary).toBe(summary);
  });
});
