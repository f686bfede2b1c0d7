import { Blob as NodeBlob } from 'node:buffer';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FlagRecord } from '@/components/FlagRecord';
import { flagTab } from '@/lib/flags/flag-tab';
import type { Flag } from '@/lib/records/flag';
import type { SpoorDb } from '@/lib/storage/db';
import { writeImportedBatch } from '@/lib/import/import-write';
import { annasBatch } from '../unit/export/builder';
import { depsWith, freshDb, reading } from '../unit/flags/support';
import { backgroundFor } from './FlagTestBackground';
import { render } from './render';

// jsdom's Blob does not survive structured cloning into fake-indexeddb (a browser's does): use Node's.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

// Object URLs are kept here so the test can read back which Blob the image shows.
const objectUrls = new Map<string, Blob>();
URL.createObjectURL = (blob: Blob) => {
  const url = `blob:spoor/${objectUrls.size + 1}`;
  objectUrls.set(url, blob);
  return url;
};
URL.revokeObjectURL = (url: string) => void objectUrls.delete(url);

const hostileTitle = '<img src=x onerror="alert(1)"> Elfenbein';
let flag: Flag;
let db: SpoorDb;
let background: ReturnType<typeof backgroundFor>;

beforeEach(async () => {
  db = await freshDb();
  const { deps } = await depsWith(
    { readPage: async () => ({ ...reading, ad: { ...reading.ad, title: hostileTitle } }) },
    db,
  );
  ({ flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' }));
  background = backgroundFor(deps);
});

describe('FlagRecord', () => {
  it('shows the ad, its observations with the screenshot from a Blob URL, and the history', async () => {
    render(<FlagRecord flagId={flag.id} send={background.send} />);

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(hostileTitle);
    expect(document.querySelectorAll('img[src="x"]')).toHaveLength(0);
    const observations = screen.getByRole('region', { name: 'Observations' });
    // Evidence times in the UI language and exactly as recorded.
    expect(within(observations).getByText('Observation 1 · 12 Mar 2026, 09:30 UTC')).toBeTruthy();
    expect(within(observations).getByText('2026-03-12T09:30:00.000Z')).toBeTruthy();
    const screenshot = await within(observations).findByRole('img', { name: /^Screenshot, SHA-256 [0-9a-f]{64}$/ });
    const blob = objectUrls.get(screenshot.getAttribute('src')!)!;
    expect(blob.type).toBe('image/png');
    expect(await blob.text()).toMatch(/png bytes$/);
    expect(await within(observations).findByRole('link', { name: 'Download the page snapshot' })).toBeTruthy();
    const [shot] = flag.observations[0]!.artifacts;
    expect(within(observations).getByText(shot!.sha256)).toBeTruthy();
    // Each thumbnail's hash is read whole, as text: a code element's aria-label is never spoken.
    const thumbHash = within(observations).getByText(`SHA-256 ${shot!.sha256}`);
    expect(thumbHash.closest('code')!.hasAttribute('aria-label')).toBe(false);
    const history = screen.getByRole('region', { name: 'Audit history' });
    expect(history.querySelector('.timeline__what')!.textContent).toMatch(/^anna\.k: created \(observation /);
    expect(within(history).getByText('2026-03-12T10:01:00.000Z')).toBeTruthy();
  });

  it('shows the screenshot at full size in the viewer, fitted or zoomed, with a download', async () => {
    render(<FlagRecord flagId={flag.id} send={background.send} />);
    const viewer = await screen.findByRole('region', { name: 'Screenshot' });
    const image = await within(viewer).findByRole('img', { name: /^Screenshot at full size, SHA-256 [0-9a-f]{64}$/ });
    expect(await objectUrls.get(image.getAttribute('src')!)!.text()).toMatch(/png bytes$/);
    const fit = within(viewer).getByRole('button', { name: 'Fit' });
    expect(fit.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(within(viewer).getByRole('button', { name: '200%' }));
    expect(fit.getAttribute('aria-pressed')).toBe('false');
    // Zoomed, the frame scrolls and can take focus, so a keyboard can scroll it too.
    expect(within(viewer).getByRole('region', { name: /^Screenshot at full size: scroll/ }).tabIndex).toBe(0);
    expect(within(viewer).getByRole('link', { name: 'Download the screenshot' }).getAttribute('download')).toMatch(
      /^screenshot-[0-9a-f]{12}\.png$/,
    );
  });

  it('deletes with a reason and still shows the trail', async () => {
    render(<FlagRecord flagId={flag.id} send={background.send} />);
    const form = await screen.findByRole('form', { name: 'Delete this flag' });
    await userEvent.type(within(form).getByLabelText('Reason for deleting'), 'wrong page');
    await userEvent.click(within(form).getByRole('button', { name: 'Delete this flag' }));

    expect(await screen.findByRole('heading', { name: 'This flag was deleted' })).toBeTruthy();
    expect(screen.getByText(/^Deleted on .* UTC by anna\.k\. Reason: wrong page$/)).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Audit history' });
    expect(within(history).getByText(/deleted \(wrong page\): the deleted record is kept/)).toBeTruthy();
    expect(within(history).getByRole('status').textContent).toMatch(/^History verified: 2 entries/);
  });

  it('says the history is verified, and shows each entry with its hash', async () => {
    render(<FlagRecord flagId={flag.id} send={background.send} />);
    const history = await screen.findByRole('region', { name: 'Audit history' });
    expect(within(history).getByRole('status').textContent).toMatch(/^History verified: 1 entries, each sealed/);
    const hash = within(history).getByTitle(flag.auditHead);
    expect(hash.textContent).toBe(flag.auditHead.slice(0, 12));
  });

  it('says plainly when the history does not verify: the record was changed outside Spoor', async () => {
    await db.put('flags', { ...flag, assessment: { ...flag.assessment, suspicion: 'low' } });
    render(<FlagRecord flagId={flag.id} send={background.send} />);
    const history = await screen.findByRole('region', { name: 'Audit history' });
    const alert = within(history).getByRole('alert');
    expect(alert.textContent).toMatch(/^This history does not verify/);
    expect(alert.textContent).toContain('changed outside its history');
  });

  it('shows the history an import merged in, under the merge that brought it', async () => {
    const { doc } = await annasBatch();
    const ourDb = await freshDb();
    const ours = await depsWith(
      {
        readPage: async () => ({
          ...reading,
          canonicalUrl: doc.flags[0]!.canonicalUrl,
          platform: doc.flags[0]!.platform,
        }),
      },
      ourDb,
    );
    const mine = (await flagTab(ours.deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' })).flag;
    const signedBy = { ...doc.signature };
    await writeImportedBatch(
      ourDb,
      {
        fileName: 'anna.json',
        document: doc,
        artifacts: new Map(),
        evidenceIncluded: false,
        signedBy,
        sha256: 'a'.repeat(64),
      },
      { by: 'coord', at: new Date('2026-04-02T08:00:00.000Z') },
    );
    render(<FlagRecord flagId={mine.id} send={backgroundFor(ours.deps).send} />);
    const history = await screen.findByRole('region', { name: 'Audit history' });
    expect(within(history).getByRole('status').textContent).toMatch(/^History verified: 3 entries/);
    // Who and what are separate elements (the name is bold): read each entry's sentence whole.
    const sentences = (root: HTMLElement) =>
      [...root.querySelectorAll('.timeline__what')].map((line) => line.textContent ?? '');
    const merge = [...history.querySelectorAll<HTMLElement>('li')].find((entry) =>
      /^coord: merged/.test(entry.querySelector('.timeline__what')?.textContent ?? ''),
    )!;
    expect(merge).toBeTruthy();
    expect(within(merge).getByText(/^History this entry brought in/)).toBeTruthy();
    expect(sentences(merge).some((line) => /^anna\.k: created/.test(line))).toBe(true);
  });

  it('shows what the reader inferred and claimed: inferred currency, posting words, paperwork claim, a foreign canonical', async () => {
    const { deps } = await depsWith(
      {
        readPage: async () => ({
          ...reading,
          canonicalUrl: 'https://seller-a.github.io/ivory-cup',
          ad: {
            ...reading.ad,
            price: { amount: 450, currency: 'EUR', currencyInferred: true },
            postedAt: '2026-03-10',
            postedText: 'vor 2 Tagen',
            claimedCanonical: 'https://seller-b.github.io/cups',
            paperworkClaim: { claim: 'none', phrase: 'ohne CITES Papiere' },
          },
        }),
      },
      await freshDb(),
    );
    const { flag: inferred } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    render(<FlagRecord flagId={inferred.id} send={backgroundFor(deps).send} />);
    const details = await screen.findByRole('region', { name: 'Ad' });
    expect(details.textContent).toContain('(currency inferred from the domain)');
    expect(details.textContent).toContain('2026-03-10 (“vor 2 Tagen”)');
    expect(details.textContent).toContain('says there is none: “ohne CITES Papiere”');
    expect(details.textContent).toContain('https://seller-b.github.io/cups');
    expect(within(screen.getByRole('form', { name: /assessment/i })).getByText(/domain’s country’s/)).toBeTruthy();
  });

  it('shows no currency in the form for an ad without a price, and asks for one when a price is typed', async () => {
    const { deps } = await depsWith(
      { readPage: async () => ({ ...reading, ad: { title: 'Graupapagei', imageUrls: [], sources: {} } }) },
      await freshDb(),
    );
    const { flag: priceless } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    render(<FlagRecord flagId={priceless.id} send={backgroundFor(deps).send} />);
    const form = await screen.findByRole('form', { name: /assessment/i });
    expect((within(form).getByLabelText('Currency') as HTMLInputElement).value).toBe('');
    await userEvent.type(within(form).getByLabelText('Price'), '80');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByRole('alert').textContent).toBe(
      'Give the currency as a three-letter code (EUR, PLN, USD…).',
    );
  });
  it('writes out a seller’s hidden and reordering characters and shows a contradicting structured title (forge17)', async () => {
    const ad = {
      ...reading.ad,
      title: 'Carved \u202Eksut yrovi\u202C',
      seller: { name: 'anti\u200Bques\u0000' },
      claimedTitle: 'Resin figurine',
    };
    const { deps } = await depsWith({ readPage: async () => ({ ...reading, ad }) }, await freshDb());
    const { flag: forged } = await flagTab(deps, { tabId: 8, trigger: 'button', ifFlagged: 'ask' });
    render(<FlagRecord flagId={forged.id} send={backgroundFor(deps).send} />);

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Carved [U+202E]ksut yrovi[U+202C]');
    expect(screen.getByText('anti[U+200B]ques[U+0000]')).toBeTruthy();
    expect(screen.getByText('Title in the page’s hidden data (not the one shown)').nextSibling!.textContent).toBe(
      'Resin figurine',
    );
    expect(document.body.textContent).not.toMatch(/[\0\u200B\u202C\u202E]/u);
  });

  it('says beside a price and seller what the page’s markup gave instead (capture30)', async () => {
    const ad = {
      ...reading.ad,
      price: { amount: 320, currency: 'EUR' },
      seller: { name: 'Ivan Petrov' },
      disputed: {
        price: { source: 'json-ld' as const, value: '5 EUR' },
        seller: { source: 'microdata' as const, value: 'Resin\u202E Shop' },
      },
    };
    const { deps } = await depsWith({ readPage: async () => ({ ...reading, ad }) }, await freshDb());
    const { flag: read } = await flagTab(deps, { tabId: 9, trigger: 'button', ifFlagged: 'ask' });
    render(<FlagRecord flagId={read.id} send={backgroundFor(deps).send} />);

    expect((await screen.findByText('Ivan Petrov', { exact: false })).textContent).toBe(
      'Ivan Petrov (another source, microdata, said: Resin[U+202E] Shop)',
    );
    expect(screen.getByText('(another source, json-ld, said: 5 EUR)', { exact: false })).toBeTruthy();
  });

  it('says beside a price only the page’s markup gives that no text on the page states it (capture33)', async () => {
    const ad = {
      ...reading.ad,
      price: { amount: 5, currency: 'EUR' },
      sources: { ...reading.ad.sources, price: 'json-ld' as const },
      unshown: ['price' as const],
    };
    const { deps } = await depsWith({ readPage: async () => ({ ...reading, ad }) }, await freshDb());
    const { flag: read } = await flagTab(deps, { tabId: 9, trigger: 'button', ifFlagged: 'ask' });
    render(<FlagRecord flagId={read.id} send={backgroundFor(deps).send} />);

    expect(
      await screen.findByText(
        '(stated by no text on the page: only its json-ld markup gives it; perhaps shown in an image)',
        {
          exact: false,
        },
      ),
    ).toBeTruthy();
  });

  it('says what the page did to Spoor’s highlights when flagged (forge18)', async () => {
    const { deps } = await depsWith(
      { readPage: async () => ({ ...reading, paintTampering: ['removed', 'covered'] }) },
      await freshDb(),
    );
    const { flag: tampered } = await flagTab(deps, { tabId: 9, trigger: 'button', ifFlagged: 'ask' });
    render(<FlagRecord flagId={tampered.id} send={backgroundFor(deps).send} />);

    const list = await screen.findByRole('list', { name: /interfered with Spoor’s highlights/ });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Spoor’s highlights had been removed from the page.',
      'An element of the page covered the highlighted words.',
    ]);
  });

  it('says where the text ended, and why, when the page was read as far as it had arrived or cut at a bound', async () => {
    for (const [tabId, reason, said] of [
      [
        10,
        'loading',
        /^This page was still loading when it was flagged .* ended after 1,204 characters, at: “Preis 480 €”$/,
      ],
      [11, 'nodes', /^Spoor read only part of this page’s text .* stopped after 1,204 characters, at: “Preis 480 €”$/],
    ] as const) {
      const textCut = { reason, characters: 1_204, after: 'Preis 480 €' };
      const { deps } = await depsWith({ readPage: async () => ({ ...reading, textCut }) }, await freshDb());
      const { flag: cut } = await flagTab(deps, { tabId, trigger: 'button', ifFlagged: 'ask' });
      const { unmount } = render(<FlagRecord flagId={cut.id} send={backgroundFor(deps).send} />);
      expect((await screen.findByText(said)).textContent).toMatch(said);
      unmount();
    }
  });

  it('says which fields read otherwise once the evidence was taken, and that the text changed meanwhile', async () => {
    let reads = 0;
    const { deps } = await depsWith(
      {
        readPage: async () =>
          (reads += 1) === 1
            ? { ...reading, text: 'Elfenbein Figur, 450 EUR' }
            : {
                ...reading,
                ad: { ...reading.ad, price: { amount: 5, currency: 'EUR' } },
                text: 'Elfenbein Figur, 450 EUR',
                changedMeanwhile: true,
              },
      },
      await freshDb(),
    );
    const { flag: changed } = await flagTab(deps, { tabId: 9, trigger: 'button', ifFlagged: 'ask' });
    render(<FlagRecord flagId={changed.id} send={backgroundFor(deps).send} />);

    const list = await screen.findByRole('list', { name: /changed while it was captured/ });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Price', 'the page’s text (perhaps only for a moment)']);
  });

  it('says the tab went on to another page while the evidence was taken', async () => {
    const urls = ['https://www.ebay.de/itm/123456', 'https://www.ebay.de/itm/654321'];
    const { deps } = await depsWith(
      { getTab: async (id) => ({ id, windowId: 1, url: urls.length > 1 ? urls.shift()! : urls[0]! }) },
      await freshDb(),
    );
    const { flag: moved } = await flagTab(deps, { tabId: 9, trigger: 'button', ifFlagged: 'ask' });
    render(<FlagRecord flagId={moved.id} send={backgroundFor(deps).send} />);

    const list = await screen.findByRole('list', { name: /changed while it was captured/ });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['the tab’s address (it went on to another page)']);
  });

  it('shows no note about the highlights for a page that left them alone', async () => {
    render(<FlagRecord flagId={flag.id} send={background.send} />);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/interfered with Spoor’s highlights/)).toBeNull();
    expect(screen.queryByText(/changed while it was captured/)).toBeNull();
  });
});
