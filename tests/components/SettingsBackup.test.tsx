import 'fake-indexeddb/auto';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { BackupRestore, type BackupEnv } from '@/components/settings/BackupRestore';
import { createFlagService } from '@/lib/flags/service';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { MemoryArea } from '../fixtures/checklist/memory-area';
import { captureOf } from '../unit/flags/support';
import { render } from './render';
import { BUNDLED } from './bundled-status';

// jsdom's Blob can neither be read back nor cloned into fake-indexeddb (a browser's can): use Node's.
globalThis.Blob = NodeBlob as unknown as typeof Blob;
const pick = (file: NodeFile) => fireEvent.change(screen.getByLabelText('Backup file'), { target: { files: [file] } });

/** A profile around its own fake IndexedDB; downloads are kept as Files. */
async function profile(): Promise<{ env: BackupEnv; db: SpoorDb; downloads: NodeFile[] }> {
  globalThis.indexedDB = new IDBFactory();
  const db = await openSpoorDb();
  const downloads: NodeFile[] = [];
  const env: BackupEnv = {
    db: async () => db,
    area: new MemoryArea(),
    save: {
      download: async (blob, name) =>
        void downloads.push(new NodeFile([await blob.arrayBuffer()], name, { type: blob.type })),
    },
    extensionVersion: '0.1.0',
    dictionary: { status: async () => BUNDLED, activate: async () => BUNDLED, applyCustomTerms: async () => BUNDLED },
  };
  return { env, db, downloads };
}

let source: Awaited<ReturnType<typeof profile>>;
beforeEach(async () => {
  source = await profile();
  await createFlagService(source.db).record(await captureOf('https://shop.example/ad/1'), 'ask');
});

it('backs up to a file that restores into a fresh profile, and reports what came in', async () => {
  const user = userEvent.setup();
  const { unmount } = render(<BackupRestore env={source.env} />);
  await user.click(screen.getByRole('button', { name: 'Back up everything' }));
  expect((await screen.findByText(/^Saved spoor-backup-/)).textContent).toMatch(/: 1 flag, 1 evidence files\.$/);
  const [file] = source.downloads;
  unmount();

  const target = await profile();
  render(<BackupRestore env={target.env} />);
  pick(file!);
  await user.click(screen.getByRole('button', { name: 'Restore' }));
  expect(await screen.findByText('Backup restored.')).toBeTruthy();
  expect(screen.getByText(/^Flags: 1 added, 0 updated/)).toBeTruthy();
  expect(await target.db.count('flags')).toBe(1);
});

it('asks about a flag deleted here that the backup holds, and keeps it deleted unless told otherwise', async () => {
  const user = userEvent.setup();
  const { unmount } = render(<BackupRestore env={source.env} />);
  await user.click(screen.getByRole('button', { name: 'Back up everything' }));
  await screen.findByText(/^Saved spoor-backup-/);
  unmount();
  const [flag] = await source.db.getAll('flags');
  await createFlagService(source.db).remove(flag!.id, 'anna.k', 'deleted on request');

  render(<BackupRestore env={source.env} />);
  pick(source.downloads[0]!);
  await user.click(screen.getByRole('button', { name: 'Restore' }));
  const choices = await screen.findByRole('group', { name: flag!.ad.title! });
  expect(choices.textContent).toContain('deleted on request');
  expect(screen.getByRole('radio', { name: 'Keep deleted' })).toHaveProperty('checked', true);
  await user.click(screen.getByRole('radio', { name: 'Bring back' }));
  await user.click(screen.getByRole('button', { name: 'Restore with these choices' }));

  expect(
    await screen.findByText(/^Flags deleted here that the backup holds: 0 kept deleted, 1 brought back/),
  ).toBeTruthy();
  expect(await source.db.count('flags')).toBe(1);
  expect(await source.db.count('tombstones')).toBe(0);
});

it('says what is wrong with a file that is not a backup, and changes nothing', async () => {
  const user = userEvent.setup();
  const target = await profile();
  render(<BackupRestore env={target.env} />);
  pick(new NodeFile(['flag,ad\n1,2\n'], 'batch.zip', { type: 'application/zip' }));
  await user.click(screen.getByRole('button', { name: 'Restore' }));

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('This backup cannot be restored; nothing was changed:');
  expect(alert.textContent).toContain('the backup file: not a complete ZIP archive');
  expect(await target.db.count('flags')).toBe(0);
});
