import { describe, expect, it } from 'vitest';
import { bundleStream } from '@/lib/export/bundle';
import { readZip } from '@/lib/files/zip-reader';
import { sha256Hex } from '@/lib/integrity/hash';
import type { ArtifactRef, Flag } from '@/lib/records/flag';
import { batchMeta, flag, manifestSigner, observation, signedBatch, uuid } from './builder';

const FLAGS = 2_000;
const ARTIFACT_BYTES = 20_000;

/** Artifact i: 20 KB, distinct per i, regenerated on demand so the test itself holds none. */
function artifactBytes(index: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(ARTIFACT_BYTES);
  for (let at = 0; at < bytes.length; at += 1) bytes[at] = (index * 31 + at) & 0xff;
  new DataView(bytes.buffer).setUint32(0, index);
  return bytes;
}

async function manyFlags(): Promise<{ flags: Flag[]; indexOf: Map<string, number> }> {
  const template = await observation({ n: 1 });
  const indexOf = new Map<string, number>();
  const flags: Flag[] = [];
  for (let index = 0; index < FLAGS; index += 1) {
    const ref: ArtifactRef = {
      kind: 'screenshot',
      sha256: await sha256Hex(artifactBytes(index)),
      mimeType: 'image/png',
      bytes: ARTIFACT_BYTES,
    };
    indexOf.set(ref.sha256, index);
    // The record hash is not checked on export; one template observation keeps the test quick.
    flags.push(
      flag({
        n: index + 1,
        url: `https://www.ebay.de/itm/${index}`,
        observations: [{ ...template, id: uuid('observation', index + 1), artifacts: [ref] }],
      }),
    );
  }
  return { flags, indexOf };
}

describe('bundleStream with 2,000 flags', () => {
  it('fetches evidence one file at a time, only as fast as the consumer reads', async () => {
    const { flags, indexOf } = await manyFlags();
    const batch = await signedBatch(flags, batchMeta(1));
    let requested = 0;
    let pending = 0;
    let mostPending = 0;
    const getArtifact = async (sha256: string) => {
      requested += 1;
      pending += 1;
      mostPending = Math.max(mostPending, pending);
      await new Promise((resolve) => setImmediate(resolve));
      pending -= 1;
      return new Blob([artifactBytes(indexOf.get(sha256)!)], { type: 'image/png' });
    };

    // A slow consumer: it reads a chunk, counts the evidence that has fully reached it, waits, reads on.
    let received = 0;
    let mostAhead = 0;
    let totalBytes = 0;
    const chunks: Blob[] = [];
    const reader = bundleStream({ batch, getArtifact, signManifest: manifestSigner() }).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      totalBytes += next.value.length;
      if (next.value.length === ARTIFACT_BYTES) received += 1;
      mostAhead = Math.max(mostAhead, requested - received);
      chunks.push(new Blob([next.value]));
      await new Promise((resolve) => setImmediate(resolve));
    }

    expect({ requested, received, mostPending }).toEqual({ requested: FLAGS, received: FLAGS, mostPending: 1 });
    expect(mostAhead).toBeLessThanOrEqual(2);
    const archive = new Blob(chunks);
    expect(archive.size).toBe(totalBytes);
    expect((await readZip(archive)).length).toBe(FLAGS + 4);
  }, 60_000);
});
