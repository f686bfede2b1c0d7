import type { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n/translate';
import { flaggedLine } from '@/lib/flags/format';
import type { Flag } from '@/lib/records/flag';

type Action = Pick<typeof browser.action, 'setBadgeBackgroundColor' | 'setTitle'>;

/**
 * Badge colour of a tab showing a flagged ad. The detect service owns the
 * badge text (the taxa count); flags only change colour and title.
 */
export const FLAGGED_BADGE_COLOR = '#1864ab';

/**
 * Marks a tab as showing an ad already flagged; `t` words the title in the UI language.
 * @example await showFlagged(browser.action, tabId, flag, t);
 */
export async function showFlagged(action: Action, tabId: number, flag: Flag, t: Translate): Promise<void> {
  await action.setBadgeBackgroundColor({ tabId, color: FLAGGED_BADGE_COLOR });
  await action.setTitle({ tabId, title: `Spoor: ${flaggedLine(flag, t)}` });
}

/**
 * Tells the researcher how a shortcut or menu flag went: those have no popup to answer in.
 * @example await showNote(browser.action, tabId, 'could not flag: …');
 */
export async function showNote(action: Action, tabId: number, note: string): Promise<void> {
  await action.setTitle({ tabId, title: `Spoor: ${note}` });
}
