import type { browser } from 'wxt/browser';
import { commandTab } from './content-commands';

/** The manifest's keyboard command (wxt.config.ts) that opens the next highlighted name's hover card. */
export const NEXT_NAME_COMMAND = 'next-name';

/** How long the frames have to say one of them opened a card: each answers at once, from its message listener. */
const FOCUSED_FRAME_ANSWER_MS = 1000;

/**
 * Passes the keyboard command on to the tab it was pressed in. The frame holding keyboard focus opens the card of its
 * next painted name, focused (lib/detect/match-card.ts), and answers; when none does (focus in the browser's toolbar,
 * or in an embedded frame with no names), the top frame opens its own, as a tab without frames does.
 * @example listenForNameCommand(browser);
 */
export function listenForNameCommand(api: typeof browser): void {
  api.commands.onCommand.addListener((command, tab) => {
    if (command === NEXT_NAME_COMMAND && tab?.id !== undefined) void openNextName(api, tab.id);
  });
}

async function openNextName(api: typeof browser, tabId: number): Promise<void> {
  const opened = await commandTab(api, tabId, 'detect/next-name', FOCUSED_FRAME_ANSWER_MS);
  if (opened === undefined) await commandTab(api, tabId, 'detect/next-name-top', 0);
}
