/**
 * A 64-bit FNV-1a hash of a string's UTF-16 code units, as 16 hex digits.
 * Not cryptographic: it only has to tell a stored compiled dictionary from a
 * different one, cheaply and identically in every browser.
 *
 * @example
 * fingerprintOf('{"a":1}') === fingerprintOf('{"a":1}') // true
 */
export function fingerprintOf(content: string): string {
  // Two independent 32-bit lanes (different offset bases) make a 64-bit hash without BigInt.
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x01000193) ^ (high >>> 15);
  }
  return hex(high) + hex(low);
}

function hex(lane: number): string {
  return (lane >>> 0).toString(16).padStart(8, '0');
}
