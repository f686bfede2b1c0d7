/**
 * JSON read strictly, for files others send: JSON.parse keeps the last of two
 * members with the same key and turns a `__proto__` member into something
 * canonical JSON, the schemas and the signature would pass over, so a file
 * holding either could say one thing to Spoor and another to a person or a
 * first-wins reader while its signature still verifies. Spoor never writes
 * either; a file that has one is refused.
 */

/** A string token (outside strings JSON has no quote, so these matches follow the file's own strings), or a bracket. */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[{}[\]]/g;

/**
 * The parsed value of `text` (a leading BOM dropped); throws on invalid JSON,
 * on a key that appears twice in one object (however it is escaped), and on a `__proto__` key.
 * @example parseStrictJson('{"a":1,"a":2}') // throws 'the key "a" appears twice in one object (at character 8)…'
 */
export function parseStrictJson(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  const value: unknown = JSON.parse(body);
  const open: Array<Set<string> | undefined> = [];
  for (const match of body.matchAll(TOKEN)) {
    const token = match[0];
    if (token === '{' || token === '[') open.push(token === '{' ? new Set() : undefined);
    else if (token === '}' || token === ']') open.pop();
    else if (match[1]) {
      const quoted = token.slice(0, token.lastIndexOf('"') + 1);
      const key = quoted.includes('\\') ? (JSON.parse(quoted) as string) : quoted.slice(1, -1);
      const keys = open.at(-1)!;
      if (key === '__proto__')
        throw new Error(`a member named "__proto__" (at character ${match.index}), which no Spoor file holds`);
      if (keys.has(key))
        throw new Error(
          `the key ${JSON.stringify(key)} appears twice in one object (at character ${match.index}): readers keep one or the other, so the file says two things`,
        );
      keys.add(key);
    }
  }
  return value;
}
