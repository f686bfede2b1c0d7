/**
 * JSON read strictly, for files others send: JSON.parse keeps the last of two
 * members with the same key and turns a `__proto__` member into something
 * canonical JSON, the schemas and the signature would pass over, so a file
 * holding either could say one thing to Spoor and another to a person or a
 * first-wins reader while its signature still verifies. Spoor never writes
 * either; a file that has one is refused.
 */

/**
 * A string token (outside strings JSON has no quote, so these matches follow the file's own strings), a bracket, or
 * a number (group 2).
 */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[{}[\]]|(-?\d[\d.eE+-]*)/g;

/**
 * How deep arrays and objects may nest. Spoor's own files nest under 20 levels; a file nested 200,000 deep only
 * overflowed the stack of the checks after parsing (canonical JSON for the signature), so it was refused for a reason
 * no one could act on.
 */
export const MAX_JSON_DEPTH = 64;

export interface StrictJsonOptions {
  /**
   * Refuse a number not written as JSON.stringify writes its value (`-0`, `1.2e2`, `120.0`, a digit past a double's
   * precision). For signed files: the signature covers the value read, so a number written otherwise reads as one
   * thing to a person and another to Spoor, or was edited after Spoor wrote it.
   */
  numbersAsWritten?: boolean;
}

/**
 * The parsed value of `text` (a leading BOM dropped); throws on invalid JSON,
 * on a key that appears twice in one object (however it is escaped), on a `__proto__` key and on nesting deeper than
 * MAX_JSON_DEPTH.
 * @example parseStrictJson('{"a":1,"a":2}') // throws 'the key "a" appears twice in one object (at character 8)…'
 */
export function parseStrictJson(text: string, options: StrictJsonOptions = {}): unknown {
  const body = text.replace(/^\uFEFF/, '');
  const value: unknown = JSON.parse(body);
  const open: Array<Set<string> | undefined> = [];
  /** The key just read, whose value the next token is. */
  let member: string | undefined;
  for (const match of body.matchAll(TOKEN)) {
    const token = match[0];
    const of = member;
    member = undefined;
    if (match[2] !== undefined) {
      if (options.numbersAsWritten && String(Number(token)) !== token) throw numberError(body, match.index, token, of);
    } else if (token === '{' || token === '[') {
      if (open.push(token === '{' ? new Set() : undefined) > MAX_JSON_DEPTH)
        throw new Error(
          `arrays and objects nested more than ${MAX_JSON_DEPTH} deep (at character ${match.index}), which no Spoor file is`,
        );
    } else if (token === '}' || token === ']') open.pop();
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
      member = key;
    }
  }
  return value;
}

function numberError(body: string, index: number, token: string, member: string | undefined): Error {
  const line = body.slice(0, index).split('\n').length;
  const where = member === undefined ? `line ${line}` : `member ${JSON.stringify(member)}, line ${line}`;
  return new Error(
    `the number ${token} (${where}) is not written as Spoor writes it (${String(Number(token))}): the signature covers the value Spoor reads, so the file was edited after it was signed, or shows a person another number`,
  );
}
