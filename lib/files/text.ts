/**
 * A file's text, strictly UTF-8, a leading BOM dropped. A file in another
 * encoding is refused rather than decoded with U+FFFD where its accents were:
 * names in evidence must come through exactly as they were written. NUL is
 * valid UTF-8 but never in Spoor's JSON; it is how UTF-16 without a byte order mark looks.
 * @example const text = await readUtf8(file); // throws 'not UTF-8 text (…)' for a Windows-1252 file
 */
export async function readUtf8(blob: Blob): Promise<string> {
  const bytes = await blob.arrayBuffer();
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Left undefined: reported below with the NUL case.
  }
  if (text === undefined || text.includes('\u0000'))
    throw new Error('not UTF-8 text (saved in another encoding, such as UTF-16 or Windows-1252?)');
  return text;
}
