import { beforeEach, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { englishT } from '@/lib/i18n/english';
import { FLAGGED_BADGE_COLOR } from '@/lib/browser/badge';
import type { FlagDeps } from '@/lib/flags/flag-tab';
import { FLAG_COMMAND, MENU_FLAG_LINK, MENU_FLAG_PAGE, registerFlagTriggers } from '@/lib/browser/flag-triggers';
import { depsWith } from '../flags/support';

type Listener = (...args: any[]) => unknown;

/**
 * The slice of the extension API the triggers use, recording what they do.
 * fake-browser has no commands or contextMenus; events here keep their
 * listeners so a test can fire them with the arguments Chrome passes.
 */
function fakeApi() {
  const event = () => {
    const listeners: Listener[] = [];
    return {
      listeners,
      addListener: (listener: Listener) => void listeners.push(listener),
      fire: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))),
    };
  };
  const menus: Array<{ id: string; contexts: string[] }> = [];
  const titles = new Map<number, string>();
  const colors = new Map<number, string>();
  const api = {
    runtime: { onInstalled: event() },
    commands: { onCommand: event() },
    contextMenus: {
      onClicked: event(),
      removeAll: async () => void menus.splice(0),
      create: (item: { id: string; contexts: string[] }) => void menus.push(item),
    },
    action: {
      setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void titles.set(tabId, title),
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) =>
        void colors.set(tabId, color),
    },
    tabs: { query: async () => [{ id: 7 }] },
  };
  return { api, menus, titles, colors };
}

let fake: ReturnType<typeof fakeApi>;
let deps: FlagDeps;

beforeEach(async () => {
  fake = fakeApi();
  ({ deps } = await depsWith());
  registerFlagTriggers(fake.api as unknown as typeof browser, async () => deps, englishT);
});

describe('flag triggers', () => {
  it('creates the page and link menu entries on install', async () => {
    await fake.api.runtime.onInstalled.fire({ reason: 'install' });
    await Promise.resolve();
    expect(fake.menus.map(({ id, contexts }) => [id, contexts])).toEqual([
      [MENU_FLAG_PAGE, ['page']],
      [MENU_FLAG_LINK, ['link']],
    ]);
  });

  it('flags the tab on the shortcut and marks its button', async () => {
    await fake.api.commands.onCommand.fire(FLAG_COMMAND, { id: 7 });
    const flag = await deps.service.findByCanonicalUrl('https://www.ebay.de/itm/123456');
    expect(flag!.observations[0]!.trigger).toBe('shortcut');
    expect(fake.colors.get(7)).toBe(FLAGGED_BADGE_COLOR);
    expect(fake.titles.get(7)).toBe('Spoor: Flagged on 12 Mar 2026 by anna.k');
  });

  it('tells who keeps the popup’s status which tab showed the ad it flagged, on the shortcut and the page menu', async () => {
    const heard: Array<{ tabId: number; url: string; flagId: string }> = [];
    const own = fakeApi();
    registerFlagTriggers(
      own.api as unknown as typeof browser,
      async () => deps,
      englishT,
      async (_d, tab, flag) => {
        heard.push({ tabId: tab.id, url: tab.url, flagId: flag.id });
      },
    );
    await own.api.commands.onCommand.fire(FLAG_COMMAND, { id: 7 });
    await own.api.contextMenus.onClicked.fire({ menuItemId: MENU_FLAG_PAGE }, { id: 7 });
    const flag = await deps.service.findByCanonicalUrl('https://www.ebay.de/itm/123456');
    const told = { tabId: 7, url: (await deps.getTab(7)).url, flagId: flag!.id };
    // The second is "already flagged": the tab still shows a flagged ad.
    expect(heard).toEqual([told, told]);
  });

  it('says so instead of adding a duplicate when the ad is already flagged', async () => {
    await fake.api.commands.onCommand.fire(FLAG_COMMAND, undefined);
    await fake.api.contextMenus.onClicked.fire({ menuItemId: MENU_FLAG_PAGE }, { id: 7 });
    expect(fake.titles.get(7)).toMatch(/^Spoor: this ad is already flagged: .* Open Spoor to add a new observation\.$/);
    expect((await deps.service.findByCanonicalUrl('https://www.ebay.de/itm/123456'))!.observations).toHaveLength(1);
  });

  it('flags a linked ad and reports it without recolouring the current page', async () => {
    await fake.api.contextMenus.onClicked.fire(
      { menuItemId: MENU_FLAG_LINK, linkUrl: 'https://www.ebay.de/itm/55', pageUrl: 'https://www.ebay.de/sch' },
      { id: 7 },
    );
    expect(fake.titles.get(7)).toBe('Spoor: flagged the linked ad (https://www.ebay.de/itm/55).');
    expect(fake.colors.has(7)).toBe(false);
  });

  it('shows why a flag failed', async () => {
    deps.getTab = () => Promise.reject(new Error('Only web pages can be flagged.'));
    await fake.api.commands.onCommand.fire(FLAG_COMMAND, { id: 7 });
    expect(fake.titles.get(7)).toBe('Spoor: could not flag this ad: Only web pages can be flagged.');
  });

  it('ignores commands and menu entries that are not its own', async () => {
    await fake.api.commands.onCommand.fire('_execute_action', { id: 7 });
    await fake.api.contextMenus.onClicked.fire({ menuItemId: 'other' }, { id: 7 });
    expect(fake.titles.size).toBe(0);
  });
});
