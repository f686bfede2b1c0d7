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
