import { beforeEach, expect, it } from 'vitest';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { importFiles } from '@/lib/import/import-flow';
import { readZip } from '@/lib/files/zip-reader';
import { openSpoorDb } from '@/lib/storage/db';
import { acceptingKeysOf, downloads, exportEnv, flaggedDb, freshIndexedDb } from '../export/flow-support';

beforeEach(freshIndexedDb);

/*
 * Decided: two flags whose screenshots have the same bytes (a seller's two ads, one page captured twice) share one
 * content-addressed file, evidence/<sha256>.png, listed once in the manifest; each flag's own hash still checks it.
 * Spoor never deletes an artifact, so neither flag can lose the other's evidence.
 */
it('two flags with one screenshot hash export one evidence file and import as two flags', async () => {
  const screenshot = new Blob([Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'same page'], {
    type: 'image/png',
  });
  const evidence = [{ kind: 'screenshot' as const, blob: screenshot }];
  const { db, flags } = await flaggedDb('anna.k', [
    { url: 'https://shop.example/ad/1', evidence },
    { url: 'https://shop.example/ad/2', evidence },
  ]);
  const [first, second] = flags.map((flag) => flag.observations[0]!.artifacts[0]!.sha256);
  expect(first).toBe(second);
  const saved = downloads();
  await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), 'zip', {
    researcher: 'anna.k',
    survey: 'Ivory 2026',
  });
  db.close();
  const bundle = saved.files[0]!;
  const paths = (await readZip(bundle)).map((entry) => entry.path);
  expect(paths.filter((path) => path.startsWith('evidence/'))).toEqual([`evidence/${first}.png`]);
  const manifest = JSON.parse(
    await (await (await readZip(bundle)).find((e) => e.path === 'manifest.json')!.open()).text(),
  );
  expect(manifest.files.filter((file: { path: string }) => file.path.startsWith('evidence/'))).toHaveLength(1);

  const coordinator = await openSpoorDb('coordinator');
  const [report] = await importFiles({ db: coordinator, by: 'coord' }, [bundle], await acceptingKeysOf([bundle]));
  expect(report).toMatchObject({ status: 'imported', summary: { added: 2 } });
  const imported = await coordinator.getAll('flags');
  expect(imported.map((flag) => flag.observations[0]!.artifacts[0]!.sha256)).toEqual([first, first]);
  expect(await coordinator.get('artifacts', first!)).toBeDefined();
});
