import { ImportCancelled, ImportError } from './errors';
import { sniffNonCsv } from './formats';
import { yieldToEventLoop } from '@/lib/scheduling/yield';
import { megabytes } from '@/lib/files/zip-limits';

/** How far the import has read, in bytes of the file as picked (compressed, for .csv.gz). */
export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** Lets a `cancel` message (or, run on a page, a click) in between reads; short enough that yielding costs little. */
const YIELD_EVERY_MS = 30;

/**
 * The largest checklist Spoor reads, as picked and once unpacked: the full
 * CITES Checklist export is about 100 MB, and a file far past that is not a
 * checklist (or is a gzip bomb). Refused before reading, so nothing is loaded.
 */
export const MAX_CHECKLIST_BYTES = 256 * 2 ** 20;

/** Bytes per read: big enough to keep reads few, small enough to show progress on a 3 MB .gz. */
const SLICE_BYTES = 256 * 1024;

/**
 * The file as a byte stream read slice by slice. Blob.stream() would do in
 * browsers, but slices work on every Blob (jsdom's too) and give progress for free.
 */
function sliceStream(file: Blob, onProgress: (bytesRead: number) => void): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    async pull(controller) {
      if (offset >= file.size) return controller.close();
      const bytes = new Uint8Array(await file.slice(offset, offset + SLICE_BYTES).arrayBuffer());
      offset += bytes.byteLength;
      onProgress(offset);
      controller.enqueue(bytes);
    },
  });
}

/**
 * Reads a picked file as text chunks: .csv or .csv.gz (recognised by content,
 * not by name), strictly UTF-8. Rejects spreadsheets, HTML pages and empty
 * files before any parsing; stops with ImportCancelled when `signal` aborts.
 * @example for await (const text of readTextChunks(file, { onProgress })) parser.push(text);
 */
export async function* readTextChunks(
  file: Blob,
  options: { signal?: AbortSignal; onProgress?: (progress: ReadProgress) => void } = {},
): AsyncGenerator<string> {
  if (file.size > MAX_CHECKLIST_BYTES) {
    throw new ImportError([
      {
        message: `The file is ${megabytes(file.size)}; Spoor reads checklist files of up to ${megabytes(MAX_CHECKLIST_BYTES)} (the full CITES Checklist is about 100 MB).`,
      },
    ]);
  }
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const gzipped = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  const totalBytes = file.size;
  let stream = sliceStream(file, (bytesRead) => options.onProgress?.({ bytesRead, totalBytes }));
  if (gzipped)
    stream = stream.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let unpacked = 0;
  let lastYield = performance.now();
  try {
    for (;;) {
      if (options.signal?.aborted) throw new ImportCancelled();
      const { done, value } = await reader.read().catch(() => {
        throw new ImportError([
          { message: 'The compressed file is damaged or incomplete: the download was probably cut short.' },
        ]);
      });
      if (first) {
        const notCsv = sniffNonCsv(done ? new Uint8Array() : value);
        if (notCsv) throw new ImportError([{ message: notCsv }]);
        first = false;
      }
      unpacked += done ? 0 : value.byteLength;
      if (unpacked > MAX_CHECKLIST_BYTES)
        throw new ImportError([
          {
            message: `The compressed file unpacks to more than ${megabytes(MAX_CHECKLIST_BYTES)}, Spoor's limit for a checklist.`,
          },
        ]);
      const text = decodeUtf8(decoder, done ? undefined : value);
      if (text !== '') yield text;
      if (done) return;
      if (performance.now() - lastYield > YIELD_EVERY_MS) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

function decodeUtf8(decoder: TextDecoder, bytes: Uint8Array | undefined): string {
  try {
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
  } catch {
    throw new ImportError([
      { message: 'The file is not UTF-8 text (was it re-saved by a spreadsheet in another encoding?).' },
    ]);
  }
}
