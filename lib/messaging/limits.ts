/**
 * Bounds on what a content script may send the background. Content scripts
 * run on hostile pages: a page that subverts one can make it send anything,
 * so the background refuses oversized messages before parsing them. Real
 * reports stay far below (a page with every CITES taxon on it reports a few
 * thousand entries of short words). The one place these limits are kept.
 */
export const CONTENT_LIMITS = {
  /** Characters of one word, label or id. */
  text: 1_000,
  /** Characters of a URL. */
  url: 4_096,
  /** Items of one list of words or taxa. */
  list: 1_000,
  /** Entries of one detect/report. */
  entries: 5_000,
  /** The whole payload, counted before zod sees it: values (strings, numbers, objects…), characters, nesting. */
  payload: { values: 500_000, chars: 8_000_000, depth: 16 },
} as const;

export interface PayloadBudget {
  values: number;
  chars: number;
  depth: number;
}

/**
 * Why a content script's payload is refused before parsing, or undefined:
 * past the budget, or holding something JSON cannot (a Map, a Date, a
 * function), which no honest content script sends. Walks iteratively and stops
 * at the first excess, so a 10⁶-item array or a 64 MB string costs one look, not a parse.
 * @example contentPayloadProblem({ words: Array(1e6).fill('x') }, CONTENT_LIMITS.payload) // 'more than 500000 values'
 */
export function contentPayloadProblem(payload: unknown, budget: PayloadBudget): string | undefined {
  const pending: Array<{ value: unknown; depth: number }> = [{ value: payload, depth: 0 }];
  let values = 0;
  let chars = 0;
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    values += 1;
    if (typeof value === 'string') chars += value.length;
    if (values > budget.values) return `more than ${budget.values} values`;
    if (chars > budget.chars) return `more than ${budget.chars} characters`;
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      return `a ${typeof value} is not JSON data`;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= budget.depth) return `nested deeper than ${budget.depth} levels`;
    if (!Array.isArray(value) && !isPlainObject(value))
      return `a ${value.constructor?.name ?? 'special object'} is not JSON data`;
    const children = Array.isArray(value) ? value : Object.values(value);
    if (values + children.length > budget.values) return `more than ${budget.values} values`;
    for (const child of children) pending.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
