/**
 * Saving a bundle stream to the researcher's disk from an extension page.
 * Where the File System Access API exists (Chrome's extension pages), the
 * ZIP streams straight into the chosen file and never sits in memory whole;
 * elsewhere (Firefox) the stream becomes a Blob, which browsers may page to
 * disk, and is handed to a download. Chrome's MV3 background has neither
 * URL.createObjectURL nor a file picker, so run this from the dashboard page.
 */

/** The subset of `window.showSaveFilePicker` used here (not yet in TypeScript's DOM types). */
export type SaveFilePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<{ createWritable(): Promise<WritableStream<Uint8Array<ArrayBuffer>>> }>;

export interface SaveTargets {
  /** `window.showSaveFilePicker`, where the browser has it. */
  showSaveFilePicker?: SaveFilePicker;
  /** Fallback: offer a finished Blob as a download (an `<a download>` click, or browser.downloads). */
  download(blob: Blob, fileName: string): Promise<void>;
}

/** What kind of file is saved: the picker's type filter and the downloaded Blob's type. */
export interface SaveFileType {
  description: string;
  mimeType: string;
  /** With its dot: ".zip". */
  extension: string;
}

export const BUNDLE_FILE_TYPE: SaveFileType = {
  description: 'Spoor evidence bundle',
  mimeType: 'application/zip',
  extension: '.zip',
};

/**
 * Writes the stream to a file the researcher picks, or downloads it whole.
 * Rejects with the picker's AbortError when the researcher cancels. `type`
 * defaults to the evidence bundle; CSV, JSON and text files pass their own.
 * @example await saveStream(bundleStream({ batch, getArtifact }), bundleFileName(batch.batch), { showSaveFilePicker:
 * window.showSaveFilePicker, download });
 */
export async function saveStream(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
  fileName: string,
  targets: SaveTargets,
  type: SaveFileType = BUNDLE_FILE_TYPE,
): Promise<'picked' | 'downloaded'> {
  if (targets.showSaveFilePicker) {
    const handle = await targets.showSaveFilePicker({
      suggestedName: fileName,
      types: [{ description: type.description, accept: { [type.mimeType]: [type.extension] } }],
    });
    await stream.pipeTo(await handle.createWritable());
    return 'picked';
  }
  const blob = await new Response(stream).blob();
  await targets.download(new Blob([blob], { type: type.mimeType }), fileName);
  return 'downloaded';
}
