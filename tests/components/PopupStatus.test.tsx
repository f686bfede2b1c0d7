import { Blob as NodeBlob } from 'node:buffer';
import { screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { FlagPanel } from '@/components/FlagPanel';
import { sessionCanonicals } from '@/lib/browser/tab-canonicals';
import { announceFlagsChanged, FLAGS_STAMP_KEY, tabFlagKey } from '@/lib/browser/tab-flag-keys';
import { keptStatusOf } from '@/lib/browser/kept-status';
import { keepStatusesCurrent, sessionStatuses } from '@/lib/browser/tab-flag-status';
import { flagTab, type FlagDeps } from '@/lib/flags/flag-tab';
import { createFlagService } from '@/lib/flags/service';
import { rememberFlagged } from '@/lib/flags/tab-status';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { onCommitted } from '@/lib/storage/committed';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { depsWith, freshDb, PAGE, steppingClock } from '../unit/flags/support';
import { backgroundFor } from './FlagTestBackground';
import { render } from './render';

// jsdom's Blob does not survive structured cloning into fake-indexeddb (a browser's does).
globalThis.Blob = NodeBlob as unknown as typeof Blob;

const session = () => fakeBrowser.storage.session;
const announcing = (db: SpoorDb) => onCommitted(db, 'flags', () => void announceFlagsChanged(session()));

let deps: FlagDeps;
let tabId: number;
/** What the panel asked the background. */
let asked: string[];
let send: SendToBackground;

beforeEach(async () => {
  fakeBrowser.reset();
  asked = [];
  ({ deps } = await depsWith({}, announcing(await freshDb())));
  tabId = (await fakeBrowser.tabs.create({ url: PAGE })).id!;
  // The background keeps the statuses, as lib/browser/flags-service.ts wires it.
  keepStatusesCurrent(session(), Promise.resolve(deps), sessionCanonicals(session()), sessionStatuses(session()));
  const background = backgroundFor(deps);
  send = ((name, payload) => (asked.push(name), background.send(name, payload))) as SendToBackground;
});

/** What the popup reads for its tab (lib/browser/popup-opening.ts; its first module reads both keys at once). */
const popupRead = async () => keptStatusOf(await session().get([tabFlagKey(tabId), FLAGS_STAMP_KEY]), tabId, PAGE);

/** The popup's flag panel over the status the popup read; one it could not read would be asked of the background. */
async function openPanel() {
  const status = await popupRead();
  expect(status).toBeDefined();
  render(
    <FlagPanel
      tabId={tabId}
      send={send}
      storage={{ persisted: async () => true, persist: async () => true }}
      status={Promise.resolve(status!)}
    />,
  );
}

/**
 * Waits for the background to have kept the status (`flagged` or not) under the flags' latest stamp: a status kept,
 * not the moment between the stamp's change and the refresh, when none is current.
 */
const kept = (flagged: boolean) =>
  waitFor(async () => {
    const status = keptStatusOf(await session().get([tabFlagKey(tabId), FLAGS_STAMP_KEY]), tabId, PAGE);
    expect(status && status.flag !== null).toBe(flagged);
  });

describe('the popup’s flag status, read without the background', () => {
  it('shows an ad flagged before, then not flagged once the flag is deleted from the dashboard', async () => {
    const { flag } = await flagTab(deps, { tabId, trigger: 'button', ifFlagged: 'ask' });
    await rememberFlagged(
      deps,
      { id: tabId, windowId: 1, url: PAGE },
      flag,
      sessionCanonicals(session()),
      sessionStatuses(session()),
    );
    await kept(true);
    await openPanel();
    expect(await screen.findByText(/Flagged on 12 Mar 2026 by anna\.k/)).toBeTruthy();
    expect(asked).toEqual([]);

    const dashboard = createFlagService(announcing(await openSpoorDb()), steppingClock());
    await dashboard.remove(flag.id, 'ben', 'duplicate');
    await kept(false);
    await openPanel();
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Flag this ad' })).toHaveLength(2));
    expect(asked).toEqual([]);
  });
});
