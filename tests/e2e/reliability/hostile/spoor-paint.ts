import type { CDPSession, Frame, Page } from 'playwright-core';
import type { Category } from './page';

/**
 * What Spoor's painter holds in its own world of a page or frame (lib/highlight/painter.ts leaves it under
 * `__spoorPaint`), against what the page's `CSS.highlights` shows. The painter keeps every painted match, but registers
 * only the ranges of blocks within a viewport of the view: on a long page the registry holds a few of them.
 */
export interface SpoorPaint {
  /** The painter's matches by colour: every match found, near the view or far from it. */
  painted: Record<Category, number>;
  /** The painter's or the registry's ranges whose text left the document. */
  detached: number;
  /** Ranges in Spoor's registered Highlights that the painter does not hold. */
  strays: number;
  /** Painted blocks clearly within a viewport of the view (the observer's margin) with a range not registered. */
  nearUnregistered: number;
  /** Painted blocks clearly beyond that margin: how many, and how many with a range still registered. */
  far: number;
  farRegistered: number;
}

/** Whether the registry holds exactly the painter's ranges of the blocks near the view, and nothing detached. */
export const registersNearOnly = (paint: SpoorPaint | undefined): boolean =>
  !!paint && paint.nearUnregistered + paint.farRegistered + paint.strays + paint.detached === 0;

/**
 * Reads the painter's list in Spoor's world (so it runs there: self-contained). `word`: also counts its occurrences in
 * the page's text, read in the same task as the list on a page that keeps changing.
 */
function readPaint(word?: string): (SpoorPaint & { occurrences: number }) | undefined {
  type Own = [Map<string, unknown>, Map<Node, { range: Range; category: string }[]>];
  const own = (globalThis as unknown as { __spoorPaint?: Own }).__spoorPaint;
  if (!own) return undefined;
  const [marks, byOwner] = own;
  const registered = new Set<AbstractRange>();
  for (const category of marks.keys())
    for (const range of CSS.highlights.get(`spoor-${category}`) ?? []) registered.add(range);
  const painted: Record<string, number> = { 'app-i': 0, 'app-ii': 0, 'app-iii': 0, trade: 0 };
  const mine = new Set<AbstractRange>();
  let [nearUnregistered, far, farRegistered] = [0, 0, 0];
  // The observer's margin is a viewport on every side; a block within 2 px of its edge may be reported either way.
  const [height, width, slack] = [innerHeight, innerWidth, 2];
  for (const [owner, matches] of byOwner) {
    for (const { range, category } of matches) {
      mine.add(range);
      if (category in painted) painted[category]!++;
    }
    // A shadow root's own text has no box to observe: the painter always registers it.
    if (owner.nodeType !== 1) continue;
    const box = (owner as Element).getBoundingClientRect();
    const isRegistered = matches.map(({ range }) => registered.has(range));
    const within = (low: number, high: number, size: number) => high > -size + slack && low < 2 * size - slack;
    const beyond = (low: number, high: number, size: number) => high < -size - slack || low > 2 * size + slack;
    // A block without a box of its own (`display: contents`) counts as near, as the painter takes it.
    if (!box.height || (within(box.top, box.bottom, height) && within(box.left, box.right, width))) {
      if (isRegistered.includes(false)) nearUnregistered++;
    } else if (beyond(box.top, box.bottom, height) || beyond(box.left, box.right, width)) {
      far++;
      if (isRegistered.includes(true)) farRegistered++;
    }
  }
  const every = new Set([...mine, ...registered]);
  return {
    painted: painted as Record<Category, number>,
    detached: [...every].filter((range) => !range.startContainer.isConnected || !range.endContainer.isConnected).length,
    strays: [...registered].filter((range) => !mine.has(range)).length,
    nearUnregistered,
    far,
    farRegistered,
    occurrences: word ? (document.body?.textContent ?? '').split(word).length - 1 : 0,
  };
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

/** A DevTools session on a page or frame, and the isolated world Spoor's content script has in each of its frames. */
interface SpoorWorlds {
  session: CDPSession;
  byFrame: Map<string, number>;
}

/** One session a page or frame for its lifetime: a session attached for every reading would cost the page each time. */
const sessions = new WeakMap<Page | Frame, Promise<SpoorWorlds>>();

async function attach(target: Page | Frame): Promise<SpoorWorlds> {
  const page = 'context' in target ? target : target.page();
  // An out-of-process frame has a session of its own; a frame in the page's process is reached through the page's.
  const session = await page
    .context()
    .newCDPSession(target)
    .catch(() => page.context().newCDPSession(page));
  const byFrame = new Map<string, number>();
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const { type, frameId } = (context.auxData ?? {}) as { type?: string; frameId?: string };
    if (type === 'isolated' && frameId && context.origin.startsWith('chrome-extension://'))
      byFrame.set(frameId, context.id);
  });
  session.on('Runtime.executionContextsCleared', () => byFrame.clear());
  // Enabling reports every context that already exists before it answers.
  await session.send('Runtime.enable');
  return { session, byFrame };
}

/**
 * Runs `script` (self-contained: it runs in another world) in Spoor's isolated world of a page or frame over the
 * DevTools protocol, with `readPaint` at hand; undefined before Spoor's content script is there.
 */
async function inSpoorWorld<T, A>(
  target: Page | Frame,
  script: (arg: A, read: typeof readPaint) => T | Promise<T>,
  arg: A,
): Promise<T | undefined> {
  if (!sessions.has(target)) sessions.set(target, attach(target));
  const { session, byFrame } = await sessions.get(target)!;
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const find = (tree: FrameTree): string | undefined =>
    tree.frame.url === target.url() ? tree.frame.id : (tree.childFrames ?? []).map(find).find(Boolean);
  const frameId = 'context' in target ? frameTree.frame.id : find(frameTree);
  const contextId = frameId && byFrame.get(frameId);
  if (!contextId) return undefined;
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression: `(${script})(${JSON.stringify(arg)}, ${readPaint})`,
    contextId,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`in Spoor's world: ${exceptionDetails.exception?.description}`);
  return result.value as T;
}

/** The painter's list against the registry, read in Spoor's world. */
export const spoorPaint = (target: Page | Frame) =>
  inSpoorWorld(target, (_: null, read) => read(), null) as Promise<SpoorPaint | undefined>;

/** The painter's Appendix I matches against the occurrences of `word` in the page's text now, in one task. */
export const paintedAgainstText = (page: Page, word: string) =>
  inSpoorWorld(page, (text, read) => read(text), word).then((paint) => ({
    caughtUp: paint?.painted['app-i'] === paint?.occurrences && registersNearOnly(paint),
    paint,
  }));

/**
 * How many of the painter's Appendix I ranges inside `selector` are the very ranges the first call saw: a block
 * scanned again gets new ones. The first call's set is kept in Spoor's world.
 */
export const rangesKept = (page: Page, selector: string) =>
  inSpoorWorld(
    page,
    (inside) => {
      type Own = [unknown, Map<Node, { range: Range; category: string }[]>];
      const store = globalThis as unknown as { __spoorPaint: Own; keptByTest?: Set<Range> };
      const ranges = [...store.__spoorPaint[1].values()]
        .flat()
        .filter(({ range, category }) => category === 'app-i' && range.startContainer.parentElement?.closest(inside))
        .map(({ range }) => range);
      store.keptByTest ??= new Set(ranges);
      return ranges.filter((range) => store.keptByTest!.has(range)).length;
    },
    selector,
  );

/**
 * Scrolls the page to its end and counts animation frames until the registry again holds exactly the painter's
 * ranges near the view (the first frame is the one showing the scroll); `maxFrames + 1` if not within them.
 */
export const framesUntilRegisteredAtEnd = (page: Page, maxFrames: number) =>
  inSpoorWorld(
    page,
    async (frames, read) => {
      const settled = () => {
        const paint = read()!;
        return paint.nearUnregistered + paint.farRegistered + paint.strays === 0;
      };
      scrollTo(0, document.documentElement.scrollHeight);
      for (let frame = 1; frame <= frames; frame++) {
        await new Promise((done) => requestAnimationFrame(done));
        if (settled()) return frame;
      }
      return frames + 1;
    },
    maxFrames,
  );
