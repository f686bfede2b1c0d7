/**
 * What Spoor will read from a ZIP (evidence bundle or backup), checked against
 * the archive's own directory before anything is inflated, so a ZIP bomb is
 * refused without allocating what it promises. Spoor's own archives stay far
 * below: a bundle or backup has a few JSON files plus one file per screenshot
 * or snapshot, each a few megabytes. Documented in docs/EXPORT.md and docs/BACKUP.md.
 */
export const ZIP_LIMITS = {
  /** Files in one archive. */
  maxEntries: 50_000,
  /**
   * Bytes of the central directory, read whole before any file: Spoor's records are about 125 bytes (46 and a name
   * like evidence/<sha256>.mhtml, no extra field or comment), 6 MB for 50,000 files; this leaves other writers'
   * extra fields room, and keeps a forged directory (a record's name, extra field and comment reach 192 KB) small.
   */
  maxDirectoryBytes: 16 * 2 ** 20,
  /** Bytes of one file once inflated, and of a batch.json imported on its own. */
  maxFileBytes: 256 * 2 ** 20,
  /** Bytes all compressed files inflate to together (evidence is stored, not compressed, so this is JSON and CSV). */
  maxInflatedBytes: 2 ** 30,
};

/** "256 MB": limits and sizes in messages people read. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MB`;
}

/** Names Windows reserves for devices, whatever follows a dot ("CON.png" is the console too). */
const WINDOWS_DEVICE = /^(?:CON|PRN|AUX|NUL|COM[0-9\u00B9\u00B2\u00B3]|LPT[0-9\u00B9\u00B2\u00B3])(?:\.|$)/i;

/**
 * Why an entry's name must not be used, or undefined when it is a plain
 * relative path. Spoor only looks names up in its own list, but a name that
 * climbs out of the archive, is absolute or uses Windows separators is never a
 * name Spoor wrote: the archive was made or edited by something else.
 * @example unsafeEntryName('C:\\evil') // 'uses "\\" (a Windows path)'
 */
export function unsafeEntryName(path: string): string | undefined {
  if (path === '') return 'is empty';
  // eslint-disable-next-line no-control-regex -- control characters are what an entry name must not hold.
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'contains control characters';
  if (path.includes('\\')) return 'uses "\\" (a Windows path)';
  if (/^[A-Za-z]:/.test(path)) return 'starts with a drive letter';
  if (path.startsWith('/')) return 'is an absolute path';
  const segments = path.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.'))
    return 'has a "." or ".." step (it could climb out of the archive)';
  // Names unpacked as another name: unzip tools fold "a//b" into "a/b", and Windows drops a step's trailing dots and
  // spaces ("batch.json." lands on "batch.json") and reads "a:b" as a hidden stream of "a"; Spoor writes none of them.
  if (segments.includes('')) return 'has an empty step ("a//b", or a folder entry ending in "/")';
  if (segments.some((segment) => /[. ]$/.test(segment)))
    return 'has a step ending in "." or a space, which Windows drops (it would unpack over another file)';
  if (path.includes(':')) return 'contains ":" (a Windows drive or hidden stream)';
  if (segments.some((segment) => WINDOWS_DEVICE.test(segment)))
    return 'names a Windows device ("CON", "NUL", "COM1"…, with any extension): unpacked on Windows it opens the device';
  return undefined;
}
