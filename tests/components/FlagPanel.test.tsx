import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FlagPanel } from '@/components/FlagPanel';
import { flagTab } from '@/lib/flags/flag-tab';
import { NoReplyError } from '@/lib/messaging/errors';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { createFlagService } from '@/lib/flags/service';
import type { SpoorDb } from '@/lib/storage/db';
import { depsWith, freshDb, fullAt } from '../unit/flags/support';
import { backgroundFor } from './FlagTestBackground';

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
  it('flags in one click, then shows the detected taxa and the persistence result', async () => {
    const { flagged } = await renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));

    expect((await screen.findByRole('status')).textContent).toMatch('Saved: Flagged on 12 Mar 2026 by anna.k');
    const taxa = screen.getByRole('table', { name: 'Detected taxa' });
    expect(within(taxa).getByText('Loxodonta africana')).toBeTruthy();
    expect(within(taxa).getByText('App. I/II')).toBeTruthy();
    expect(within(taxa).getByText('Annex A/B')).toBeTruthy();
    expect(screen.getByText(/Storage is persistent/)).toBeTruthy();
    expect(flagged).toEqual([TAB]);
    expect(await db.count('flags')).toBe(1);
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

  it('asks "Add a new observation?" instead of flagging the same ad twice', async () => {
    const { deps } = await depsWith({}, db);
    await flagTab(deps, { tabId: TAB, trigger: 'button', ifFlagged: 'ask' });
    await renderPanel();

    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));
    const prompt = screen.getByRole('group', { name: 'Add a new observation?' });
    await userEvent.click(within(prompt).getByRole('button', { name: 'Add observation' }));

    expect((await screen.findByRole('status')).textContent).toMatch('Observation added');
    const [stored] = await db.getAll('flags');
    expect(stored!.observations).toHaveLength(2);
  });

  it('saves corrections from the form into the audit trail', async () => {
    await renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));
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

  it('refuses trade terms that are not CITES codes, before sending anything', async () => {
    await renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Flag this ad' }));
    const form = await screen.findByRole('form', { name: 'Assessment' });
    await userEvent.clear(within(form).getByLabelText(/CITES trade terms/));
    await userEvent.type(within(form).getByLabelText(/CITES trade terms/), 'CAR, ivory');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByRole('alert').textContent).toMatch('not: IVORY');
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
    expect((await screen.findByRole('status')).textContent).toMatch('Saved: Flagged on 12 Mar 2026 by anna.k');
  });
});
