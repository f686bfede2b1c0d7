import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import type { TestServer } from '../support/server';
import { openPopup, setResearcher, startFlagServer, openScannedPage } from '../flag-support';
import { untilDone } from '../support/progress';
import { captureAll, capturedSoFar, databaseWithProblems } from './faults-support';

const TABS = 4;
const FLAGS_PER_TAB = 50;

let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startFlagServer();
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.concurrency', survey: 'Faults' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** An ad page in its own tab, once its content script has reported (the badge shows a count). */
async function openAd(path: string): Promise<number> {
  const { tabId } = await openScannedPage(extension, server.url(path));
  return tabId;
}

describe('200 flags from 4 tabs at once', () => {
  // "Land" means: 200 observations (one per request; the same page flagged again becomes a new
  // observation of its flag, as the popup's "Add observation" does), each with its screenshot and
  // page snapshot stored and re-hashing to the recorded SHA-256, none missing, none duplicated,
  // one audit entry each. Chrome allows two screenshots a second, so this takes 100 s on a quiet machine and 230 s
  // at load 15: the captures are bounded by their progress (untilDone), the test's timeout only by a hung browser.
  it('every one lands, with its screenshot and snapshot, none lost or doubled', { timeout: 1_800_000 }, async () => {
    const paths = Array.from({ length: TABS }, (_, tab) => `/flag/ad-2.html?tab=${tab + 1}`);
    const tabIds: number[] = [];
    for (const path of paths) tabIds.push(await openAd(path));
    const popups = await Promise.all(tabIds.map((tabId) => openPopup(extension.context, extension.extensionId, tabId)));

    const [outcomes] = await Promise.all([
      Promise.all(
        popups.map((popup, tab) => captureAll(popup, Array<number>(FLAGS_PER_TAB).fill(tabIds[tab]!), 'observe')),
      ),
      untilDone(
        async () => (await Promise.all(popups.map(capturedSoFar))).reduce((sum, replies) => sum + replies, 0),
        (replies) => replies === TABS * FLAGS_PER_TAB,
        { what: 'the captures replied to', intervalMs: 1_000 },
      ),
    ]);

    for (const perTab of outcomes)
      expect(perTab.sort()).toEqual(['created', ...Array<string>(FLAGS_PER_TAB - 1).fill('observed')]);
    const { state, problems } = await databaseWithProblems(extension.serviceWorker);
    expect(problems).toEqual([]);
    expect(state.flags.map((flag) => flag.canonicalUrl).sort()).toEqual(paths.map((path) => server.url(path)).sort());
    const observations = state.flags.flatMap((flag) => flag.observations);
    expect(observations).toHaveLength(TABS * FLAGS_PER_TAB);
    expect(new Set(observations.map((observation) => observation.id)).size).toBe(TABS * FLAGS_PER_TAB);
    for (const flag of state.flags) expect(flag.observations).toHaveLength(FLAGS_PER_TAB);
    const stored = new Map(state.artifacts.map((artifact) => [artifact.key, artifact]));
    for (const observation of observations) {
      expect(observation.missing).toEqual([]);
      expect(observation.artifacts.map((ref: { kind: string }) => ref.kind)).toEqual(['screenshot', 'snapshot']);
      for (const ref of observation.artifacts)
        expect(stored.get(ref.sha256)).toMatchObject({ rehashed: ref.sha256, blobSize: ref.bytes });
    }
    const actions = state.audit.map((entry) => entry.action);
    expect(actions.filter((action) => action === 'create')).toHaveLength(TABS);
    expect(actions.filter((action) => action === 'observe')).toHaveLength(TABS * (FLAGS_PER_TAB - 1));
  });
});
