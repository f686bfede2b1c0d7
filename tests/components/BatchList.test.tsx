import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchActions } from '@/components/batch/BatchActions';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { importFiles } from '@/lib/import/import-flow';
import { revokeSigner } from '@/lib/signing/revoke';
import { openSpoorDb } from '@/lib/storage/db';
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

  it('marks an imported batch whose key the coordinator revoked since, and keeps it', async () => {
    const anna = await dbWithFlags('https://shop.example/ad/1');
    // Node's File around Node's Blob, as an import reads it (jsdom's File would hold "[object Blob]").
    const files: File[] = [];
    const saved = {
      files,
      targets: {
        download: async (blob: Blob, name: string) => void files.push(new NodeFile([blob as NodeBlob], name) as File),
      },
    };
    const annaEnv = testEnv(anna, saved.targets);
    const exportEnv = {
      db: anna,
      save: saved.targets,
      extensionVersion: '0.1.0',
      taxa: annaEnv.taxa,
      clock: annaEnv.clock,
    };
    await exportNewBatch(exportEnv, await pendingFlagIds(anna), 'json', { researcher: 'anna.k', survey: 'Ivory 2026' });
    const coord = await openSpoorDb('coord');
    const [held] = await importFiles({ db: coord, by: 'coord' }, saved.files);
    const fingerprint = held && 'signedBy' in held ? held.signedBy.fingerprint : '';
    await importFiles({ db: coord, by: 'coord' }, saved.files, { acceptKeys: new Set([fingerprint]) });
    const pastBatch = async () => {
      const view = render(
        <BatchActions selection={[]} filteredIds={[]} env={testEnv(coord, saved.targets, 'coord')} />,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Past batches' }));
      const list = await screen.findByRole('region', { name: 'Past batches' });
      return { view, row: await within(list).findByRole('row', { name: /SPOOR-anna\.k-20260320/ }) };
    };
    const trusted = await pastBatch();
    expect(within(trusted.row).queryByText(/revoked/)).toBeNull();
    trusted.view.unmount();

    await revokeSigner(coord, fingerprint, { at: new Date('2026-05-01T09:00:00.000Z'), by: 'coord', reason: 'stolen' });

    const { row } = await pastBatch();
    expect(within(row).getAllByRole('cell')[2]?.textContent).toBe('1');
    const mark = within(row).getByText(/^Signed with a key revoked/);
    expect(mark.textContent).toBe(
      'Signed with a key revoked on 1 May 2026 by coord (stolen). Imported before this Spoor knew: the key may already have been in other hands, so check these flags with the researcher.',
    );
  });

  it('says how many detections the coordinator’s dictionary read otherwise when the batch was imported', async () => {
    const db = await dbWithFlags();
    const observation = {
      flagId: '20000000-0000-4000-8000-000000000001',
      observationId: '10000000-0000-4000-8000-000000000001',
      canonicalUrl: 'https://shop.example/ad/7',
      entryId: 'psittacus-erithacus',
      matched: ['budgie'],
    };
    const sent = { label: 'Psittacus erithacus', appendix: 'I', euAnnex: 'A' } as const;
    await db.put('batches', {
      id: '30000000-0000-4000-8000-000000000003',
      createdAt: '2026-03-20T12:00:00.000Z',
      researcher: 'ben.m',
      survey: 'Birds 2026',
      flagIds: [observation.flagId],
      formats: [],
      imported: {
        fileName: 'birds.json',
        importedAt: '2026-04-02T08:00:00.000Z',
        from: 'ben.m',
        evidence: false,
        reading: [
          { ...observation, kind: 'unconfirmed', sent },
          { ...observation, kind: 'differs', sent, read: { ...sent, appendix: 'II' } },
          // The entry's own word, its sense left to a page the batch lacks: shown at import, not counted.
          { ...observation, kind: 'needs-context', sent, read: sent },
        ],
      },
    });
    render(<BatchActions selection={[]} filteredIds={[]} env={testEnv(db, downloadTargets().targets, 'coord')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Past batches' }));
    const list = await screen.findByRole('region', { name: 'Past batches' });
    const row = await within(list).findByRole('row', { name: /SPOOR-ben\.m-20260320/ });
    expect(within(row).getByText(/^Detections your dictionary read otherwise at import: 2 /)).toBeTruthy();
  });

  it('says so when there is no batch yet', async () => {
    render(
      <BatchActions selection={[]} filteredIds={[]} env={testEnv(await dbWithFlags(), downloadTargets().targets)} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Past batches' }));
    expect(await screen.findByText('No batch exported or imported yet.')).toBeTruthy();
  });
});
