import type { ArchiveRow } from '@/lib/dashboard/row';

/** Dashboard rows for the query and summary tests: a plain eBay ivory ad unless told otherwise. */
export function row(n: number, overrides: Partial<ArchiveRow> = {}): ArchiveRow {
  return {
    id: `20000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    url: `https://www.ebay.de/itm/${n}`,
    firstCapturedAt: '2026-03-12T09:30:00.000Z',
    lastCapturedAt: '2026-03-12T09:30:00.000Z',
    platform: 'eBay',
    country: 'DE',
    title: `Ad ${n}`,
    seller: 'antik-hans',
    taxa: ['Loxodonta africana'],
    appendices: ['I/II'],
    annexes: ['A/B'],
    groups: ['elephants'],
    intent: 'selling',
    status: 'new',
    exported: false,
    batchIds: [],
    observations: 1,
    tags: [],
    notes: '',
    ...overrides,
  };
}

export const ids = (rows: readonly ArchiveRow[]) => rows.map((r) => Number.parseInt(r.id.slice(-12), 16));
