import type { Handlers } from '@/lib/messaging/router';
import { base64FromBytes } from '@/lib/integrity/bytes';
import { flagTab, type FlagDeps } from '@/lib/flags/flag-tab';
import {
  flagOfTab,
  memoryCanonicals,
  rememberFlagged,
  type TabCanonicals,
  type TabStatuses,
} from '@/lib/flags/tab-status';
import type { Flag } from '@/lib/records/flag';

export interface FlagHandlerOptions {
  deps: Promise<FlagDeps>;
  /** Called after the popup flagged a tab (the badge shows it). */
  onFlagged(tabId: number, flag: Flag): Promise<void>;
  /** The canonical URLs read from tabs' pages (kept in memory when not given). */
  canonicals?: TabCanonicals;
  /** Where each tab's flag status is kept for the popup (none kept when not given). */
  statuses?: TabStatuses;
}

/**
 * The "flag/…" messages extension pages send to the background.
 * @example listen(browser.runtime, flagHandlers({ deps, onFlagged }));
 */
export function flagHandlers({
  deps: ready,
  onFlagged,
  canonicals = memoryCanonicals(),
  statuses,
}: FlagHandlerOptions): Handlers {
  const editor = async (deps: FlagDeps) => (await deps.researcher()).researcherId;
  return {
    'flag/status': async ({ tabId }) => {
      const deps = await ready;
      return { flag: await flagOfTab(deps, await deps.getTab(tabId), canonicals, statuses) };
    },
    'flag/capture': async ({ tabId, ifFlagged }) => {
      const deps = await ready;
      // The URL before the capture: a tab that navigates meanwhile is not tied to this ad.
      const tab = await deps.getTab(tabId);
      const result = await flagTab(deps, { tabId, trigger: 'button', ifFlagged });
      // The page was just read: the next popup on it finds the flag without reading it again.
      await rememberFlagged(deps, tab, result.flag, canonicals, statuses);
      await onFlagged(tabId, result.flag);
      return result;
    },
    'flag/edit': async ({ flagId, edit }) => {
      const deps = await ready;
      return deps.service.edit(flagId, edit, await editor(deps));
    },
    'flag/delete': async ({ flagId, reason }) => {
      const deps = await ready;
      await deps.service.remove(flagId, await editor(deps), reason);
      return { deleted: true as const };
    },
    'flag/get': async ({ flagId }) => {
      const { flag, tombstone, history } = await (await ready).service.history(flagId);
      return {
        flag,
        tombstone,
        history: { line: history.line, problems: history.problems, entries: history.entries.length },
      };
    },
    'flag/countUnnamed': async () => ({ flags: await (await ready).service.countUnnamed() }),
    'flag/claimUnnamed': async () => {
      const deps = await ready;
      return { flags: await deps.service.claimUnnamed(await deps.researcher()) };
    },
    'flag/artifact': async ({ sha256 }) => {
      const artifact = await (await ready).service.artifact(sha256);
      if (!artifact) throw new Error(`No evidence file ${sha256}`);
      return {
        mimeType: artifact.mimeType,
        base64: base64FromBytes(new Uint8Array(await artifact.blob.arrayBuffer())),
      };
    },
  };
}
