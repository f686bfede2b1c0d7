import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Labelled texts in the format of ../shared/data/real/wildlife-trade-posts-en.json:
 * `species` texts name a species or wildlife product (`mark` is one such span), `none` texts are decoys.
 */
export const LabelledPostSchema = z.object({
  id: z.string(),
  lang: z.string(),
  text: z.string(),
  label: z.enum(['species', 'none']),
  mark: z.string().optional(),
  note: z.string().optional(),
});
export type LabelledPost = z.infer<typeof LabelledPostSchema>;

export function readLabelledPosts(path: string): LabelledPost[] {
  return z.array(LabelledPostSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
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
