/**
 * Text clean-up for checklist values: slugs, name lists, synonyms without
 * their authors, annotations without HTML.
 */

/**
 * Collapses runs of whitespace, as the dictionary schema requires.
 * @example singleSpaced(' Grey\n Parrot ') // 'Grey Parrot'
 */
export function singleSpaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The dictionary id of a scientific name.
 * @example slugOf('Dactylocnemis "North Cape"') // 'dactylocnemis-north-cape'
 */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Splits a comma-separated list of common names, dropping blanks, one-letter
 * leftovers and repeats.
 * @example splitNameList('Grey Parrot, Jacquot, ') // ['Grey Parrot', 'Jacquot']
 */
export function splitNameList(value: string): string[] {
  const names = value
    .split(',')
    .map(singleSpaced)
    .filter((n) => n.length >= 2);
  return [...new Set(names)];
}

/** Lower-case words that start an author citation or a remark, never an epithet. */
const NOT_EPITHETS = new Set([
  'ex',
  'in',
  'et',
  'de',
  'da',
  'di',
  'du',
  'del',
  'des',
  'der',
  'den',
  'van',
  'von',
  'le',
  'la',
  'auct',
  'sensu',
  'non',
  'nom',
  'emend',
]);
const RANK_MARKERS = new Set(['var.', 'subsp.', 'ssp.', 'f.', 'forma', 'x', '×']);
const GENUS = /^\p{Lu}[\p{Ll}-]+$/u;
const EPITHET = /^\p{Ll}[\p{Ll}-]+$/u;

function isEpithet(token: string): boolean {
  return EPITHET.test(token) && !NOT_EPITHETS.has(token);
}

/**
 * Pulls the names out of a checklist "SynonymsWithAuthors" value. Authors hold
 * commas too ("Ornismya abeillei Lesson & DeLattre, 1839, Trochilus…"), so the
 * list cannot simply be split: a synonym is a capitalised genus, at the start or
 * after a comma, followed by lower-case epithets (with var./subsp. markers);
 * whatever follows is the author citation.
 * @example synonymsWithoutAuthors('Caracara lutosus (Ridgway, 1876), Polyborus lutosus Ridgway, 1876')
 * // ['Caracara lutosus', 'Polyborus lutosus']
 */
export function synonymsWithoutAuthors(value: string): string[] {
  const tokens = value.split(/\s+/).filter((t) => t !== '');
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const startsEntry = i === 0 || tokens[i - 1]!.endsWith(',');
    if (!startsEntry || !GENUS.test(tokens[i]!)) continue;
    const words = [tokens[i]!];
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const token = tokens[j]!.replace(/,$/, '');
      const next = tokens[j + 1]?.replace(/,$/, '');
      if (isEpithet(token)) words.push(token);
      else if (RANK_MARKERS.has(token) && next !== undefined && isEpithet(next)) words.push(token);
      else break;
      if (tokens[j]!.endsWith(',')) break;
    }
    if (words.length > 1 && !RANK_MARKERS.has(words.at(-1)!)) found.push(words.join(' '));
    i = j - 1;
  }
  return [...new Set(found)];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Turns a checklist annotation into plain text: tags dropped, entities decoded,
 * empty "Appendix II:" headings removed.
 * @example plainAnnotation('Appendix I:All populations except <i>BW</i>. \nAppendix II: ') // 'Appendix I: All
 * populations except BW.'
 */
export function plainAnnotation(html: string): string {
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? whole),
    );
  const sections = text
    .split(/(?=Appendix I{1,3}:)/)
    .map((s) => singleSpaced(s.replace(/^(Appendix I{1,3}):\s*/, '$1: ')))
    .filter((s) => !/^Appendix I{1,3}:$/.test(s) && s !== '');
  return sections.join(' ');
}
