// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { scanSegment } from '@/lib/detect/scan-block';
import { collectBlockText } from '@/lib/highlight/block-text';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));

/** The painted words of one paragraph, inside an element that declares `lang`. */
function painted(lang: string, text: string): string[] {
  document.body.innerHTML = `<div lang="${lang}"><p></p></div>`;
  const paragraph = document.querySelector('p')!;
  paragraph.textContent = text;
  const block = collectBlockText(paragraph, () => false);
  return scanSegment(block, matcher, document, 0, block.text.length).painted.map(({ range }) => range.toString());
}

it('matches a false friend only in the language the page declares for it', () => {
  // "loro" is Spanish for parrot and Italian for 'their': the nearest lang attribute decides.
  expect(painted('it', 'Loro grigio in gabbia')).toEqual([]);
  expect(painted('es-ES', 'Un loro en su jaula')).toEqual(['loro']);
});

it("does not let a declared lang hide the words' own language", () => {
  // Written for this test: a French ad under an element that claims English or German, where "ours" is no name.
  const ad = "Une griffe d'ours montée en pendentif, pièce ancienne de la famille";
  expect(painted('fr', ad)).toEqual(['ours']);
  expect(painted('en', ad)).toEqual(['ours']);
  expect(painted('de-CH', ad)).toEqual(['ours']);
});

it('does not let a declared lang hide a language the letters prove', () => {
  // Written for this test: short ads with no function word of their own language, whose letters say it.
  const spanish = 'Amazona de frente azul, hembra mansa, 2 años, con papeles';
  const german = 'Drei Bärenzähne an Lederschnur, echt, Größe 6 cm';
  const polish = 'Szczepka Montipory, ładny kolor, 40 zł';
  expect(painted('en', spanish)).toEqual(['Amazona']);
  expect(painted('fr', german)).toEqual(['Bärenzähne']);
  expect(painted('en-GB', polish)).toEqual(['Montipory']);
});
