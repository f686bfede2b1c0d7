import type { AuditEntry } from '@/lib/records/flag';

export type Change = AuditEntry['changes'][number];

/**
 * The leaf-level differences between two versions of a record, as dotted
 * paths. Arrays count as one value: a reordered tag list is one change.
 * @example diffChanges({ a: { b: 1 } }, { a: { b: 2 } }) // [{ path: 'a.b', from: 1, to: 2 }]
 */
export function diffChanges(before: unknown, after: unknown, path = ''): Change[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diffChanges(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, from: before ?? null, to: after ?? null }];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
