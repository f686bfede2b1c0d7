import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** One file of the archive, handed over whole; the writer asks for the next only when the reader wants more. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
  /** Deflate text; store images as they are (PNG is already compressed). */
  compress: boolean;
}

/**
 * A ZIP archive as a stream, pulled entry by entry: the next entry is only
 * requested from `entries` once the consumer has read what came before, so
 * memory holds about one entry at a time however large the archive.
 *
 * fflate writes local headers with data descriptors and a central directory
 * at the end. It writes no ZIP64 records, so an archive must stay under 4 GB
 * and 65,535 entries; `maxBytes` makes the writer fail loudly before that.
 * @example await zipStream(entriesOf(batch), new Date()).pipeTo(writable);
 */
export function zipStream(
  entries: AsyncIterable<ZipEntry>,
  modifiedAt: Date,
  maxBytes = 0xffff_fffe,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  const iterator = entries[Symbol.asyncIterator]();
  let written = 0;
  let fileCount = 0;
  let zip: Zip;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        written += chunk.length;
        // fflate allocates plain ArrayBuffers; the wider type would stop callers building a Blob from chunks.
        controller.enqueue(chunk as Uint8Array<ArrayBuffer>);
        if (final) controller.close();
      });
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) return zip.end();
      const { path, bytes, compress } = next.value;
      fileCount += 1;
      if (written + bytes.length > maxBytes || fileCount > 0xfffe) {
        controller.error(
          new Error(`the bundle would pass ZIP's 4 GB / 65,535-file limit at ${path}: export fewer flags per batch`),
        );
        return;
      }
      const file = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
      file.mtime = modifiedAt;
      zip.add(file);
      file.push(bytes, true);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}
