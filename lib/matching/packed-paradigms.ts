/**
 * The paradigms' endings as a tab pack's head stores them (format 10), and as walk.ts's Endings reads them: a string
 * per paradigm and per last character, not 9,515 (the bundled list; 98 kB as JSON). Storage hands a tab each string
 * of an object as a value of its own, and Endings grouped the distinct endings by their last character in every frame
 * (issue 14): both were done per ending as every frame loaded its dictionary. The background groups them once, here.
 */
export interface PackedParadigms {
  /** Each paradigm's endings joined by ENDING_SEPARATOR, the bare word's '' included. */
  endings: string[];
  /** The distinct non-empty endings by their last character, in the order first met, joined by ENDING_SEPARATOR. */
  byLastChar: Record<string, string>;
}

export const ENDING_SEPARATOR = '\t';

/**
 * The packed form of compiled paradigms. Throws when an ending holds the separator or a paradigm has no ending, which
 * the packed form could not give back.
 * @example packParadigms([[''], ['', 'es', 's']]) // { endings: ['', '\tes\ts'], byLastChar: { s: 'es\ts' } }
 */
export function packParadigms(paradigms: readonly (readonly string[])[]): PackedParadigms {
  const byLastChar: Record<string, string> = {};
  const seen = new Set<string>();
  for (const endings of paradigms) {
    if (!endings.length) throw new RangeError('a paradigm without endings cannot be packed');
    for (const ending of endings) {
      if (ending.includes(ENDING_SEPARATOR)) throw new RangeError(`cannot pack the ending ${JSON.stringify(ending)}`);
      // Each ending once, in the order first met: the order Endings.endingWith gave when it grouped them itself.
      if (!ending || seen.size === seen.add(ending).size) continue;
      const last = ending[ending.length - 1]!;
      byLastChar[last] = Object.hasOwn(byLastChar, last) ? byLastChar[last] + ENDING_SEPARATOR + ending : ending;
    }
  }
  return { endings: paradigms.map((endings) => endings.join(ENDING_SEPARATOR)), byLastChar };
}

/**
 * The compiled paradigms back from their packed form (the background's unpack).
 * @example unpackParadigms(packParadigms(paradigms)) // equal to paradigms
 */
export const unpackParadigms = ({ endings }: PackedParadigms): string[][] =>
  endings.map((paradigm) => paradigm.split(ENDING_SEPARATOR));
