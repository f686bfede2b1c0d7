import { PART_CHARS, streamHash, streamPartLength, type TabPackHead } from './tab-pack';
import type { PartReader } from './unpack';

/**
 * Thrown when a read needs a part of the `texts` stream that has not arrived: the scan that read it gives no matches
 * and says `waiting` (full-scan.ts), and is run again when the part is in. `waiting` is false when the part could
 * not be read (a new dictionary replaced this one's parts): that text gets no matches. `readAll` reads every part, for
 * a reader that walks them all (the hover card's names of implied taxa, lib/detect/describe.ts).
 */
export class MissingText extends Error {
  constructor(
    readonly waiting: boolean,
    readonly readAll: () => Promise<void>,
  ) {
    super('a part of the texts has not arrived');
  }
}

/** A read a scan waits for began (+1) or ended (−1): a tab's content script scans the waiting text again at 0. */
export type TextWaits = (change: 1 | -1) => unknown;

/** The `texts` stream (tab-pack.ts) read part by part as its characters are first asked for. */
export interface PagedText {
  /** The characters from..to, or MissingText thrown after asking for the parts that hold them. */
  slice(from: number, to: number): string;
  /** Asks for every part not read yet; resolves when all have arrived, rejects when one could not be read. */
  readAll(): Promise<void>;
}

/**
 * A pack's `texts` stream as a tab reads it: no part before a match points into it (the checklist's 2.0 M characters
 * were ~45 % of what a top frame read before its badge), then the part's 16 k characters; the rest only when a reader
 * asks for all (`readAll`, also on a MissingText): a tab no one hovers never reads them. `waits` hears of each read a
 * scan waits for. Each part is checked against its hash as it arrives.
 * @example const text = pagedText(head, readPart, (change) => (waiting += change) || rescan());
 */
export function pagedText(head: TabPackHead, readPart: PartReader, waits: TextWaits = () => {}): PagedText {
  const parts = head.parts.flatMap(({ column, hash }, index) => (column === 'texts' ? [{ index, hash }] : []));
  const starts = [0];
  for (const { hash } of parts) starts.push(starts.at(-1)! + streamPartLength(hash));
  const texts: (string | undefined)[] = [];
  const reads: Promise<void>[] = [];
  const failed = new Set<number>();
  const wanted = new Set<number>();
  const read = (p: number) =>
    (reads[p] ??= readPart(parts[p]!.index)
      .then((text) => {
        if (typeof text !== 'string' || streamHash(text) !== parts[p]!.hash) throw new Error('damaged');
        texts[p] = text;
      })
      .catch(() => void failed.add(p))
      .finally(() => {
        if (wanted.delete(p)) waits(-1);
      }));
  /** The part holding character `at`: the last whose start is at or before it. */
  const partAt = (at: number) => {
    let low = 0;
    let high = parts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const readAll = async () => {
    await Promise.all(parts.map((_, p) => read(p)));
    if (failed.size > 0) throw new Error(`tab pack part ${parts[[...failed][0]!]!.index} is damaged`);
  };
  return {
    slice(from, to) {
      if (from >= to) return '';
      const pieces: string[] = [];
      let missing = false;
      for (let p = partAt(from); p < parts.length && starts[p]! < to; p++) {
        const text = texts[p];
        if (text !== undefined) {
          pieces.push(text.slice(Math.max(0, from - starts[p]!), to - starts[p]!));
          continue;
        }
        if (failed.has(p)) throw new MissingText(false, readAll);
        missing = true;
        void read(p);
        if (!wanted.has(p)) {
          wanted.add(p);
          waits(1);
        }
      }
      if (missing) throw new MissingText(true, readAll);
      return pieces.join('');
    },
    readAll,
  };
}

/** Whether a pack's texts are small enough to read whole with the lists, as the bundled list's are (~95 k). */
export const textsAreSmall = (head: TabPackHead): boolean =>
  head.parts.reduce((sum, { column, hash }) => sum + (column === 'texts' ? streamPartLength(hash) : 0), 0) <=
  PART_CHARS;
