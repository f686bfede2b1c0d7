import * as z from 'zod/mini';
import { ReportEntrySchema, type ReportEntry } from '@/lib/detect/report';
import { mergeReports, sortForDisplay } from '@/lib/detect/aggregate';
import { tabReportKey } from './tab-report-watch';

/** The slice of storage.session the store needs; browser.storage.session fits, and so does a fake. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const FramesSchema = z.record(z.string(), z.object({ url: z.string(), entries: z.array(ReportEntrySchema) }));
type Frames = z.infer<typeof FramesSchema>;

const keyOf = tabReportKey;

/** A tab's frames as storage.session gave them (not parsed): none when absent or not what the store writes. */
function framesFrom(stored: unknown): Frames {
  const parsed = FramesSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

async function readFrames(area: SessionArea, tabId: number): Promise<Frames> {
  return framesFrom((await area.get(keyOf(tabId)))[keyOf(tabId)]);
}

/**
 * A tab's findings as the popup shows them (all frames merged, sorted for display), from its report as
 * storage.session gave it: what the background answers `detect/tabReport` with, and what the popup reads itself.
 * @example const entries = tabReportFrom((await area.get(tabReportKey(tabId)))[tabReportKey(tabId)]);
 */
export function tabReportFrom(stored: unknown): ReportEntry[] {
  return sortForDisplay(mergeReports(Object.values(framesFrom(stored)).map((frame) => frame.entries)));
}

/**
 * A tab's findings as the popup shows them, read from storage.session.
 * @example const entries = await readTabReport(browser.storage.session, tabId);
 */
export async function readTabReport(area: Pick<SessionArea, 'get'>, tabId: number): Promise<ReportEntry[]> {
  return tabReportFrom((await area.get(keyOf(tabId)))[keyOf(tabId)]);
}

/**
 * Everything detected in a tab, all frames merged. Safe to call from any
 * background module (the flag service uses it to stamp a flag's detections).
 * @example const detections = await readTabDetections(browser.storage.session, tabId);
 */
export async function readTabDetections(area: SessionArea, tabId: number): Promise<ReportEntry[]> {
  return mergeReports(Object.values(await readFrames(area, tabId)).map((frame) => frame.entries));
}

export interface TabStore {
  /** Replaces one frame's report and returns the tab's merged detections. */
  saveFrame(tabId: number, frameId: number, url: string, entries: ReportEntry[]): Promise<ReportEntry[]>;
  clearTab(tabId: number): Promise<void>;
}

/**
 * Per-tab, per-frame reports kept in storage.session, so a service-worker
 * restart loses nothing. Writes run one after another: frames report
 * concurrently and a read-modify-write must not interleave with another.
 * @example const merged = await createTabStore(browser.storage.session).saveFrame(tabId, frameId, url, entries);
 */
export function createTabStore(area: SessionArea): TabStore {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    saveFrame: (tabId, frameId, url, entries) =>
      serial(async () => {
        const frames = await readFrames(area, tabId);
        if (entries.length === 0) delete frames[frameId];
        else frames[frameId] = { url, entries };
        await area.set({ [keyOf(tabId)]: frames });
        return mergeReports(Object.values(frames).map((frame) => frame.entries));
      }),
    clearTab: (tabId) => serial(() => area.remove(keyOf(tabId))),
  };
}
