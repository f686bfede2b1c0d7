import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportCancelled, ImportError } from '@/lib/dictionary/checklist/errors';
import { importChecklistFile, type ImportProgress } from '@/lib/dictionary/checklist/import';
import { checkInWorker, type WorkerPort } from '@/lib/dictionary/checklist/worker-client';
import { FromWorkerSchema } from '@/lib/dictionary/checklist/worker-protocol';
import { serveChecklistChecks } from '@/lib/dictionary/checklist/worker-service';

const fixture = (name: string) =>
  new File([readFileSync(resolve(import.meta.dirname, '../../../fixtures/checklist', name))], name);
const options = { listingsAsOf: '2017-04-21' };

type Listener = (event: { data: unknown }) => void;

/**
 * The worker service wired to the client in process, messages cloned as
 * postMessage would. Delivery is synchronous, so a cancel reaches the service
 * before its next step. Records what the service sent.
 */
function inProcessWorker() {
  const toPage: Listener[] = [];
  const toWorker: Listener[] = [];
  const sent: unknown[] = [];
  let terminated = false;
  serveChecklistChecks({
    postMessage: (message) => {
      sent.push(message);
      if (!terminated) for (const listener of toPage) listener({ data: structuredClone(message) });
    },
    addEventListener: (_type, listener) => toWorker.push(listener),
  });
  const port = {
    postMessage: (message: unknown) => toWorker.forEach((listener) => listener({ data: message })),
    addEventListener: (type: string, listener: Listener) => type === 'message' && toPage.push(listener),
    terminate: () => (terminated = true),
  } as WorkerPort;
  return { port, sent, isTerminated: () => terminated };
}

describe('checkInWorker with the worker service', () => {
  it('checks a file like importChecklistFile and hands its taxa over as JSON pieces', async () => {
    const worker = inProcessWorker();
    const progress: ImportProgress[] = [];
    const formats: string[] = [];
    const checked = await checkInWorker(
      fixture('index-of-cites-species.csv'),
      { ...options, onProgress: (p) => progress.push(p), onFormat: (f) => formats.push(f) },
      () => worker.port,
    );

    const inProcess = await importChecklistFile(fixture('index-of-cites-species.csv'), options);
    expect(JSON.parse(checked.chunks.join(''))).toEqual(inProcess.dictionary);
    expect(checked).toMatchObject({
      format: 'cites-checklist',
      rows: 11,
      skipped: inProcess.skipped,
      counts: { taxa: 10, names: 21, synonyms: 5 }, // not the three one-word names of the family Ursidae
    });
    expect(formats).toEqual(['cites-checklist']);
    expect(progress.at(-1)).toMatchObject({ bytesRead: progress.at(-1)!.totalBytes, rows: 11 });
    expect(worker.sent.every((message) => FromWorkerSchema.safeParse(message).success)).toBe(true);
    expect(worker.isTerminated()).toBe(true);
  });

  it('rejects a bad file with the problems located by row and column', async () => {
    const error = await checkInWorker(
      fixture('index-of-cites-species-bad-listing.csv'),
      options,
      () => inProcessWorker().port,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toContainEqual({
      row: 3,
      column: 'CurrentListing',
      message: "unknown listing 'IV'",
    });
  });

  it('stops when cancelled during the import, and sends no taxa', async () => {
    const worker = inProcessWorker();
    const controller = new AbortController();
    const run = checkInWorker(
      fixture('index-of-cites-species.csv'),
      { ...options, signal: controller.signal, onProgress: () => controller.abort() },
      () => worker.port,
    );
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
    expect(worker.sent.map((m) => (m as { kind: string }).kind)).not.toContain('chunk');
    expect(worker.isTerminated()).toBe(true);
  });

  it('starts no worker when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    let spawned = false;
    const spawn = () => ((spawned = true), inProcessWorker().port);
    await expect(
      checkInWorker(fixture('index-of-cites-species.csv'), { ...options, signal: controller.signal }, spawn),
    ).rejects.toBeInstanceOf(ImportCancelled);
    expect(spawned).toBe(false);
  });

  it.each([
    ['an unknown message', { kind: 'hello' }, 'The import worker sent a message Spoor does not understand.'],
    [
      'a summary without pieces',
      {
        kind: 'done',
        summary: { format: 'speciesplus', rows: 1, skipped: {}, counts: { taxa: 1, names: 0, synonyms: 0 } },
        chunkCount: 2,
      },
      'The import worker sent an incomplete list.',
    ],
    ['a crash', { kind: 'crashed', message: 'out of memory' }, 'out of memory'],
  ])('fails on %s from the worker', async (_label, message, expected) => {
    let onMessage: Listener = () => undefined;
    const port = {
      postMessage: () => queueMicrotask(() => onMessage({ data: message })),
      addEventListener: (type: string, listener: Listener) => type === 'message' && (onMessage = listener),
      terminate: () => undefined,
    } as WorkerPort;
    await expect(checkInWorker(fixture('index-of-cites-species.csv'), options, () => port)).rejects.toThrow(expected);
  });
});
