import type { Handlers } from '@/lib/messaging/router';
import { base64FromBytes } from '@/lib/integrity/bytes';
import { flagTab, readTab, type FlagDeps } from '@/lib/flags/flag-tab';
import type { Flag } from '@/lib/records/flag';

export interface FlagHandlerOptions {
  deps: Promise<FlagDeps>;
  /** Called after the popup flagged a tab (the badge shows it). */
  onFlagged(tabId: number, flag: Flag): Promise<void>;
}

/**
 * The "flag/…" messages extension pages send to the background.
 * @example listen(browser.runtime, flagHandlers({ deps, onFlagged }));
 */
export function flagHandlers({ deps: ready, onFlagged }: FlagHandlerOptions): Handlers {
  const editor = async (deps: FlagDeps) => (await deps.researcher()).researcherId;
  return {
    'flag/status': async ({ tabId }) => {
      const deps = await ready;
      const reading = await readTab(deps, await deps.getTab(tabId));
      return { flag: (await deps.service.findByCanonicalUrl(reading.canonicalUrl)) ?? null };
    },
    'flag/capture': async ({ tabId, ifFlagged }) => {
      const result = await flagTab(await ready, { tabId, trigger: 'button', ifFlagged });
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
