import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bundleStream } from '@/lib/export/bundle';
import { importBatchFile } from '@/lib/import/validate';
import { batchJson } from '@/lib/export/json';
import {
  batchMeta,
  bytesOf,
  evidence,
  evidenceStore,
  flag,
  manifestSigner,
  observation,
  signedBatch,
} from '../export/builder';
import { SNAPSHOT_PREAMBLE, snapshotHtml } from '@/lib/flags/snapshot-html';
import { jsonOf, resealed, utf8, withEntry } from '../reliability/bad-inputs/zip-craft';
import { honestEntries, importText, importZip, noneKnown, problemsOf, unicodePathExtra } from './forger-fixtures';

/*
 * forge33: a forger's attempts through the real import code, each keeping every hash and signature it can valid.
 * The first group was let through before forge33; the second was refused already and stays so (kept to show it).
 */

/** A batch of one flag whose ad's price is `amount`, signed, as batch.json's text. */
async function pricedBatchText(amount: number): Promise<string> {
  const doc = await signedBatch(
    [
      flag({
        n: 1,
        ad: { title: 'Ivory', price: { amount, currency: 'EUR' } },
        observations: [await observation({ n: 1 })],
      }),
    ],
    batchMeta(1),
  );
  return batchJson(doc);
}

/** A bundle whose one observation holds an HTML snapshot of `html`, everything hashed and signed as Spoor does. */
async function bundleWithSnapshot(html: string): Promise<Blob> {
  const page = await evidence('snapshot', html, 'text/html');
  const doc = await signedBatch(
    [flag({ n: 1, observations: [await observation({ n: 1, artifacts: [page.ref] })] })],
    batchMeta(1),
  );
  const stream = bundleStream({ batch: doc, getArtifact: evidenceStore([page]), signManifest: manifestSigner() });
  return new Blob([await bytesOf(stream)]);
}

describe('forgeries let through before forge33', () => {
  it.each([
    [
      'a refresh to the seller',
      '<meta http-equiv="refresh" content="0;url=https://seller.example/seen">',
      'http-equiv',
    ],
    [
      'a refresh written with "/" between attributes',
      "<meta/http-equiv='refresh'/content=0;url=//x.example>",
      'http-equiv',
    ],
    ['a script element (the policy blocks it; Spoor never writes one)', '<SCRIPT src=x.js></SCRIPT>', 'script'],
    ['an event handler', '<img src="data:," onerror="fetch(1)">', 'onerror'],
    ['a javascript: link', '<a href=" java\tscript:alert(1)">ad</a>', 'href'],
  ])('refuses an HTML snapshot holding what Spoor neutralises: %s', async (_what, markup, named) => {
    const html = `<!DOCTYPE html>${SNAPSHOT_PREAMBLE}<html><body><p>Ivory</p>${markup}</body></html>`;
    const problems = problemsOf(await importBatchFile(await bundleWithSnapshot(html), 'anna.zip', noneKnown));
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/^evidence\/[0-9a-f]{64}\.html$/) as string,
        path: expect.stringContaining('artifacts[0]') as string,
        message: expect.stringContaining(named) as string,
      }),
    ]);
  });

  it('accepts an HTML snapshot as Spoor writes it, with what it neutralised and markup quoted in comments and text', async () => {
    const { document } = new JSDOM(
      '<p>&lt;meta http-equiv="refresh"&gt; <b title="x onerror=y" onclick="javascript:buy()">Ivory</b></p><!-- <script>x()</script> -->' +
        '<script>track()</script><img src="data:," onerror="fetch(1)"><style>p::before{content:"<script>"}</style>',
    ).window;
    const html = snapshotHtml(document);
    expect(html).toContain('data-spoor-onerror');
    expect(html).toContain('data-spoor-onclick="javascript:buy()"');
    expect((await importBatchFile(await bundleWithSnapshot(html), 'anna.zip', noneKnown)).status).toBe('ready');
  });

  it('refuses a file marked encrypted, whose stored bytes unzip tools would decrypt into something else', async () => {
    const entries = withEntry(await honestEntries(), 'batch.csv', (entry) => ({ ...entry, flags: 0x0801 }));
    expect(problemsOf(await importZip(entries))).toContainEqual(
      expect.objectContaining({ file: 'anna.zip', message: expect.stringMatching(/batch\.csv.*encrypted/) as string }),
    );
  });

  it('refuses a Unicode Path field that gives a file another name for unzip tools', async () => {
    const entries = await honestEntries();
    const shot = entries.find((entry) => entry.path.endsWith('.png'))!;
    const renamed = withEntry(entries, shot.path, (entry) => ({
      ...entry,
      extra: unicodePathExtra('readme.html', entry.path),
    }));
    expect(problemsOf(await importZip(renamed))).toContainEqual(
      expect.objectContaining({ file: 'anna.zip', message: expect.stringContaining('"readme.html"') as string }),
    );
  });

  it('accepts a Unicode Path field that repeats the name (Info-ZIP writes one)', async () => {
    const entries = withEntry(await honestEntries(), 'batch.csv', (entry) => ({
      ...entry,
      extra: unicodePathExtra('batch.csv', 'batch.csv'),
    }));
    expect((await importZip(entries)).status).toBe('ready');
  });

  it('refuses a folder entry named as a file of the bundle (unpacked, one of the two is lost)', async () => {
    const entries = await honestEntries();
    const withFolder = [...entries, { path: 'batch.csv/', data: new Uint8Array() }];
    expect(problemsOf(await importZip(withFolder))).toContainEqual(
      expect.objectContaining({ file: 'anna.zip', message: expect.stringContaining('"batch.csv"') as string }),
    );
  });

  it.each([
    ['-0 for 0', 0, '"amount": 0,', '"amount": -0,'],
    [
      'a digit past what a number holds (Spoor reads 2^53)',
      2 ** 53,
      `"amount": ${2 ** 53},`,
      '"amount": 9007199254740993,',
    ],
    ['1.2e2 for 120', 120, '"amount": 120,', '"amount": 1.2e2,'],
    ['120.0 for 120', 120, '"amount": 120,', '"amount": 120.0,'],
  ])('refuses a signed number written otherwise than Spoor writes it: %s', async (_what, amount, honest, forged) => {
    const text = await pricedBatchText(amount);
    expect(text).toContain(honest);
    expect((await importText(text)).status).toBe('ready');
    const problems = problemsOf(await importText(text.replace(honest, forged)));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'anna.json', message: expect.stringContaining('number') as string }),
    ]);
  });
});

describe('forgeries refused already (and still)', () => {
  it('a file in the zip that the manifest (re-signed) does not list', async () => {
    const entries = await honestEntries();
    const extra = [...entries, { path: 'evidence/notes.html', data: utf8('<script>alert(1)</script>') }];
    const problems = problemsOf(await importZip(extra));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'evidence/notes.html' }));
  });

  it('two entries with the same name', async () => {
    const entries = await honestEntries();
    const csv = entries.find((entry) => entry.path === 'batch.csv')!;
    const problems = problemsOf(await importZip([...entries, { path: 'batch.csv', data: utf8('"flag_id"\r\n') }]));
    expect(problems.length).toBeGreaterThan(0);
    expect(csv).toBeDefined();
  });

  it.each(['../batch.csv', '/batch.csv', 'evidence\\batch.csv', 'C:batch.csv', 'Batch.CSV'])(
    'a name Spoor never writes: %s',
    async (name) => {
      const entries = [...(await honestEntries()), { path: name, data: utf8('x') }];
      expect(problemsOf(await importZip(entries))[0]).toMatchObject({ file: 'anna.zip' });
    },
  );

  it('a manifest listing a name in another Unicode normalisation than the archive holds', async () => {
    const entries = await honestEntries();
    const renamed = await resealed([...entries, { path: 'evidence/e\u0301.png', data: utf8('x') }]);
    const manifest = jsonOf(renamed.find((entry) => entry.path === 'manifest.json')!);
    expect(JSON.stringify(manifest)).toContain('e\u0301');
    const nfc = renamed.map((entry) =>
      entry.path === 'manifest.json' ? { ...entry, data: utf8(JSON.stringify(manifest).normalize('NFC')) } : entry,
    );
    expect(problemsOf(await importZip(nfc)).length).toBeGreaterThan(0);
  });

  it('duplicate keys, trailing data after the JSON', async () => {
    const text = await pricedBatchText(120);
    const doubled = text.replace('"amount": 120,', '"amount": 120, "amount": 1,');
    expect(problemsOf(await importText(doubled))[0]!.message).toContain('appears twice');
    expect(problemsOf(await importText(`${text}{"format":"x"}`))[0]!.message).toContain('not valid JSON');
  });

  it('accepts a leading byte order mark (Notepad saves one): the bytes Spoor reads are the signed ones', async () => {
    expect((await importText(`\uFEFF${await pricedBatchText(120)}`)).status).toBe('ready');
  });
});
