import { checkChecklistFile } from './checked';
import { ImportCancelled, ImportError } from './errors';
import { ToWorkerSchema, type FromWorker } from './worker-protocol';

/** The part of a worker's global scope the service uses; tests pass a plain object. */
export interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Progress often enough for a smooth bar, rarely enough not to keep the page busy re-rendering. */
const PROGRESS_EVERY_MS = 100;

/**
 * Runs checklist imports inside a dedicated worker: reads, parses, maps and
 * validates the picked file off the page's thread, then sends the staged JSON
 * piece by piece. One import per worker; `cancel` stops it between chunks of the file.
 * @example serveChecklistChecks(self as unknown as WorkerScope); // in import-worker.ts
 */
export function serveChecklistChecks(scope: WorkerScope): void {
  const abort = new AbortController();
  let started = false;
  scope.addEventListener('message', ({ data }) => {
    const message = ToWorkerSchema.safeParse(data);
    if (!message.success) return;
    if (message.data.kind === 'cancel') return abort.abort();
    if (started) return;
    started = true;
    void run(scope, message.data.file, message.data.listingsAsOf, abort.signal);
  });
}

async function run(scope: WorkerScope, file: Blob, listingsAsOf: string, signal: AbortSignal): Promise<void> {
  let lastProgress = 0;
  try {
    const { chunks, ...summary } = await checkChecklistFile(file, {
      listingsAsOf,
      signal,
      onFormat: (format) => scope.postMessage({ kind: 'format', format }),
      onProgress: (progress) => {
        const now = performance.now();
        if (now - lastProgress < PROGRESS_EVERY_MS && progress.bytesRead < progress.totalBytes) return;
        lastProgress = now;
        scope.postMessage({ kind: 'progress', ...progress });
      },
    });
    if (signal.aborted) throw new ImportCancelled();
    chunks.forEach((text, index) => scope.postMessage({ kind: 'chunk', index, text }));
    scope.postMessage({ kind: 'done', summary, chunkCount: chunks.length });
  } catch (error) {
    if (error instanceof ImportError) scope.postMessage({ kind: 'invalid', problems: error.problems });
    else if (error instanceof ImportCancelled) scope.postMessage({ kind: 'cancelled' });
    else scope.postMessage({ kind: 'crashed', message: error instanceof Error ? error.message : String(error) });
  }
}
