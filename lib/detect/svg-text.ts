import { LINE_BREAK } from '@/lib/matching/fold';

/**
 * The words an inline SVG picture draws, read in the order it draws them. Its `<text>` elements, `<tspan>`s and
 * letters are placed by `x`, `y`, `dx`, `dy` (a list places each letter) and transforms, not by their order in the
 * source: `<tspan x="90">mydas</tspan><tspan x="0">Chelonia</tspan>` shows "Chelonia mydas". A picture of one
 * `<text>` placed once draws it as written, and is read so without asking for any box.
 */

/**
 * Letters read one box each at most: those a list of positions (`x="9.6 0 19.2"`) or a text path places one by one.
 * Other text is read a run at a time (a text node's letters are drawn together, one after the other), MAX_RUNS at
 * most: a chart's labels are thousands of letters but a few hundred runs. A picture of more runs is read as written.
 */
const MAX_LETTERS = 2_000;
const MAX_RUNS = 2_000;
/** Gaps between letters on a line, in letter heights: below the first they touch, past the second they stand apart. */
const TOUCHING = 0.15;
const APART = 3;
/** Attributes that place a `<tspan>`, or with a list each letter of a `<text>`. */
const PLACED = 'tspan[x],tspan[y],tspan[dx],tspan[dy],tspan[rotate],textPath';
const POSITIONS = ['x', 'y', 'dx', 'dy', 'rotate'];
const LIST = /[\s,]/;
const WHITE_RUN = /\s+/g;

/** A letter, or a run of letters drawn together, with its box. */
interface Letter {
  char: string;
  box: DOMRect;
}

/**
 * The words of `svg`'s `<text>` elements: in their drawn order when they may be drawn in another, each `<text>` apart
 * (a line each) when not, or when there is no layout to ask (jsdom) or too many runs to ask for.
 * @example svgDrawnText(svg) // 'Chelonia mydas' for <tspan x="90">mydas</tspan><tspan x="0">Chelonia</tspan>
 */
export function svgDrawnText(svg: Element): string {
  const texts = [...svg.querySelectorAll('text')];
  const written = () => texts.map((text) => text.textContent).join('\n');
  if (texts.length === 0 || (texts.length === 1 && !mayBePlaced(texts[0]!))) return written();
  const letters = lettersOf(texts, svg.ownerDocument);
  return letters && letters.length > 0 ? drawnText(letters) : written();
}

/** Whether an element inside a `<text>` places its letters one by one: a list of positions, or a text path. */
const placesLetters = (element: Element) =>
  element.localName === 'textPath' || POSITIONS.some((name) => LIST.test(element.getAttribute(name)?.trim() ?? ''));

/** Whether a lone `<text>` may draw its letters out of order: a placed `<tspan>`, a text path, a list of positions. */
const mayBePlaced = (text: Element) => text.querySelector(PLACED) !== null || placesLetters(text);

/**
 * Every drawn run of the `<text>` elements with its box, letter by letter where a list or a path places them (up to
 * MAX_LETTERS; past it, a run each); undefined without layout or past MAX_RUNS runs.
 */
function lettersOf(texts: readonly Element[], doc: Document): Letter[] | undefined {
  const range = doc.createRange();
  if (!range.getBoundingClientRect) return undefined;
  const letters: Letter[] = [];
  let letterBudget = MAX_LETTERS;
  let runs = 0;
  /** Adds what the range covers when the picture draws it: white space it collapses has no box. */
  const add = (char: string) => {
    const box = range.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) letters.push({ char, box });
  };
  for (const text of texts) {
    const walker = doc.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.data.trim()) continue;
      if (++runs > MAX_RUNS) return undefined;
      if (letterBudget >= node.data.length && placedOneByOne(node, text)) {
        letterBudget -= node.data.length;
        for (let at = 0; at < node.data.length;) {
          const char = String.fromCodePoint(node.data.codePointAt(at)!);
          range.setStart(node, at);
          range.setEnd(node, (at += char.length));
          add(char);
        }
      } else {
        range.selectNodeContents(node);
        add(node.data.trim().replace(WHITE_RUN, ' '));
      }
    }
  }
  return letters;
}

/** Whether a text node's letters are placed one by one: by its parent or an element above it within its `<text>`. */
function placedOneByOne(node: Text, text: Element): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (placesLetters(element)) return true;
    if (element === text) return false;
  }
  return false;
}

/** Whether two boxes share a line: each one's middle lies within the other's height. */
const sameLine = (a: DOMRect, b: DOMRect) => {
  const middle = (box: DOMRect) => box.top + box.height / 2;
  return (middle(b) > a.top && middle(b) < a.bottom) || (middle(a) > b.top && middle(a) < b.bottom);
};

/**
 * The letters and runs as read: by line, top to bottom, then left to right; a space where a gap sets two apart, a line
 * break to the next line (across which only a scientific name runs), a block break between letters far apart.
 */
function drawnText(letters: Letter[]): string {
  const byTop = [...letters].sort((a, b) => a.box.top - b.box.top);
  const lineOf = new Map<Letter, number>();
  let lineStart = byTop[0]!;
  let line = 0;
  for (const letter of byTop) {
    if (!sameLine(lineStart.box, letter.box)) {
      lineStart = letter;
      line++;
    }
    lineOf.set(letter, line);
  }
  const drawn = byTop.sort((a, b) => lineOf.get(a)! - lineOf.get(b)! || a.box.left - b.box.left);
  let text = '';
  drawn.forEach((letter, index) => {
    const before = drawn[index - 1];
    if (before) text += seam(before, letter, lineOf.get(letter)! - lineOf.get(before)!);
    text += letter.char;
  });
  return text;
}

/** What reads between two letters drawn one after the other, `lines` lines apart. */
function seam(a: Letter, b: Letter, lines: number): string {
  const height = Math.max(a.box.height, b.box.height);
  if (lines > 0) return lines === 1 && b.box.top - a.box.bottom < height ? LINE_BREAK : '\n';
  const gap = b.box.left - a.box.right;
  if (gap > APART * height) return '\n';
  return gap < TOUCHING * height || /\s/.test(a.char.at(-1)! + b.char[0]!) ? '' : ' ';
}
