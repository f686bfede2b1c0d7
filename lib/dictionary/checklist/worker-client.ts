import { ImportCancelled, ImportError } from './errors';
import type { ImportOptions } from './import';
import ImportWorker from './import-worker?worker';
import { FromWorkerSchema, type CheckedImport, type FromWorker, type ToWorker } from './worker-protocol';

/** What the client needs of a Worker; tests connect it to the worker service in process. */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

/**
 * Starts the import worker, which Vite bundles into a file of the extension
 * itself (an extension page may only start workers from its own origin).
 * Vite's `?worker` import rather than `new Worker(new URL('./import-worker.ts',
 * import.meta.url))`: WXT defines `import.meta.url` as `self.location.href`,
 * which hides that pattern from Vite, so the worker would not be bundled (wxt-dev/wxt#2032).
 */
export function startImportWorker(): WorkerPort {
  return new ImportWorker({ name: 'checklist-import' });
}

/**
 * Reads and validates a checklist file in a dedicated worker, so the page
 * stays responsive; resolves with the summary and the staged JSON pieces.
 * Rejects with ImportError (problems with row and column), ImportCancelled
 * when `signal` aborts, or Error when the worker itself fails.
 * @example const checked = await checkInWorker(file, { listingsAsOf: '2017-04-21', signal, onProgress, onFormat });
 */
export function checkInWorker(
  file: Blob,
  options: ImportOptions,
  spawn: () => WorkerPort = startImportWorker,
): Promise<CheckedImport> {
  if (options.signal?.aborted) return Promise.reject(new ImportCancelled());
  const worker = spawn();
  const chunks: string[] = [];
  return new Promise<CheckedImport>((resolve, reject) => {
    const cancel = () => worker.postMessage({ kind: 'cancel' });
    const settle = (finish: () => void) => {
      options.signal?.removeEventListener('abort', cancel);
      worker.terminate();
      finish();
    };
    const handle = (message: FromWorker) => {
      switch (message.kind) {
        case 'format':
          return options.onFormat?.(message.format);
        case 'progress':
          return options.onProgress?.({
            bytesRead: message.bytesRead,
            totalBytes: message.totalBytes,
            rows: message.rows,
          });
        case 'chunk':
          chunks[message.index] = message.text;
          return;
        case 'done':
          // Object.keys skips holes: every piece must have arrived, exactly once per index.
          if (chunks.length !== message.chunkCount || Object.keys(chunks).length !== message.chunkCount) {
            return settle(() => reject(new Error('The import worker sent an incomplete list.')));
          }
          return settle(() => resolve({ ...message.summary, chunks }));
        case 'invalid':
          return settle(() => reject(new ImportError(message.problems)));
        case 'cancelled':
          return settle(() => reject(new ImportCancelled()));
        case 'crashed':
          return settle(() => reject(new Error(message.message)));
      }
    };
    worker.addEventListener('message', ({ data }) => {
      const message = FromWorkerSchema.safeParse(data);
      if (message.success) handle(message.data);
      else settle(() => reject(new Error('The import worker sent a message Spoor does not understand.')));
    });
    worker.addEventListener('error', (event) =>
      settle(() => reject(new Error(`The import worker failed: ${event.message ?? 'unknown error'}`))),
    );
    options.signal?.addEventListener('abort', cancel, { once: true });
    worker.postMessage({ kind: 'start', file, listingsAsOf: options.listingsAsOf });
  });
}
