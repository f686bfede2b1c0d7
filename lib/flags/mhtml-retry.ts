import { pause, type RetryOptions } from './capture-rate';
import { assertEvidenceSize } from './evidence';

/**
 * Chrome's answer to a save of a tab still being saved. Within one service worker saves go one at a time, but a
 * worker stopped in the middle of a flag leaves its save running in the browser, and the next worker's save of the
 * same tab (the researcher flagging again) meets it.
 */
const STILL_SAVING = /Failed to generate MHTML/;

/**
 * Chrome backs the MHTML Blob with a temporary file, and a capture early in a browser session (or on a busy machine)
 * can find that file already gone ("A requested file or directory could not be found", Chromium 156) or not yet
 * readable ("The requested file could not be read…", seen with four tabs flagged at once on a loaded machine).
 */
function fileGone(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'NotReadableError');
}

/**
 * Saves a tab as MHTML and copies it into memory, trying again with a fresh save after either transient failure
 * above; other errors are thrown at once (a snapshot over MAX_EVIDENCE_BYTES too, uncopied), and `attempts` bounds a
 * save that never gets through.
 * @example const mhtml = await saveMhtmlRetrying(() => pageCapture.saveAsMHTML({ tabId }));
 */
export async function saveMhtmlRetrying(
  save: () => Promise<Blob | undefined>,
  options: RetryOptions = {},
): Promise<Blob> {
  const { pauseMs = 300, attempts = 5, sleep = pause } = options;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const mhtml = await save();
      if (!mhtml) throw new Error('the browser returned no page snapshot');
      // Checked before the copy: a seller's page of hundreds of megabytes must not be copied into memory.
      assertEvidenceSize(mhtml);
      return new Blob([await mhtml.arrayBuffer()], { type: mhtml.type || 'multipart/related' });
    } catch (error) {
      const transient = fileGone(error) || STILL_SAVING.test(String(error));
      if (!transient || attempt >= attempts) throw error;
      await sleep(pauseMs);
    }
  }
}
