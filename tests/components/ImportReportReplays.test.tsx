import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportReport } from '@/components/batch/ImportReport';
import { importedReport, oneFlagBatch } from './imported-report';
import { render } from './render';

/* An observation re-sent under new ids: the import report lists it as a repeat of the capture here, not a sighting. */

const batch = oneFlagBatch('30000000-0000-4000-8000-000000000002', 'Ivory 2026');

describe('the import report of a replayed observation', () => {
  it('names the repeated observation, the capture it repeats and the ad, and counts no new observation', () => {
    const report = importedReport({
      fileName: 'replayed.json',
      batch,
      summary: { added: 0, merged: 1, observationsAdded: 0, keptApart: 0, replayed: 1 },
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
    });
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
