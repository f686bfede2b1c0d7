/**
 * What an embedded frame without words costs Spoor (issue 14: "a frame with no text worth scanning (ads, trackers,
 * 1×1 frames) costs ≤ 1 ms"), from a DevTools trace of a tiny page holding an ad frame and a 1×1 pixel
 * (/generated/ad-frames.html, or ad-frames-cross.html with the frames on another site, as ads are): per load and
 * frame, the CPU (the trace's thread time) of every evaluation of an extension script there (`EvaluateScript`) and of
 * every call into one after it (`FunctionCall`: the yield's message, observer callbacks, animation frames, the
 * detector's slices). Frames are told apart by the trace's frame ids; the top frame's are left out.
 */
import type { BrowserContext } from 'playwright-core';
import { traced, type TraceEvent } from './trace.ts';

export interface FrameCost {
  /**
   * All the CPU of Spoor's scripts (evaluations and calls) in each embedded frame, ms, highest first. The first frame
   * of a renderer process pays for setting up Spoor's isolated world there (and, for the detector, its compile); the
   * next ones find what V8 compiled before. Empty when the frames' scripts had not run by the end of the trace (a busy
   * machine): the caller leaves such loads out and says how many.
   */
  framesCpuMs: number[];
  /** Which scripts were evaluated in the embedded frames (file names), each frame's list joined. */
  scripts: string;
}

type FrameEvent = TraceEvent & { args?: { data?: { frame?: string } } };

const cpu = (event: TraceEvent) => (event.tdur ?? event.dur ?? 0) / 1000;
const isSpoor = (event: TraceEvent) => (event.args?.data?.url ?? '').startsWith('chrome-extension://');

/**
 * One load of `url` (a page with embedded frames without words) and what Spoor's scripts cost in those frames.
 * @example (await embeddedFrameCost(spoor.context, `${origin}/generated/ad-frames.html`)).framesCpuMs // [3.7, 0.4]
 */
export async function embeddedFrameCost(context: BrowserContext, url: string): Promise<FrameCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { events, result: topFrame } = await traced(cdp, 'devtools.timeline', async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('spoor:pass').length > 0, undefined, {
      timeout: 30_000,
    });
    // The frames' scripts run at their document_idle, on a busy machine seconds later; their later calls by then.
    await page.waitForTimeout(3_000);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    return frameTree.frame.id;
  });
  await page.close();
  const byFrame = new Map<string, FrameEvent[]>();
  for (const event of events as FrameEvent[]) {
    const frame = event.args?.data?.frame;
    if (event.ph !== 'X' || !frame || frame === topFrame || !isSpoor(event)) continue;
    if (event.name !== 'EvaluateScript' && event.name !== 'FunctionCall') continue;
    byFrame.set(frame, [...(byFrame.get(frame) ?? []), event]);
  }
  // None on a busy machine: the frames' scripts had not run yet. The caller counts such loads and leaves them out.
  const frames = [...byFrame.values()];
  const sum = (list: FrameEvent[]) => list.reduce((total, event) => total + cpu(event), 0);
  return {
    framesCpuMs: frames.map(sum).sort((a, b) => b - a),
    scripts: frames
      .map((list) =>
        list
          .filter((event) => event.name === 'EvaluateScript')
          .map((event) => event.args!.data!.url!.split('/').slice(-1)[0])
          .join('+'),
      )
      .join(' '),
  };
}
