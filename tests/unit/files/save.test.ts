import { describe, expect, it } from 'vitest';
import { saveStream, type SaveFilePicker } from '@/lib/files/save';

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

describe('saveStream', () => {
  it('streams into the file the researcher picks, when the browser has a file picker', async () => {
    const written: string[] = [];
    let suggested = '';
    const picker: SaveFilePicker = async ({ suggestedName }) => {
      suggested = suggestedName;
      return {
        createWritable: async () =>
          new WritableStream({ write: (chunk) => void written.push(new TextDecoder().decode(chunk)) }),
      };
    };
    const download = async () => expect.unreachable('no download when the picker exists');
    expect(await saveStream(streamOf('PK', 'rest'), 'b.zip', { showSaveFilePicker: picker, download })).toBe('picked');
    expect({ suggested, written }).toEqual({ suggested: 'b.zip', written: ['PK', 'rest'] });
  });

  it('downloads the whole archive as a ZIP Blob otherwise', async () => {
    const downloads: { name: string; type: string; text: string }[] = [];
    const download = async (blob: Blob, name: string) =>
      void downloads.push({ name, type: blob.type, text: await blob.text() });
    expect(await saveStream(streamOf('PK', 'rest'), 'b.zip', { download })).toBe('downloaded');
    expect(downloads).toEqual([{ name: 'b.zip', type: 'application/zip', text: 'PKrest' }]);
  });
});
