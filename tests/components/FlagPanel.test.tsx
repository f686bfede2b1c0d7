import { Blob as NodeBlob } from 'node:buffer';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FlagPanel } from '@/components/FlagPanel';
import { flagTab } from '@/lib/flags/flag-tab';
import { NoReplyError } from '@/lib/messaging/errors';
import { MAX_FIELD_CHARS } from '@/lib/records/limits';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { createFlagService } from '@/lib/flags/service';
import type { SpoorDb } from '@/lib/storage/db';
import { depsWith, freshDb, fullAt, reading } from '../unit/flags/support';
import { backgroundFor } from './FlagTestBackground';
import { render } from './render';
import { statusWithText } from './status-text';

// jsdom's Blob does not survive structured cloning into fake-indexeddb (a browser's does), and jsdom has no object
// URLs.
globalThis.Blob = NodeBlob as unknown as typeof Blob;
URL.createObjectURL = () => `blob:spoor/${crypto.randomUUID()}`;
URL.revokeObjectURL = () => undefined;

const TAB = 7;
const grantedStorage = { persisted: async () => false, persist: async () => true };
let db: SpoorDb;

beforeEach(async () => {
  db = await freshDb();
});

async function renderPanel(overrides: Parameters<typeof depsWith>[0] = {}) {
  const { deps, calls } = await depsWith(overrides, db);
  const background = backgroundFor(deps);
  render(<FlagPanel tabId={TAB} send={background.send} storage={grantedStorage} />);
  return { deps, calls, ...background };
}

describe('FlagPanel', () => {
  it('flags in one click, then shows what was captured, without repeating the taxa', async () => {
    const { flagged } = await renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));

    expect((await statusWithText(screen)).textContent).toMatch('Saved: Flagged on 12 Mar 2026 by anna.k');
    const captured = screen.getByRole('article', { name: 'Elfenbein Figur' });
    const fields = Object.fromEntries(
      [...captured.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling!.textContent]),
    );
    expect(fields).toEqual({ Price: '€450.00', Seller: '—', 'Listing id': '—', Location: '—' });
    const evidence = within(captured).getByRole('list', { name: 'Evidence' });
    const [screenshot, snapshot] = await db.getAll('flags').then(([flag]) => flag!.observations[0]!.artifacts);
    expect(within(evidence).getByText(`${screenshot!.sha256.slice(0, 12)}…`)).toBeTruthy();
    expect(within(evidence).getByText(`${snapshot!.sha256.slice(0, 12)}…`)).toBeTruthy();
    expect(
      await within(evidence).findByRole('img', { name: `Screenshot, SHA-256 ${screenshot!.sha256}` }),
    ).toBeTruthy();
    // The popup lists the taxa once, above the panel; the panel does not repeat them.
    expect(screen.queryByRole('table', { name: 'Detected taxa' })).toBeNull();
    // Storage is persistent here: nothing to act on, so nothing is said about it.
    expect(screen.queryByText(/storage|disk/i)).toBeNull();
    expect(flagged).toEqual([TAB]);
    expect(await db.count('flags')).toBe(1);
  });

  it('warns to back up only when the browser may clear the data and the disk is nearly full', async () => {
    const { deps } = await depsWith({}, db);
    const background = backgroundFor(deps);
    const bestEffort = (usage: number) => ({
      persisted: async () => false,
      persist: async () => false,
      estimate: async () => ({ usage, quota: 10e9 }),
    });
    const { unmount } = render(<FlagPanel tabId={TAB} send={background.send} storage={bestEffort(1e9)} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));
    await screen.findByText(/^Saved:/);
    expect(screen.queryByText(/nearly full/)).toBeNull();
    unmount();

    await db.clear('flags');
    render(<FlagPanel tabId={TAB} send={background.send} storage={bestEffort(9.5e9)} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));
    expect((await screen.findByText(/nearly full/)).textContent).toMatch(/Back up your flags now/);
    expect(screen.getByRole('link', { name: 'Back up now' }).getAttribute('href')).toBe('/options.html#backup');
  });

  it('shows an ad flagged before, with a link to its record', async () => {
    const { deps } = await depsWith({}, db);
    const { flag } = await flagTab(deps, { tabId: TAB, trigger: 'button', ifFlagged: 'ask' });
    await renderPanel();

    expect(await screen.findByText(/Flagged on 12 Mar 2026 by anna\.k/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the record' }).getAttribute('href')).toMatch(
      new RegExp(`/record\\.html\\?id=${flag.id}$`),
    );
  });

  it('shows the status the popup asked for as it opened, without asking again', async () => {
    const { deps } = await depsWith({}, db);
    const { flag } = await flagTab(deps, { tabId: TAB, trigger: 'button', ifFlagged: 'ask' });
    const background = backgroundFor(deps);
    const asked: string[] = [];
    const send = ((name, payload) => (asked.push(name), background.send(name, payload))) as SendToBackground;
    render(<FlagPanel tabId={TAB} send={send} storage={grantedStorage} status={Promise.resolve({ flag })} />);

    expect(await screen.findByText(/Flagged on 12 Mar 2026 by anna\.k/)).toBeTruthy();
    expect(asked).toEqual([]);
  });

  it('shows a status already read in its first render, with no "Checking" first and nothing asked', async () => {
    const { deps } = await depsWith({}, db);
    const { flag } = await flagTab(deps, { tabId: TAB, trigger: 'button', ifFlagged: 'ask' });
    const background = backgroundFor(deps);
    const asked: string[] = [];
    const send = ((name, payload) => (asked.push(name), background.send(name, payload))) as SendToBackground;
    const never = new Promise<never>(() => {});
    render(<FlagPanel tabId={TAB} send={send} storage={grantedStorage} status={never} statusRead={{ flag }} />);

    // No await: the first commit already holds it (the popup's opening read it before React rendered).
    expect(screen.getByText(/Flagged on 12 Mar 2026 by anna\.k/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Flag this ad' })).toBeTruthy();
    expect(screen.queryByText(/Checking/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Flag this ad' }));
    expect(screen.getByRole('group', { name: 'Add a new observation?' })).toBeTruthy();
    expect(asked).toEqual([]);
  });

  it('asks "Add a new observation?" instead of flagging the same ad twice', async () => {
    const { deps } = await depsWith({}, db);
    await flagTab(deps, { tabId: TAB, trigger: 'button', ifFlagged: 'ask' });
    await renderPanel();

    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));
    const prompt = screen.getByRole('group', { name: 'Add a new observation?' });
    await userEvent.click(within(prompt).getByRole('button', { name: 'Add observation' }));

    expect((await statusWithText(screen)).textContent).toMatch('Observation added');
    const [stored] = await db.getAll('flags');
    expect(stored!.observations).toHaveLength(2);
  });

  it('saves corrections from the form into the audit trail', async () => {
    await renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = await screen.findByRole('form', { name: 'Assessment' });

    await userEvent.click(within(form).getByRole('checkbox', { name: 'Loxodonta africana' }));
    await userEvent.selectOptions(within(form).getByLabelText('Suspicion'), 'high');
    await userEvent.type(within(form).getByLabelText('Notes'), 'Seller also on another site');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await within(form).findByText('Changes saved.')).toBeTruthy();
    const [flag] = await db.getAll('flags');
    const trail = (await createFlagService(db).history(flag!.id)).history.entries;
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'edit']);
    expect(trail[1]!.changes).toEqual([
      { path: 'assessment.confirmedTaxa', from: [], to: ['Loxodonta africana'] },
      { path: 'assessment.notes', from: '', to: 'Seller also on another site' },
      { path: 'assessment.suspicion', from: 'medium', to: 'high' },
    ]);
  });

  it('takes no more notes than an import accepts: a paste over the limit is cut at it', async () => {
    await renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = await screen.findByRole('form', { name: 'Assessment' });
    await userEvent.click(within(form).getByLabelText('Notes'));
    await userEvent.paste('Seller also on another site. '.repeat(MAX_FIELD_CHARS / 20));
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await within(form).findByText('Changes saved.')).toBeTruthy();
    const [flag] = await db.getAll('flags');
    expect(flag!.assessment.notes).toHaveLength(MAX_FIELD_CHARS);
  });

  it('refuses trade terms that are not CITES codes, before sending anything', async () => {
    await renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = await screen.findByRole('form', { name: 'Assessment' });
    await userEvent.clear(within(form).getByLabelText(/CITES trade terms/));
    await userEvent.type(within(form).getByLabelText(/CITES trade terms/), 'CAR, ivory');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByRole('alert').textContent).toMatch('not: IVORY');
    expect(
      within(form)
        .getByLabelText(/CITES trade terms/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('edits in two columns of labelled fields, and leaves the currency empty for an ad without a price', async () => {
    await renderPanel({ readPage: async () => ({ ...reading, ad: { ...reading.ad, price: undefined } }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = await screen.findByRole('form', { name: 'Assessment' });
    expect(form.classList.contains('form-grid')).toBe(true);
    expect((within(form).getByLabelText('Currency') as HTMLInputElement).value).toBe('');
    await userEvent.type(within(form).getByLabelText('Price'), '1200');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByRole('alert').textContent).toMatch(/three-letter code/);
    await userEvent.type(within(form).getByLabelText('Currency'), 'pln');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Changes saved.')).toBeTruthy();
    const [flag] = await db.getAll('flags');
    expect(flag!.ad.price).toEqual({ amount: 1200, currency: 'PLN' });
    await userEvent.click(within(form).getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('article', { name: 'Elfenbein Figur' }).textContent).toMatch('PLN');
  });

  it('says "Storage is full" and keeps the button for another try', async () => {
    const { deps } = await depsWith({}, db);
    const background = backgroundFor({
      ...deps,
      service: createFlagService(fullAt(db, 'artifacts', () => new DOMException('full', 'QuotaExceededError'))),
    });
    render(<FlagPanel tabId={TAB} send={background.send} storage={grantedStorage} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not flag this ad: Storage is full: /);
    expect(screen.getByRole('button', { name: 'Flag this ad' })).toBeTruthy();
    expect(await db.count('flags')).toBe(0);
  });

  it('reports a tab that cannot be flagged', async () => {
    await renderPanel({ getTab: () => Promise.reject(new Error('Only web pages can be flagged.')) });
    expect((await screen.findByRole('alert')).textContent).toMatch('Only web pages can be flagged.');
  });
});

describe('FlagPanel before the first flag', () => {
  it('asks for the researcher id inline, stores it, then flags in the same click', async () => {
    const { deps } = await depsWith({}, db);
    const background = backgroundFor(deps);
    const saved: unknown[] = [];
    render(
      <FlagPanel
        tabId={TAB}
        send={background.send}
        storage={grantedStorage}
        identity={{ researcherId: '', survey: '', save: async (identity) => void saved.push(identity) }}
      />,
    );
    const prompt = await screen.findByRole('form', { name: 'Before your first flag' });
    expect(screen.queryByRole('button', { name: 'Flag this ad' })).toBeNull();

    await userEvent.click(within(prompt).getByRole('button', { name: 'Save and flag this ad' }));
    expect(within(prompt).getByRole('alert').textContent).toBe('Enter your researcher id to flag.');
    expect(saved).toEqual([]);
    expect(await db.count('flags')).toBe(0);

    await userEvent.type(within(prompt).getByLabelText('Researcher id'), '  lena.v ');
    await userEvent.type(within(prompt).getByLabelText('Survey or case'), 'Parrots 2026');
    await userEvent.click(within(prompt).getByRole('button', { name: 'Save and flag this ad' }));
    expect((await statusWithText(screen)).textContent).toMatch(/^Saved: /);
    expect(saved).toEqual([{ researcherId: 'lena.v', survey: 'Parrots 2026' }]);
    expect(await db.count('flags')).toBe(1);
  });

  it('does not ask a researcher who has an id', async () => {
    const { deps } = await depsWith({}, db);
    render(
      <FlagPanel
        tabId={TAB}
        send={backgroundFor(deps).send}
        storage={grantedStorage}
        identity={{ researcherId: 'anna.k', survey: '', save: async () => undefined }}
      />,
    );
    expect(await screen.findByRole('button', { name: 'Flag this ad' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Before your first flag' })).toBeNull();
  });
});

describe('FlagPanel when the background stops in the middle of a flag', () => {
  /** The real background, whose answer to "flag/capture" is lost in transport after (or instead of) handling it. */
  async function renderInterrupted(stopsAfterSaving: boolean) {
    const { deps } = await depsWith({}, db);
    const background = backgroundFor(deps);
    let interruptions = 1;
    const send = (async (name: Parameters<SendToBackground>[0], payload: never) => {
      if (name !== 'flag/capture' || interruptions-- <= 0) return background.send(name, payload);
      if (stopsAfterSaving) await background.send(name, payload);
      throw new NoReplyError('flag/capture: the message channel closed before a response was received');
    }) as SendToBackground;
    render(<FlagPanel tabId={TAB} send={send} storage={grantedStorage} />);
  }

  it('shows that the ad was saved when only the answer was lost', async () => {
    await renderInterrupted(true);
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/interrupted before it could confirm/);
    expect(screen.getByText(/Flagged on 12 Mar 2026 by anna\.k/)).toBeTruthy();
    expect(await db.count('flags')).toBe(1);
  });

  it('shows the ad as not flagged when nothing was saved, and the next click saves it', async () => {
    await renderInterrupted(false);
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/interrupted before it could confirm/);
    expect(screen.queryByText(/Flagged on/)).toBeNull();
    expect(await db.count('flags')).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Flag this ad' }));
    expect((await statusWithText(screen)).textContent).toMatch('Saved: Flagged on 12 Mar 2026 by anna.k');
  });
});
