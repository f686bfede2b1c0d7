import type { Term } from '@/lib/dictionary/schema';

/** Heads whose diminutive German sellers write for a young or small pet, with that diminutive. */
const DIMINUTIVE_OF_HEAD: ReadonlyArray<readonly [string, string]> = [
  ['affe', 'äffchen'],
  ['katze', 'kätzchen'],
];

/**
 * The diminutive of a German compound name ending in "-affe" or "-katze", as monkey and cat sellers write it:
 * "Berberaffe" → "Berberäffchen", "Kapuzineraffe" → "Kapuzineräffchen", "Wildkatze" → "Wildkätzchen". Compounds
 * only: the bare "Affe" and "Katze" stay as they are.
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
