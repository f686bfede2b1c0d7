import type { Page, Worker } from 'playwright-core';
import { checkConsistency } from '@/lib/storage/consistency';
import { readDatabase, type StoredState } from '../flag-support';

/** The database read in the service worker, and what checkConsistency finds wrong with it. */
export async function databaseWithProblems(worker: Worker): Promise<{ state: StoredState; problems: string[] }> {
  const state = await readDatabase(worker);
  return { state, problems: checkConsistency(state) };
}

/**
 * Sends one "flag/capture" message per tab id, all at once, from an extension
 * page (the popup), as the popup's buttons send them; returns each reply's
 * outcome or error. A tab id may repeat: with 'observe' each is an observation.
 */
export function captureAll(page: Page, tabIds: number[], ifFlagged: 'ask' | 'observe'): Promise<string[]> {
  return page.evaluate(
    ({ tabIds, ifFlagged }) =>
      Promise.all(
        tabIds.map(async (tabId) => {
          const reply = await chrome.runtime.sendMessage({ spoor: 1, name: 'flag/capture', payload: { tabId, ifFlagged } });
          return reply?.ok ? String(reply.value.outcome) : `error: ${reply?.error}`;
        }),
      ),
    { tabIds, ifFlagged },
  );
}
