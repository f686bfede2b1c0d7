import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * What a labelled text is, in Spoor's own sets (bench/sets): `listing` names CITES-listed wildlife (label
 * `species`); `ordinary` is an everyday page, `trap` uses a wildlife word in its everyday sense (ivory the
 * colour, Jaguar cars), `decoy` is close to wildlife trade without being it (all three label `none`).
 */
export const POST_KINDS = ['listing', 'ordinary', 'trap', 'decoy'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/**
 * Labelled texts in the format of ../shared/data/real/wildlife-trade-posts-en.json:
 * `species` texts name a species or wildlife product (`mark` is one such span), `none` texts are decoys.
 */
export const LabelledPostSchema = z.object({
  id: z.string(),
  lang: z.string(),
  source: z.string().optional(),
  kind: z.enum(POST_KINDS).optional(),
  text: z.string(),
  label: z.enum(['species', 'none']),
  mark: z.string().optional(),
  note: z.string().optional(),
});
export type LabelledPost = z.infer<typeof LabelledPostSchema>;

export function readLabelledPosts(path: string): LabelledPost[] {
  return z.array(LabelledPostSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The posts of several files, a directory standing for its `.json` files in name order. */
export function readLabelledFiles(paths: readonly string[]): LabelledPost[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .flatMap((name) => readLabelledPosts(join(path, name)))
      : readLabelledPosts(path),
  );
}

export type Half = 'tuning' | 'held-out';

/** 32-bit FNV-1a over the UTF-8 bytes: the same number in every runtime, unlike a seeded random split. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/**
 * The fixed split of labelled posts: FNV-1a of the id, even → tuning, odd → held-out.
 * Dictionary phrases may be tuned on the tuning half only; the held-out half measures.
 * @example halfOf('en-tw-3') // 'tuning' or 'held-out', always the same
 */
export function halfOf(id: string): Half {
  return fnv1a(id) % 2 === 0 ? 'tuning' : 'held-out';
}
