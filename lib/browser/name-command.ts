import type { browser } from 'wxt/browser';
import { commandTab } from './content-commands';

/** The manifest's keyboard command (wxt.config.ts) that opens the next highlighted name's hover card. */
export const NEXT_NAME_COMMAND = 'next-name';

/**
 * Passes the keyboard command on to the tab it was pressed in: its top frame opens the card of the next painted name
 * and puts focus on it (lib/detect/match-card.ts). Nothing waits for an answer: a tab without Spoor has no card.
 * @example listenForNameCommand(browser);
 */
export function listenForNameCommand(api: typeof browser): void {
  api.commands.onCommand.addListener((command, tab) => {
    if (command === NEXT_NAME_COMMAND && tab?.id !== undefined) void commandTab(api, tab.id, 'detect/next-name', 0);
  });
}
