import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activateImported } from '@/lib/active-dictionary/active';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { MemoryArea } from '../../fixtures/checklist/memory-area';
import { sharedDataPath } from '../../shared-data';

/**
 * chrome.storage.local's quota without the `unlimitedStorage` permission
 * (chrome.storage.local.QUOTA_BYTES, 10,485,760 in Chromium 156; Firefox holds
 * storage.local to its IndexedDB limits unless the extension has the
 * permission). The README's reason for `unlimitedStorage` rests on this test.
 */
const QUOTA_BYTES = 10 * 1024 * 1024;

/** Bytes as Chrome's getBytesInUse counts them: each key plus its value's JSON. */
const bytesInUse = (area: MemoryArea) =>
  [...area.items].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);

describe('the storage Spoor needs', () => {
  it('outgrows the default storage.local quota with the full CITES Checklist active', async () => {
    const file = await openAsBlob(sharedDataPath('cites/checklist-index-of-cites-species-2017-04-21.csv.gz'));
    const { dictionary } = await importChecklistFile(file, { listingsAsOf: '2017-04-21' });
    const area = new MemoryArea();
    await activateImported(area, dictionary, 'checklist.csv.gz');
    const bytes = bytesInUse(area);
    console.info(
      `storage.local with the full checklist active: ${(bytes / 1024 / 1024).toFixed(1)} MiB of the ${QUOTA_BYTES / 1024 / 1024} MiB default quota`,
    );
    expect(bytes).toBeGreaterThan(QUOTA_BYTES);
  }, 300_000);
});
