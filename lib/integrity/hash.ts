/**
 * Hashes for the chain of custody: SHA-256 of each evidence file and of each
 * observation's canonical JSON, so anyone can re-hash an export and compare.
 */

/**
 * JSON with object keys sorted at every depth and no whitespace, so the same
 * record always yields the same bytes. `undefined` members are dropped, as
 * JSON.stringify does; arrays keep their order (it carries meaning).
 * @example canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  // Built by Object.fromEntries, not assignment: a "__proto__" key stays a member (JSON.parse makes it one),
  // so a hash or signature covers it rather than passing over it.
  const members = Object.keys(value)
    .sort()
    .map((key): [string, unknown] => [key, (value as Record<string, unknown>)[key]]);
  return Object.fromEntries(
    members.filter(([, member]) => member !== undefined).map(([key, member]) => [key, sortKeys(member)]),
  );
}

/**
 * Lower-case hex SHA-256 of bytes, a Blob or a string (UTF-8), via crypto.subtle.
 * @example await sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(data: Blob | ArrayBuffer | Uint8Array<ArrayBuffer> | string): Promise<string> {
  // A Blob's bytes as a view: a view is accepted whichever realm made its buffer (a page's, a test DOM's); a Blob is
  // known by its method, not `instanceof`, which another realm's Blob fails.
  const bytes =
    typeof data === 'string'
      ? new TextEncoder().encode(data)
      : 'arrayBuffer' in data
        ? new Uint8Array(await data.arrayBuffer())
        : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * SHA-256 of a record's canonical JSON, leaving out the field that will hold the hash.
 * @example await recordHash({ id: 'x', recordSha256: '' }, 'recordSha256')
 */
export function recordHash<T extends object>(record: T, hashField: keyof T): Promise<string> {
  const { [hashField]: _omitted, ...rest } = record;
  return sha256Hex(canonicalJson(rest));
}
