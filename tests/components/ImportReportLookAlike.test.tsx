import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportReport } from '@/components/batch/ImportReport';
import type { FileReport } from '@/lib/import/import-flow';
import { render } from './render';

/*
 * What the import report shows a coordinator of names written to deceive (forge17): a sender whose id looks like
 * an accepted researcher's, a seller differing by one Cyrillic letter, and bidi or invisible characters, which are
 * written out rather than obeyed.
 */

const batch = {
  id: '30000000-0000-4000-8000-000000000001',
  createdAt: '2026-04-01T10:00:00.000Z',
  researcher: 'anna\u202E.k',
  survey: 'Ivory 2026',
  extensionVersion: '0.1.0',
  dateRange: { from: '2026-03-30T10:00:00.000Z', to: '2026-03-31T10:00:00.000Z' },
  counts: { flags: 1, observations: 1, artifacts: 0 },
};
const signedBy = {
  researcher: '\u0430nna\u202E.k',
  publicKey: 'A'.repeat(43) + '=',
  fingerprint: 'ab'.repeat(32),
  keyCreatedAt: '2026-03-01T10:00:00.000Z',
};

describe('the import report against look-alike and hidden names', () => {
  it('names the accepted researcher an unknown sender looks like, with the hidden override written out', () => {
    const report: FileReport = {
      fileName: 'batch.zip',
      status: 'untrusted-key',
      batch,
      signedBy,
      trust: { status: 'unknown', lookAlikes: ['anna.k'] },
    };
    render(<ImportReport id="report" reports={[report]} />);
    const notice = screen.getByText(/is not anna\.k but looks like it/);
    expect(notice.textContent).toContain('\u0430nna[U+202E].k');
    expect(notice.textContent).not.toContain('\u202E');
  });

  it('marks a conflict whose values look alike, and shows who gave each without reordering', () => {
    const conflict = {
      flagId: '20000000-0000-4000-8000-000000000001',
      canonicalUrl: 'https://www.ebay.de/itm/1',
      field: 'ad.seller',
      kept: { researcher: 'ben.o', value: { name: 'reptile_world' } },
      other: { researcher: 'anna\u202E.k', value: { name: 'r\u0435ptile_world\u200B' }, batchId: batch.id },
      looksAlike: true as const,
    };
    const report: FileReport = {
      fileName: 'batch.zip',
      status: 'imported',
      batch,
      summary: { added: 0, merged: 1, observationsAdded: 1, keptApart: 0, replayed: 0 },
      conflicts: [conflict],
      replays: [],
      evidence: false,
      signedBy,
      trust: { status: 'accepted', firstSeen: '2026-03-02T10:00:00.000Z', acceptedBy: 'coord' },
      acceptedNow: false,
    };
    render(<ImportReport id="report" reports={[report]} />);
    const row = screen.getByText(/look alike but are not the same/).closest('td')!;
    expect(row.textContent).toContain('r\u0435ptile_world[U+200B]');
    expect(row.textContent).toContain('anna[U+202E].k');
    expect(document.body.textContent).not.toMatch(/[\u200B\u202E]/u);
  });
});
