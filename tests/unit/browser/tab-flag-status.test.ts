import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flagHandlers } from '@/lib/browser/flag-handlers';
import { sessionCanonicals } from '@/lib/browser/tab-canonicals';
import { announceFlagsChanged, FLAGS_STAMP_KEY, tabFlagKey } from '@/lib/browser/tab-flag-keys';
import { keptStatusOf } from '@/lib/browser/kept-status';
import { keepStatusesCurrent, sessionStatuses } from '@/lib/browser/tab-flag-status';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { flagTab, type FlagDeps } from '@/lib/flags/flag-tab';
import { createFlagService } from '@/lib/flags/service';
import { flagOfTab, rememberFlagged } from '@/lib/flags/tab-status';
import { importFiles } from '@/lib/import/import-flow';
import type { Flag } from '@/lib/records/flag';
import { onCommitted } from '@/lib/storage/committed';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { acceptingKeysOf, downloads, exportEnv, flaggedDb } from '../export/flow-support';
import { captureOf, depsWith, freshDb, PAGE, reading, steppingClock } from '../flags/support';

const session = () => fakeBrowser.storage.session;
const TAB = { id: 7, windowId: 1, url: PAGE, title: 'Elfenbein Figur | eBay' };
const OTHER_AD = 'https://shop.example/ad/2';

/** A connection that announces its flags' writes, as every connection of the background and the pages does. */
const announcing = (db: SpoorDb) => onCommitted(db, 'flags', () => void announceFlagsChanged(session()));

/** What the popup reads for a tab: the kept status, if current. */
async function popupRead(tabId = TAB.id, url = PAGE) {
  return keptStatusOf(await session().get([tabFlagKey(tabId), FLAGS_STAMP_KEY]), tabId, url);
}

/** The popup's read once the background has caught up: a status that is `expected` (its flag's id, or null). */
const settlesTo = (expected: string | null, tabId = TAB.id, url = PAGE) =>
  vi.waitFor(
    async () => {
      const read = await popupRead(tabId, url);
      expect(read?.flag?.id ?? read?.flag).toBe(expected);
    },
    // As long as the work takes on a busy machine: the background's refresh is a few database reads.
    { timeout: 60_000 },
  );

/** The background's side of it, as lib/browser/flags-service.ts wires it, over fake IndexedDB and storage.session. */
async function background(): Promise<{ deps: FlagDeps; db: SpoorDb; handlers: ReturnType<typeof flagHandlers> }> {
  const db = announcing(await freshDb());
  const { deps } = await depsWith({}, db);
  const canonicals = sessionCanonicals(session());
  const statuses = sessionStatuses(session());
  keepStatusesCurrent(session(), Promise.resolve(deps), canonicals, statuses);
  // The page loaded: the background works out its status.
  await flagOfTab(deps, TAB, canonicals, statuses);
  const handlers = flagHandlers({ deps: Promise.resolve(deps), canonicals, statuses, onFlagged: async () => {} });
  return { deps, db, handlers };
}

const call = <R>(handler: unknown, payload: unknown): Promise<R> =>
  (handler as (payload: unknown, sender: object) => Promise<R>)(payload, {});

beforeEach(() => fakeBrowser.reset());

describe('keptStatusOf', () => {
  const flagless = { url: PAGE, flag: null, stamp: 's1' };
  it.each([
    ['kept for this page under the current stamp', { [tabFlagKey(7)]: flagless, [FLAGS_STAMP_KEY]: 's1' }, PAGE, true],
    ['kept for another page of the tab', { [tabFlagKey(7)]: flagless, [FLAGS_STAMP_KEY]: 's1' }, OTHER_AD, false],
    ['kept before the flags changed', { [tabFlagKey(7)]: flagless, [FLAGS_STAMP_KEY]: 's2' }, PAGE, false],
    ['with no stamp at all', { [tabFlagKey(7)]: flagless }, PAGE, false],
    ['none kept', { [FLAGS_STAMP_KEY]: 's1' }, PAGE, false],
    [
      'not a status (parsed: a page never writes here, but nothing stored is trusted)',
      { [tabFlagKey(7)]: { ...flagless, flag: 'flagged' }, [FLAGS_STAMP_KEY]: 's1' },
      PAGE,
      false,
    ],
  ])('reads a status %s: %s', (_case, stored, url, read) => {
    expect(keptStatusOf(stored, 7, url)).toEqual(read ? { flag: null } : undefined);
  });
});

describe('sessionStatuses', () => {
  it('makes a stamp once per session, keeps, lists and clears statuses per tab', async () => {
    const statuses = sessionStatuses(session());
    const stamp = await statuses.stamp();
    expect(await statuses.stamp()).toBe(stamp);
    await statuses.set(7, PAGE, null, stamp);
    await statuses.set(8, OTHER_AD, null, stamp);
    expect(await statuses.kept()).toEqual([
      { tabId: 7, url: PAGE },
      { tabId: 8, url: OTHER_AD },
    ]);
    await statuses.clearTab(7);
    expect(await statuses.kept()).toEqual([{ tabId: 8, url: OTHER_AD }]);
  });
});

describe('a kept status follows every change of the flags', () => {
  it('is kept when the page loads: not flagged, read without the page while its platform has no flag', async () => {
    await background();
    expect(await popupRead()).toEqual({ flag: null });
  });

  it('follows a flag from the popup, an edit, a deletion', async () => {
    const { handlers } = await background();
    const { flag } = await call<{ flag: Flag }>(handlers['flag/capture'], { tabId: TAB.id, ifFlagged: 'ask' });
    await settlesTo(flag.id);

    const edited = await call<Flag>(handlers['flag/edit'], {
      flagId: flag.id,
      edit: { assessment: { intent: 'wanted' } },
    });
    await vi.waitFor(async () => expect((await popupRead())?.flag?.assessment).toEqual(edited.assessment), {
      timeout: 60_000,
    });

    await call(handlers['flag/delete'], { flagId: flag.id, reason: 'duplicate' });
    await settlesTo(null);
  });

  it('follows a flag from the shortcut or the menu, and a deletion through another connection (the dashboard’s)', async () => {
    const { deps } = await background();
    // The first flag of its platform: the page was never read before it. What the triggers do (flags-service.ts).
    const { flag } = await flagTab(deps, { tabId: TAB.id, trigger: 'shortcut', ifFlagged: 'ask' });
    await rememberFlagged(deps, TAB, flag, sessionCanonicals(session()), sessionStatuses(session()));
    await settlesTo(flag.id);

    const dashboard = createFlagService(announcing(await openSpoorDb()), steppingClock());
    await dashboard.remove(flag.id, 'ben', 'duplicate');
    await settlesTo(null);
  });

  it('follows an import in the dashboard page', async () => {
    const { db } = await background();
    const canonicals = sessionCanonicals(session());
    const tab = { ...TAB, id: 8, url: OTHER_AD };
    await canonicals.set(tab.id, OTHER_AD, OTHER_AD);
    const { deps } = await depsWith({}, db);
    await flagOfTab(deps, tab, canonicals, sessionStatuses(session()));
    expect(await popupRead(8, OTHER_AD)).toEqual({ flag: null });

    const theirs = await flaggedDb('anna', [{ url: OTHER_AD }]);
    const saved = downloads();
    await exportNewBatch(exportEnv(theirs.db, saved.targets), await pendingFlagIds(theirs.db), 'json', {
      researcher: 'anna.k',
      survey: 'Ivory 2026',
    });
    const file = saved.files[0]!;
    const page = announcing(await openSpoorDb());
    await importFiles({ db: page, by: 'coord', clock: () => new Date() }, [file], await acceptingKeysOf([file]));
    await settlesTo(theirs.flags[0]!.id, 8, OTHER_AD);
  });

  it('is dropped when only reading the page could tell (its platform gained its first flag elsewhere)', async () => {
    const { deps } = await background();
    expect(await popupRead()).toEqual({ flag: null });
    // Another tab's ad on the same platform is flagged; this tab's page was never read.
    await deps.service.record(await captureOf('https://www.ebay.de/itm/999', { platform: reading.platform }), 'ask');
    await vi.waitFor(async () => expect(await session().get(tabFlagKey(TAB.id))).toEqual({}), { timeout: 60_000 });
    expect(await popupRead()).toBeUndefined();
  });

  it('is never read when it was worked out before a write that landed after it', async () => {
    const { deps } = await background();
    const statuses = sessionStatuses(session());
    const stamp = await statuses.stamp();
    const { flag } = await flagTab(deps, { tabId: TAB.id, trigger: 'button', ifFlagged: 'ask' });
    await rememberFlagged(deps, TAB, flag, sessionCanonicals(session()), statuses);
    await settlesTo(flag.id);
    // A status worked out from the database before that write, written late under the stamp read then.
    await statuses.set(TAB.id, PAGE, null, stamp);
    expect(await popupRead()).not.toEqual({ flag: null });
  });
});
