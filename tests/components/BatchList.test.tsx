import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchActions } from '@/components/batch/BatchActions';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { dbWithFlags, downloadTargets, testEnv } from './BatchTestEnv';
import { render } from './render';
import { statusWithText } from './status-text';

// Saving a batch again reads its batch.json back from IndexedDB as a Blob: fake-indexeddb can
// store Node's Blobs, not jsdom's (they come back as plain objects), so this file uses Node's.
beforeEach(() => vi.stubGlobal('Blob', NodeBlob));
afterEach(() => vi.unstubAllGlobals());

describe('the batch list', () => {
  it('lists a saved batch and exports it again under the same id', async () => {
    const db = await dbWithFlags('https://shop.example/ad/1');
    const saved = downloadTargets();
    const env = testEnv(db, saved.targets);
    const first = await exportNewBatch(
      { db, save: saved.targets, extensionVersion: '0.1.0', taxa: env.taxa, clock: env.clock },
      await pendingFlagIds(db),
      'json',
      { researcher: 'anna.k', survey: 'Ivory 2026' },
    );
    if (first.status !== 'saved') throw new Error('not saved');
    render(<BatchActions selection={[]} filteredIds={[]} env={env} />);

    await userEvent.click(screen.getByRole('button', { name: 'Past batches' }));
    const list = await screen.findByRole('region', { name: 'Past batches' });
    const row = await within(list).findByRole('row', { name: /SPOOR-anna\.k-20260320/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 4),
    ).toEqual(['anna.k', 'Ivory 2026', '1', 'Saved on 20 Mar 2026 as JSON']);

    await userEvent.click(within(row).getByRole('button', { name: /Export again .* CSV$/ }));

    expect((await statusWithText(within(list))).textContent).toMatch(/^Saved batch SPOOR-anna\.k-20260320-/);
    expect(saved.files.map((file) => file.name)).toEqual([first.fileName, first.fileName.replace('.json', '.csv')]);
    expect(await within(list).findByText('Saved on 20 Mar 2026 as JSON, CSV')).toBeTruthy();
  });

  it('says so when there is no batch yet', async () => {
    render(
      <BatchActions selection={[]} filteredIds={[]} env={testEnv(await dbWithFlags(), downloadTargets().targets)} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Past batches' }));
    expect(await screen.findByText('No batch exported or imported yet.')).toBeTruthy();
  });
});
