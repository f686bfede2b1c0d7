import { describe, expect, it } from 'vitest';
import { saveMhtmlRetrying } from '@/lib/flags/mhtml-retry';
import { MAX_EVIDENCE_BYTES } from '@/lib/flags/evidence';

const stillSaving = () => new Error('Failed to generate MHTML.');
const fileGone = () => new DOMException('A requested file or directory could not be found', 'NotFoundError');
const fileUnreadable = () =>
  new DOMException('The requested file could not be read, typically due to permission problems', 'NotReadableError');

/** A saveAsMHTML that fails `failures` times with `error`, then answers with a page. */
function save(failures: number, error: () => Error) {
  const calls = { count: 0 };
  const call = async () => {
    calls.count += 1;
    if (calls.count <= failures) throw error();
    return new Blob(['MIME-Version: 1.0'], { type: 'multipart/related' });
  };
  return { call, calls };
}

describe('saveMhtmlRetrying', () => {
  it.each([
    ['a save of the same tab still running (left by a stopped worker)', stillSaving],
    ["the snapshot's temporary file already gone", fileGone],
    ["the snapshot's temporary file not readable", fileUnreadable],
  ])('saves the page after %s, pausing between tries', async (_, error) => {
    const { call, calls } = save(2, error);
    const pauses: number[] = [];
    const mhtml = await saveMhtmlRetrying(call, { pauseMs: 300, sleep: async (ms) => void pauses.push(ms) });
    expect(await mhtml.text()).toBe('MIME-Version: 1.0');
    expect(mhtml.type).toBe('multipart/related');
    expect(calls.count).toBe(3);
    expect(pauses).toEqual([300, 300]);
  });

  it('gives up after its attempts, with the browser error', async () => {
    const { call, calls } = save(Infinity, stillSaving);
    await expect(saveMhtmlRetrying(call, { attempts: 4, sleep: async () => undefined })).rejects.toThrow(
      'Failed to generate MHTML.',
    );
    expect(calls.count).toBe(4);
  });

  it('does not retry other failures, nor a save that returned nothing', async () => {
    const refused = save(1, () => new Error('Cannot access contents of the page'));
    await expect(saveMhtmlRetrying(refused.call, { sleep: async () => undefined })).rejects.toThrow(/Cannot access/);
    expect(refused.calls.count).toBe(1);
    let empty = 0;
    const nothing = async () => void (empty += 1);
    await expect(saveMhtmlRetrying(nothing, { sleep: async () => undefined })).rejects.toThrow(/no page snapshot/);
    expect(empty).toBe(1);
  });

  it('refuses a snapshot over the evidence limit without reading its bytes, and does not save it again', async () => {
    let saves = 0;
    let reads = 0;
    // A Blob as Chrome hands it over (backed by a file): its size is known before any byte is read.
    const huge = {
      size: MAX_EVIDENCE_BYTES + 1,
      type: 'multipart/related',
      arrayBuffer: async () => void (reads += 1),
    } as unknown as Blob;
    const call = async () => {
      saves += 1;
      return huge;
    };
    await expect(saveMhtmlRetrying(call, { sleep: async () => undefined })).rejects.toThrow(
      "134,217,729 bytes, over Spoor's limit of 128 MB for one evidence file: not kept",
    );
    expect([saves, reads]).toEqual([1, 0]);
  });
});
