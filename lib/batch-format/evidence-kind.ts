import type { ArtifactRef } from '@/lib/records/flag';
import { activeMarkup, SNAPSHOT_PREAMBLE } from '@/lib/flags/snapshot-html';

/*
 * Whether an evidence file's bytes are what its record says it is. The hashes
 * show a file was not changed; they cannot show that the sender's file is a
 * screenshot at all. A "screenshot" that is an HTML page, or an HTML snapshot
 * without Spoor's Content-Security-Policy at its start, is written into later
 * bundles as evidence/<sha>.html and runs the page's scripts (and tells its
 * server) when someone opens it; Spoor's own captures are never either.
 */

const IMAGES: Record<string, { name: string; is(head: Uint8Array): boolean }> = {
  'image/png': { name: 'PNG', is: (head) => startsWith(head, [0x89, 0x50, 0x4e, 0x47]) },
  'image/jpeg': { name: 'JPEG', is: (head) => startsWith(head, [0xff, 0xd8, 0xff]) },
  'image/webp': {
    name: 'WebP',
    is: (head) => startsWith(head, [0x52, 0x49, 0x46, 0x46]) && ascii(head.subarray(8, 12)) === 'WEBP',
  },
};
const MHTML_TYPES = new Set(['multipart/related', 'message/rfc822']);
/** An RFC 5322 header field's name and colon: how an MHTML archive (and no HTML page) starts. */
const MIME_HEADER = /^[\x21-\x39\x3b-\x7e]+:/;
/** How much of a file the checks read. */
const HEAD_BYTES = 1024;

const startsWith = (head: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => head[index] === byte);
const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const mimeOf = (ref: Pick<ArtifactRef, 'mimeType'>) => ref.mimeType.split(';')[0]!.trim().toLowerCase();

/**
 * What is wrong with an evidence file's bytes for its kind and type, or undefined if nothing.
 * @example await evidenceKindProblem(ref, blob) // 'a screenshot must be a PNG, JPEG or WebP image, not text/html'
 */
export async function evidenceKindProblem(
  ref: Pick<ArtifactRef, 'kind' | 'mimeType'>,
  blob: Blob,
): Promise<string | undefined> {
  const head = new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
  const mime = mimeOf(ref);
  if (ref.kind === 'screenshot') {
    const image = IMAGES[mime];
    if (!image) return `a screenshot must be a PNG, JPEG or WebP image, not ${ref.mimeType}`;
    return image.is(head) ? undefined : `its bytes are not a ${image.name} image, as its record says`;
  }
  if (MHTML_TYPES.has(mime))
    return MIME_HEADER.test(ascii(head.subarray(0, 80)))
      ? undefined
      : 'its bytes are not an MHTML archive (no MIME header)';
  if (mime === 'text/html') {
    const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
    if (!text.replace(/^<!DOCTYPE html>/i, '').startsWith(SNAPSHOT_PREAMBLE))
      return "an HTML snapshot must start with Spoor's Content-Security-Policy, which keeps the page's scripts and requests from running when it is opened";
    // The policy does not stop a refresh to the seller's server; Spoor's writer renames what acts, so none is left.
    const active = activeMarkup(await blob.text());
    return active
      ? `an HTML snapshot holds markup Spoor neutralises in every snapshot it writes (<${active}>): opened, it could run or call the seller's server`
      : undefined;
  }
  return `a snapshot must be MHTML or HTML, not ${ref.mimeType}`;
}
