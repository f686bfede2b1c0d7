import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportReport } from '@/components/batch/ImportReport';
import type { FileReport } from '@/lib/import/import-flow';
import { render } from './render';

/* An observation re-sent under new ids: the import report lists it as a repeat of the capture here, not a sighting. */

const batch = {
  id: '30000000-0000-4000-8000-000000000002',
  createdAt: '2026-04-01T10:00:00.000Z',
  researcher: 'anna.k',
  survey: 'Ivory 2026',
  extensionVersion: '0.1.0',
  dateRange: { from: '2026-03-10T09:30:00.000Z', to: '2026-03-10T09:30:00.000Z' },
  counts: { flags: 1, observations: 1, artifacts: 0 },
};

describe('the import report of a replayed observation', () => {
  it('names the repeated observation, the capture it repeats and the ad, and counts no new observation', () => {
    const report: FileReport = {
      fileName: 'replayed.json',
      status: 'imported',
      batch,
      summary: { added: 0, merged: 1, observationsAdded: 0, keptApart: 0, replayed: 1 },
      conflicts: [],
      replays: [
        {
          flagId: '20000000-0000-4000-8000-000000000001',
          canonicalUrl: 'https://www.ebay.de/itm/1',
          observationId: '10000000-0000-4000-8000-000000000002',
          sameAs: '10000000-0000-4000-8000-000000000001',
          researcher: 'anna.k',
          batchId: batch.id,
        },
      ],
      evidence: false,
      signedBy: {
        researcher: 'anna.k',
        publicKey: 'A'.repeat(43) + '=',
        fingerprint: 'ab'.repeat(32),
        keyCreatedAt: batch.createdAt,
      },
      trust: { status: 'accepted', firstSeen: '2026-03-02T10:00:00.000Z', acceptedBy: 'coord' },
      acceptedNow: false,
    };
    render(<ImportReport id="report" reports={[report]} />);
    expect(screen.getByText(/^Not counted again: these observations repeat a capture already here/)).toBeTruthy();
    expect(
      screen.getByText(
        'https://www.ebay.de/itm/1: observation 10000000-0000-4000-8000-000000000002 repeats 10000000-0000-4000-8000-000000000001',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/0 new flags, 1 merged, 0 new observations/)).toBeTruthy();
  });
});
