import type { BatchHeader } from './schema';

/** File-name safe: researcher ids and country codes go into names. */
export function safeName(text: string): string {
  return text.replace(/[^\w.-]+/g, '_');
}

/**
 * The name people read a batch by. The batch id itself is the header's UUID
 * (the batch format requires one); this label adds who and when to its start.
 * @example batchLabel({ id: '1b2c3d4e-…', researcher: 'anna.k', createdAt: '2026-03-20T12:00:00.000Z' }) //
 * 'SPOOR-anna.k-20260320-1b2c3d4e'
 */
export function batchLabel(header: Pick<BatchHeader, 'id' | 'researcher' | 'createdAt'>): string {
  return `SPOOR-${safeName(header.researcher)}-${header.createdAt.slice(0, 10).replaceAll('-', '')}-${header.id.slice(0, 8)}`;
}
