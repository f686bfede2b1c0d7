import type { Term } from '@/lib/dictionary/schema';

/** Heads whose diminutive German sellers write for a young or small pet, with that diminutive. */
const DIMINUTIVE_OF_HEAD: ReadonlyArray<readonly [string, string]> = [
  ['affe', 'äffchen'],
  ['katze', 'kätzchen'],
  ['kröte', 'krötchen'],
];

/**
 * The diminutive of a German compound name ending in "-affe", "-katze" or "-kröte", as monkey, cat and tortoise
 * sellers write it: "Berberaffe" → "Berberäffchen", "Wildkatze" → "Wildkätzchen", "Landschildkröte" →
 * "Landschildkrötchen". Compounds only: the bare "Affe", "Katze" and "Kröte" stay as they are.
 *
 * @example
 * germanDiminutive({ text: 'Berberaffe', lang: 'de' }) // { text: 'Berberäffchen', lang: 'de' }
 */
export function germanDiminutive(term: Term): Term | undefined {
  if (term.lang !== 'de' || !/^\p{L}+$/u.test(term.text)) return undefined;
  for (const [head, diminutive] of DIMINUTIVE_OF_HEAD) {
    const stem = term.text.length > head.length ? term.text.slice(0, -head.length) : '';
    if (stem && term.text.toLowerCase().endsWith(head)) return { text: `${stem}${diminutive}`, lang: 'de' };
  }
  return undefined;
}
