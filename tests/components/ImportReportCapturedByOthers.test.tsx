import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportReport } from '@/components/batch/ImportReport';
import { importedReport, oneFlagBatch } from './imported-report';
import { render } from './render';

/* Observations a batch says others captured than its signer: imported, and the report says whose key vouches. */

const batch = oneFlagBatch('30000000-0000-4000-8000-000000000003', 'Ivory 2026');
const summary = { added: 1, merged: 0, observationsAdded: 3, keptApart: 0, replayed: 0 };

describe('the import report of a batch holding others’ captures', () => {
  it('says how many, by whom, and that only the signer’s key vouches for them', () => {
    const capturedByOthers = { observations: 2, researchers: ['ben.m', 'chloe.r'] };
    render(
      <ImportReport
        id="report"
        reports={[importedReport({ fileName: 'relay.json', batch, summary, capturedByOthers })]}
      />,
    );
    expect(
      screen.getByText(
        'Observations in this file that others than the signer captured: 2 (by ben.m, chloe.r). Only anna.k’s key vouches for them: it signed the file, not each capture.',
      ),
    ).toBeTruthy();
  });

  it('names at most ten of the researchers a file names, then how many more', () => {
    const researchers = Array.from({ length: 25 }, (_, i) => `r${i}`);
    const capturedByOthers = { observations: 25, researchers };
    render(
      <ImportReport
        id="report"
        reports={[importedReport({ fileName: 'relay.json', batch, summary, capturedByOthers })]}
      />,
    );
    expect(screen.getByText(/\(by r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, \+15\)/)).toBeTruthy();
  });

  it('says nothing of others for a batch whose observations are all the signer’s', () => {
    render(<ImportReport id="report" reports={[importedReport({ fileName: 'own.json', batch, summary })]} />);
    expect(screen.queryByText(/others than the signer/)).toBeNull();
  });
});
