import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BatchActions } from '@/components/batch/BatchActions';
import { FlagSchema } from '@/lib/records/flag';
import { dbWithFlags, downloadTargets, testEnv } from './BatchTestEnv';
import { render } from './render';

const AD_1 = 'https://shop.example/ad/1';
const AD_2 = 'https://shop.example/ad/2';

async function openExport(env: ReturnType<typeof testEnv>, onChanged = vi.fn()) {
  render(<BatchActions selection={new Set<string>()} filteredIds={[]} env={env} onChanged={onChanged} />);
  await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
  return screen.getByRole('form', { name: 'Export a batch' });
}

describe('the export dialog', () => {
  it('exports the flags not yet exported, says where, and marks them', async () => {
    const db = await dbWithFlags(AD_1, AD_2);
    const saved = downloadTargets();
    const onChanged = vi.fn();
    await openExport(testEnv(db, saved.targets), onChanged);
    await screen.findByRole('radio', { name: 'Not yet exported (2)' });

    await userEvent.click(screen.getByRole('radio', { name: 'JSON (importable, without evidence files)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export and save' }));

    // The status region is attached empty, its text put in after (components/ui/Notice.tsx).
    const status = await screen.findByRole('status');
    await waitFor(() =>
      expect(status.textContent).toMatch(
        /^Saved batch SPOOR-anna\.k-20260320-[0-9a-f]{8} \(2 flags\) as spoor-anna\.k-2026-03-20-[0-9a-f]{8}\.json\. Its flags are marked exported\.$/,
      ),
    );
    expect(saved.files.map((file) => file.type)).toEqual(['application/json']);
    expect(onChanged).toHaveBeenCalledOnce();
    // Exported is the batch they went into; their review status stays.
    expect((await db.getAll('flags')).map((flag) => FlagSchema.parse(flag))).toEqual([
      expect.objectContaining({ status: 'new', batchIds: [expect.any(String)] }),
      expect.objectContaining({ status: 'new', batchIds: [expect.any(String)] }),
    ]);
    expect(await screen.findByRole('radio', { name: 'Not yet exported (0)' })).toBeTruthy();
  });

  it('says a cancelled save changed nothing, and changes nothing', async () => {
    const db = await dbWithFlags(AD_1);
    const cancel = async () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError'));
    await openExport(testEnv(db, { showSaveFilePicker: cancel, download: async () => undefined }));
    await screen.findByRole('radio', { name: 'Not yet exported (1)' });

    await userEvent.click(screen.getByRole('button', { name: 'Export and save' }));

    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Cancelled: nothing was saved or changed.'));
    expect(FlagSchema.parse((await db.getAll('flags'))[0]).status).toBe('new');
    expect(await db.count('batches')).toBe(0);
  });

  it('asks for a researcher id before exporting', async () => {
    const db = await dbWithFlags(AD_1);
    await openExport(testEnv(db, downloadTargets().targets, ''));

    await userEvent.click(screen.getByRole('button', { name: 'Export and save' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/^Set your researcher id/);
    expect(await db.count('batches')).toBe(0);
  });

  it('exports the dashboard selection when chosen', async () => {
    const db = await dbWithFlags(AD_1, AD_2);
    const [first] = await db.getAllKeys('flags');
    const saved = downloadTargets();
    render(<BatchActions selection={new Set([first!])} filteredIds={[]} env={testEnv(db, saved.targets)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export…' }));

    await userEvent.click(screen.getByRole('radio', { name: 'Selected (1)' }));
    // jsdom's Blob cannot be read back, so the bundle (which re-reads evidence) is left to the unit and browser tests.
    await userEvent.click(screen.getByRole('radio', { name: 'CSV (for spreadsheets)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export and save' }));

    await waitFor(() => expect(saved.files).toHaveLength(1));
    const batches = Object.fromEntries((await db.getAll('flags')).map((flag) => [flag.id, flag.batchIds.length]));
    expect(batches).toEqual({
      [first!]: 1,
      ...Object.fromEntries(
        Object.keys(batches)
          .filter((id) => id !== first)
          .map((id) => [id, 0]),
      ),
    });
  });
});
