/**
 * Base64 both ways, for evidence files crossing runtime messaging (which in
 * Chrome carries JSON only) and for captureVisibleTab's data URLs.
 */

/** @example base64FromBytes(new Uint8Array([104, 105])) // 'aGk=' */
export function base64FromBytes(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode(...bigArray) overflows the call stack on screenshots.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** @example bytesFromBase64('aGk=') // Uint8Array [104, 105] */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/**
 * Turns a data URL into a Blob without fetch (no request leaves Spoor).
 * @example dataUrlToBlob('data:image/png;base64,iVBORw0KGgo=').type // 'image/png'
 */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('not a data URL');
  const [, mimeType = 'application/octet-stream', base64, data = ''] = match;
  const bytes = base64 ? bytesFromBase64(data) : new TextEncoder().encode(decodeURIComponent(data));
  return new Blob([bytes], { type: mimeType });
}
