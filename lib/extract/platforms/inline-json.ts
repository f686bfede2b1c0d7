/**
 * Reads the state objects pages render from: assigned in inline scripts (`window.__CONFIG__ = {…};`) or JSON script
 * elements.
 */

const MAX_SCRIPTS = 200;
const MAX_SCRIPT_CHARS = 2_000_000;

/** The end (exclusive) of the JSON object starting at `start`, skipping braces inside strings. */
function objectEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return index + 1;
  }
  return undefined;
}

/**
 * The object a page's inline script assigns to `name`, parsed as JSON; undefined when absent or broken.
 * @example assignedJson(document, 'window.__CONFIG__')?.listing
 */
export function assignedJson(doc: Document, name: string): Record<string, unknown> | undefined {
  for (const script of [...doc.querySelectorAll('script:not([src])')].slice(0, MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    const assignment = new RegExp(`${name.replace(/[.$]/g, '\\$&')}\\s*=\\s*\\{`).exec(text);
    if (!assignment) continue;
    const start = assignment.index + assignment[0].length - 1;
    const end = objectEnd(text, start);
    if (end === undefined) continue;
    try {
      const value: unknown = JSON.parse(text.slice(start, end));
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // Not JSON (a JavaScript literal): leave it to the other sources.
    }
  }
  return undefined;
}

/**
 * The JSON object in the first script element matching `selector` (`script#__NEXT_DATA__`).
 * @example scriptJson(document, 'script#__NEXT_DATA__')?.props
 */
export function scriptJson(doc: Document, selector: string): Record<string, unknown> | undefined {
  const text = doc.querySelector(selector)?.textContent ?? '';
  if (!text || text.length > MAX_SCRIPT_CHARS) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
