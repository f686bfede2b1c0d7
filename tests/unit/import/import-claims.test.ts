import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bundleStream } from '@/lib/export/bundle';
import { recordHash, sha256Hex } from '@/lib/integrity/hash';
import { sha256Sums } from '@/lib/batch-format/manifest';
import { importBatchFile, type ImportResult } from '@/lib/import/validate';
import { batchJson } from '@/lib/export/json';
import { advance, chainEntry, type EntryFields } from '@/lib/integrity/chain';
import type { Flag, Observation, Platform } from '@/lib/records/flag';
import {
  annasBatch,
  batchMeta,
  bytesOf,
  flag,
  manifestSigner,
  observation,
  resign,
  signedBatch,
} from '../export/builder';
import { importText, noneKnown, problemsOf } from './forger-fixtures';

/*
 * A sender's own signed file that says what Spoor could not have written
 * (forge16): the sender signs what they like, so these are caught by what the
 * file says, not by its signature.
 */

/** A flag made on `url`, then given other fields, its create entry made over them as a forger would. */
async function forgedFlag(url: string, change: Partial<Flag>): Promise<Flag> {
  const { auditHead: _head, ...body } = flag({ n: 1, url, observations: [await observation({ n: 1, url })] });
  const next = { ...body, ...change };
  return advance(next, createFields(next), null).flag;
}
const createFields = (made: Pick<Flag, 'id' | 'createdAt'>): EntryFields => ({
  flagId: made.id,
  at: made.createdAt,
  by: 'anna.k',
  action: 'create',
});
const createEntry = (made: Flag) => {
  const { auditHead: _head, ...body } = made;
  return chainEntry(createFields(body), null, body);
};

async function imported(made: Flag): Promise<ImportResult> {
  const doc = await signedBatch([made], batchMeta(1), [createEntry(made)]);
  return importText(batchJson(doc));
}

const EBAY = 'https://www.ebay.de/itm/1';
const ebay: Platform = { id: 'ebay', name: 'eBay', host: 'www.ebay.de', country: 'DE' };

describe('a flag whose platform is not the one its address gives (takedown lists and merges go by platform)', () => {
  it.each<[string, string, Platform, string, RegExp]>([
    [
      'an eBay ad filed under Vinted',
      EBAY,
      { ...ebay, id: 'vinted', name: 'Vinted' },
      'platform.id',
      /is "vinted" \(Vinted\), but www\.ebay\.de is eBay \(ebay\)/,
    ],
    [
      'a host on another site',
      EBAY,
      { ...ebay, host: 'www.vinted.fr' },
      'platform.host',
      /is www\.vinted\.fr, but the canonical URL is on www\.ebay\.de/,
    ],
    [
      'an ad on a site Spoor does not know, posing as eBay',
      'https://shop.example/ad/1',
      { id: 'ebay', name: 'eBay', host: 'shop.example' },
      'platform.id',
      /names eBay \(ebay\), whose addresses do not include shop\.example/,
    ],
    [
      "a country changed to move the ad into another country's information log",
      EBAY,
      { ...ebay, country: 'RU' },
      'platform.country',
      /is RU, but www\.ebay\.de says DE/,
    ],
  ])('is refused: %s, naming the flag and field', async (_case, url, platform, field, message) => {
    const problems = problemsOf(await imported(await forgedFlag(url, { canonicalUrl: url, platform })));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'anna.json',
        path: `flag 20000000-0000-4000-8000-000000000001 › ${field}`,
        message: expect.stringMatching(message) as string,
      }),
    ]);
  });

  it.each<[string, string, Platform]>([
    ['a subdomain of the canonical URL’s site (the page was m.ebay.de)', EBAY, { ...ebay, host: 'm.ebay.de' }],
    [
      'a marketplace named by its host, as a Spoor that did not know it yet named it',
      'https://www.leboncoin.fr/ad/1',
      { id: 'leboncoin.fr', name: 'leboncoin.fr', host: 'www.leboncoin.fr', country: 'FR' },
    ],
    [
      'a site Spoor does not know under a name of a newer Spoor’s',
      'https://shop.example/ad/1',
      { id: 'shopexample', name: 'Shop Example', host: 'shop.example' },
    ],
  ])('is accepted: %s', async (_case, url, platform) => {
    expect((await imported(await forgedFlag(url, { canonicalUrl: url, platform }))).status).toBe('ready');
  });
});

describe('an observation taken on another site than the ad it is filed under (framing a seller with another page)', () => {
  /** Anna's flag of the eBay ad, holding one observation taken on `url`, its hash and history made as Spoor would. */
  async function filedUnderEbay(url: string, changedDuringCapture?: string[]): Promise<Flag> {
    const taken = await observation({ n: 1, url });
    const withChanges: Observation = { ...taken, ...(changedDuringCapture && { changedDuringCapture }) };
    const moved = { ...withChanges, recordSha256: await recordHash(withChanges, 'recordSha256') };
    return forgedFlag(EBAY, { observations: [moved] });
  }

  it('is refused, naming the flag, the observation and both sites', async () => {
    const problems = problemsOf(await imported(await filedUnderEbay('https://seller-b.example/ad/9')));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'anna.json',
        path: 'flag 20000000-0000-4000-8000-000000000001 › observations[0].url',
        message: expect.stringMatching(/is on seller-b\.example, but the flag’s ad is on www\.ebay\.de/) as string,
      }),
    ]);
  });

  it.each<[string, string, string[]?]>([
    ['the ad’s own page on a subdomain (m.ebay.de)', 'https://m.ebay.de/itm/1?utm_source=mail'],
    ['another page of the same site (a rel=canonical there names the ad)', 'https://www.ebay.de/p/42'],
    ['another site, when the record says the tab moved while captured', 'https://seller-b.example/ad/9', ['url']],
  ])('is accepted: %s', async (_case, url, changed) => {
    expect((await imported(await filedUnderEbay(url, changed))).status).toBe('ready');
  });
});

describe('times no Spoor could have written', () => {
  it('accepts an observation captured long before the batch was made (a clock set back is no forgery)', async () => {
    const old = await observation({ n: 1, capturedAt: '1999-01-01T00:00:00.000Z' });
    const made = flag({ n: 1, observations: [old] });
    const doc = await signedBatch([made], batchMeta(1));
    expect((await importText(batchJson(doc))).status).toBe('ready');
  });

  it.each<[string, Partial<Flag>, string]>([
    ['a flag changed after the batch was made', { updatedAt: '2030-01-01T00:00:00.000Z' }, 'updatedAt'],
    [
      'a claim made after the batch was made',
      {
        claims: [
          {
            observationId: '10000000-0000-4000-8000-000000000001',
            researcherId: 'anna.k',
            survey: 's',
            at: '2027-01-01T00:00:00.000Z',
          },
        ],
      },
      'claims[0].at',
    ],
  ])('refuses %s', async (_case, change, field) => {
    const problems = problemsOf(await imported(await forgedFlag(EBAY, change)));
    expect(problems).toEqual([
      expect.objectContaining({
        path: `flag 20000000-0000-4000-8000-000000000001 › ${field}`,
        message: expect.stringContaining('is after the batch was made (2026-03-20T12:00:00.000Z)') as string,
      }),
    ]);
  });

  it('refuses an audit entry written after the batch was made, naming it', async () => {
    const made = await forgedFlag(EBAY, {});
    const { flag: later, entry } = advance(
      { ...made, assessment: { ...made.assessment, notes: 'seen again' }, updatedAt: '2026-03-20T11:00:00.000Z' },
      { flagId: made.id, at: '2026-05-01T00:00:00.000Z', by: 'anna.k', action: 'edit' },
      made.auditHead,
    );
    const doc = await signedBatch([later], batchMeta(1), [createEntry(made), entry]);
    const problems = problemsOf(await importText(batchJson(doc)));
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'audit[1] (flag 20000000-0000-4000-8000-000000000001).at',
        message: expect.stringContaining('2026-05-01T00:00:00.000Z is after the batch was made') as string,
      }),
    ]);
  });
});

/**
 * Anna's bundle with files added (or replaced), each listed in the manifest with its true hash, SHA256SUMS made to
 * match, the manifest re-signed.
 */
async function bundleWith(files: Record<string, string>): Promise<Blob> {
  const { doc, getArtifact } = await annasBatch();
  const unpacked = unzipSync(await bytesOf(bundleStream({ batch: doc, getArtifact, signManifest: manifestSigner() })));
  const manifest = JSON.parse(new TextDecoder().decode(unpacked['manifest.json'])) as {
    files: Array<{ path: string; sha256: string; bytes: number }>;
  };
  const put = async (path: string, text: string) => {
    const bytes = strToU8(text);
    unpacked[path] = bytes;
    const listed = { path, sha256: await sha256Hex(new Blob([bytes])), bytes: bytes.length };
    manifest.files = [...manifest.files.filter((file) => file.path !== path), listed];
  };
  for (const [path, text] of Object.entries(files)) await put(path, text);
  // SHA256SUMS made to match, as a careful forger would, unless the case is about it.
  if (!('SHA256SUMS' in files))
    await put('SHA256SUMS', sha256Sums(manifest.files.filter((file) => file.path !== 'SHA256SUMS')));
  unpacked['manifest.json'] = strToU8(JSON.stringify(await resign(manifest)));
  return new Blob([zipSync(unpacked)]);
}

describe('a bundle holding files no flag references, listed and signed by the sender', () => {
  it.each([
    ['a page beside the batch', 'readme.html'],
    ['an evidence file no flag names (never checked for what it is)', `evidence/${'a'.repeat(64)}.html`],
  ])('is refused: %s', async (_case, path) => {
    const result = await importBatchFile(
      await bundleWith({ [path]: '<script>alert(1)</script>' }),
      'anna.zip',
      noneKnown,
    );
    expect(problemsOf(result)).toEqual([
      { file: path, path: '', message: expect.stringContaining('is not a file of a Spoor bundle') as string },
    ]);
  });

  it('is refused when SHA256SUMS lists other files than the manifest (what `sha256sum -c` checks)', async () => {
    const result = await importBatchFile(
      await bundleWith({ SHA256SUMS: `${'0'.repeat(64)}  batch.csv\n` }),
      'anna.zip',
      noneKnown,
    );
    expect(problemsOf(result)).toEqual([
      { file: 'SHA256SUMS', path: '', message: expect.stringContaining('does not list the files') as string },
    ]);
  });

  it('accepts the bundle as exported', async () => {
    expect((await importBatchFile(await bundleWith({}), 'anna.zip', noneKnown)).status).toBe('ready');
  });
});
