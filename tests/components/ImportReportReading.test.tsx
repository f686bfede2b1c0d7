import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportReport } from '@/components/batch/ImportReport';
import type { FileReport } from '@/lib/import/import-flow';
import type { ReadingDisagreement } from '@/lib/records/batch';
import { axeViolations } from './axe';
import { render } from './render';

/* The coordinator's dictionary reads an imported batch's words otherwise: the report shows both readings, per ad. */

const batch = {
  id: '30000000-0000-4000-8000-000000000003',
  createdAt: '2026-04-01T10:00:00.000Z',
  researcher: 'anna.k',
  survey: 'Birds 2026',
  extensionVersion: '0.1.0',
  dateRange: { from: '2026-03-10T09:30:00.000Z', to: '2026-03-10T09:30:00.000Z' },
  counts: { flags: 1, observations: 1, artifacts: 0 },
};
const where = {
  flagId: '20000000-0000-4000-8000-000000000001',
  observationId: '10000000-0000-4000-8000-000000000001',
  canonicalUrl: 'https://shop.example/ad/7',
};
const reading: ReadingDisagreement[] = [
  {
    ...where,
    kind: 'unconfirmed',
    entryId: 'psittacus-erithacus',
    sent: { label: 'Psittacus erithacus', appendix: 'I', euAnnex: 'A' },
    matched: ['budgie'],
  },
  {
    ...where,
    kind: 'unreported',
    entryId: 'pangolin-scales',
    read: { label: 'Pangolin scales', appendix: 'I', euAnnex: 'A' },
    matched: ['pangolin scales'],
  },
];

const imported = (disagreements?: ReadingDisagreement[]): FileReport => ({
  fileName: 'birds.json',
  status: 'imported',
  batch,
  summary: { added: 1, merged: 0, observationsAdded: 1, keptApart: 0, replayed: 0 },
  conflicts: [],
  replays: [],
  evidence: false,
  signedBy: {
    researcher: 'anna.k',
    publicKey: 'A'.repeat(43) + '=',
    fingerprint: 'ab'.repeat(32),
    keyCreatedAt: batch.createdAt,
  },
  trust: { status: 'accepted', firstSeen: '2026-03-02T10:00:00.000Z', acceptedBy: 'coord' },
  acceptedNow: false,
  ...(disagreements && { reading: disagreements }),
});

describe('the import report of a batch the coordinator’s dictionary reads otherwise', () => {
  it('lists each ad’s words with what the batch says and what the dictionary reads', async () => {
    const { container } = render(<ImportReport id="report" reports={[imported(reading)]} />);
    const table = screen.getByRole('table', { name: /^Your dictionary reads these words otherwise than the batch/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['https://shop.example/ad/7', 'budgie', 'Psittacus erithacus · App. I · Annex A', 'no listed name'],
      ['https://shop.example/ad/7', 'pangolin scales', 'not listed by the batch', 'Pangolin scales · App. I · Annex A'],
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows no reading table when the dictionary agrees', () => {
    render(<ImportReport id="report" reports={[imported([])]} />);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
