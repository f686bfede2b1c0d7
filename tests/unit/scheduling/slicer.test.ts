import { expect, it } from 'vitest';
import { createSlicer, NEXT_SLICE, type SlicedWork } from '@/lib/scheduling/slicer';

/** A clock that advances 1 ms whenever it is read: each step "costs" a millisecond. */
function steppingClock() {
  let time = 0;
  return () => time++;
}

it('runs the work in slices within the budget, then reports idle', async () => {
  let remaining = 100;
  const slices: number[] = [];
  let current = 0;
  const channel = new MessageChannel();
  const originalPost = channel.port2.postMessage.bind(channel.port2);
  channel.port2.postMessage = (message: unknown) => {
    slices.push(current);
    current = 0;
    originalPost(message);
  };
  const idle = new Promise<void>((resolve) => {
    createSlicer({
      step: () => {
        current++;
        return --remaining > 0;
      },
      onIdle: () => resolve(),
      signal: new AbortController().signal,
      now: steppingClock(),
      createChannel: () => channel,
    }).wake();
  });
  await idle;
  slices.push(current);
  expect(remaining).toBe(0);
  expect(Math.max(...slices)).toBeLessThanOrEqual(8);
  expect(slices.reduce((a, b) => a + b)).toBe(100);
  channel.port1.close();
});

/** Runs steps of the given costs (ms) on a clock only they advance; returns each slice's start and end. */
async function slicesOf(costs: number[]) {
  let time = 0;
  const slices = [{ start: 0, end: 0 }];
  const channel = new MessageChannel();
  const originalPost = channel.port2.postMessage.bind(channel.port2);
  channel.port2.postMessage = (message: unknown) => {
    slices.push({ start: time, end: time });
    originalPost(message);
  };
  await new Promise<void>((resolve) => {
    createSlicer({
      step: () => {
        time += costs.shift()!;
        slices.at(-1)!.end = time;
        return costs.length > 0;
      },
      onIdle: () => resolve(),
      signal: new AbortController().signal,
      now: () => time,
      createChannel: () => channel,
    }).wake();
  });
  channel.port1.close();
  // The first wake's post opens the first slice.
  return slices.slice(1);
}

it("starts no step that would end past the budget, judged by the slice's longest step so far", async () => {
  // The first step holds a 5 ms pause (a GC), the others take 1 ms.
  const ran = await slicesOf([5, ...Array.from({ length: 20 }, () => 1)]);
  // Without the judgement the first slice went on to 8 ms and one step past; after its long step it stops at once.
  expect(ran[0]).toEqual({ start: 0, end: 5 });
  expect(Math.max(...ran.map(({ start, end }) => end - start))).toBeLessThanOrEqual(8);
  expect(ran.reduce((sum, { start, end }) => sum + end - start, 0)).toBe(25);
});

it("judges a slice's first steps by the last slice's longest: a long step among short ones starts early enough", async () => {
  // Six steps of 1 ms, then one of 4 ms (a block with matches among blocks without), over and over.
  const ran = await slicesOf(Array.from({ length: 8 }, () => [1, 1, 1, 1, 1, 1, 4]).flat());
  const lengths = ran.map(({ start, end }) => end - start);
  // The first slice knows no long step yet: its six short ones leave 2 ms, and the long one takes it to 10. Every
  // later slice knows one (judged by their own longest alone, each went to 10 ms too).
  expect(lengths[0]).toBe(10);
  expect(Math.max(...lengths.slice(1))).toBeLessThanOrEqual(8);
  expect(lengths.reduce((sum, length) => sum + length, 0)).toBe(80);
});

it('ends a slice before a step that asks for a slice of its own, and runs that step first in the next', async () => {
  let time = 0;
  const slices: { begun: boolean; cost: number }[][] = [[]];
  const channel = new MessageChannel();
  const originalPost = channel.port2.postMessage.bind(channel.port2);
  channel.port2.postMessage = (message: unknown) => {
    slices.push([]);
    originalPost(message);
  };
  // Two short steps, then one that asks for a slice of its own (its code is cold) and takes 6 ms, then short ones.
  const costs = [1, 1, 6, 1, 1];
  let asked = false;
  await new Promise<void>((resolve) => {
    createSlicer({
      step: (sliceBegun) => {
        if (costs.length === 3 && sliceBegun && !asked) return ((asked = true), NEXT_SLICE);
        const cost = costs.shift()!;
        time += cost;
        slices.at(-1)!.push({ begun: sliceBegun, cost });
        return costs.length > 0;
      },
      onIdle: () => resolve(),
      signal: new AbortController().signal,
      now: () => time,
      createChannel: () => channel,
    }).wake();
  });
  channel.port1.close();
  // The first wake's post opens the first slice. Without NEXT_SLICE the first slice ran all three to 8 ms.
  const ran = slices.slice(1).map((slice) => slice.map(({ cost }) => cost));
  expect(ran[0]).toEqual([1, 1]);
  expect(ran[1]![0]).toBe(6);
  expect(slices[2]![0]!.begun).toBe(false);
  expect(ran.flat()).toEqual([1, 1, 6, 1, 1]);
});

it('does no work once aborted', async () => {
  const stop = new AbortController();
  let steps = 0;
  const slicer = createSlicer({ step: () => (steps++, true), onIdle: () => {}, signal: stop.signal });
  stop.abort();
  slicer.wake();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(steps).toBe(0);
});

it('tells onIdle when the work began: the first wake, not the last slice', async () => {
  let time = 1000;
  let remaining = 30;
  const busySince = await new Promise<number>((resolve) => {
    const slicer = createSlicer({
      step: () => --remaining > 0,
      onIdle: resolve,
      signal: new AbortController().signal,
      now: () => (time += 1),
    });
    slicer.wake();
    slicer.wake(); // a second wake while running does not move the start
  });
  expect(busySince).toBe(1001);
  expect(time).toBeGreaterThan(1030);
});

it('reports progress after the first slice of a wake, then at most every progressEveryMs, and at the end', async () => {
  let remaining = 100;
  let time = 0;
  const progressAt: { time: number; remaining: number }[] = [];
  await new Promise<void>((resolve) => {
    createSlicer({
      step: () => --remaining > 0,
      onIdle: () => resolve(),
      onProgress: () => void progressAt.push({ time, remaining }),
      progressEveryMs: 20,
      signal: new AbortController().signal,
      now: () => time++,
    }).wake();
  });
  // One clock reading per step: the first slice ends after about 8 steps, so the first matches paint in the next frame.
  expect(100 - progressAt[0]!.remaining).toBeLessThanOrEqual(8);
  const between = progressAt.slice(1, -1).map((progress, i) => progress.time - progressAt[i]!.time);
  expect(Math.min(...between)).toBeGreaterThanOrEqual(20);
  // The last slice shows everything, and its cost counts in the slice.
  expect(progressAt.at(-1)!.remaining).toBe(0);
});

it('runs a slice in the next animation frame after a wake, and shows its progress there', async () => {
  let remaining = 50;
  let frame: (() => void) | undefined;
  let progress = 0;
  const stop = new AbortController();
  const done = new Promise<void>((resolve) => {
    createSlicer({
      step: () => --remaining > 0,
      onIdle: () => resolve(),
      onProgress: () => void progress++,
      progressEveryMs: 1_000,
      signal: stop.signal,
      now: (() => {
        let time = 0;
        return () => time++;
      })(),
      requestFrame: (callback) => (frame = callback),
    }).wake();
  });
  expect(frame).toBeDefined();
  // The frame comes before the channel's first slice: its slice runs and paints.
  frame!();
  expect(remaining).toBeLessThan(50);
  expect(progress).toBe(1);
  await done;
  expect(remaining).toBe(0);
  // A frame asked for earlier that comes once the work is done does nothing.
  frame!();
  expect(remaining).toBe(0);
  stop.abort();
});

it('runs nothing before the frame a wake asks for; a timer starts the work when no frame comes', async () => {
  const stop = new AbortController();
  const run = (requestFrame: (callback: () => void) => unknown) => {
    let remaining = 30;
    let steps = 0;
    const done = new Promise<void>((resolve) => {
      createSlicer({
        step: () => (steps++, --remaining > 0),
        onIdle: () => resolve(),
        signal: stop.signal,
        requestFrame,
      }).wake();
    });
    return { done, steps: () => steps };
  };
  let frame: (() => void) | undefined;
  const framed = run((callback) => (frame = callback));
  // The channel's slices would have run by now.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(framed.steps()).toBe(0);
  frame!();
  expect(framed.steps()).toBeGreaterThan(0);
  await framed.done;
  // A frame asked for that never comes (a frame out of view): the work still gets done.
  const unframed = run(() => 1);
  await unframed.done;
  expect(unframed.steps()).toBe(30);
  stop.abort();
});

it("tells onIdle the slices' own time, not the page's tasks between them", async () => {
  let time = 0;
  let remaining = 30;
  const channel = new MessageChannel();
  const originalPost = channel.port2.postMessage.bind(channel.port2);
  // The page runs 100 ms of its own between two slices.
  channel.port2.postMessage = (message: unknown) => {
    time += 100;
    originalPost(message);
  };
  const [busySince, work] = await new Promise<[number, SlicedWork]>((resolve) => {
    createSlicer({
      step: () => --remaining > 0,
      onIdle: (since, work) => resolve([since, work]),
      signal: new AbortController().signal,
      now: () => time++,
      createChannel: () => channel,
    }).wake();
  });
  // 30 steps read the clock about 40 times in slices; the 4 or 5 waits add 100 each to the span only.
  expect(work.ms).toBeGreaterThanOrEqual(30);
  expect(work.ms).toBeLessThan(60);
  expect(work.longestSliceMs).toBeGreaterThanOrEqual(8);
  expect(work.longestSliceMs).toBeLessThanOrEqual(10);
  expect(time - busySince).toBeGreaterThan(400);
  channel.port1.close();
});

it('carries the start and the cost of work whose onIdle says it is not over into the next wake', async () => {
  let time = 0;
  let remaining = 20;
  const idles: [number, SlicedWork][] = [];
  let idle: () => void = () => {};
  const slicer = createSlicer({
    step: () => --remaining > 0,
    onIdle: (since, work) => {
      idles.push([since, { ...work }]);
      idle();
      return idles.length > 1;
    },
    signal: new AbortController().signal,
    now: () => time++,
  });
  await new Promise<void>((resolve) => ((idle = resolve), slicer.wake()));
  const [firstSince, firstWork] = idles[0]!;
  remaining = 20;
  time += 1000;
  await new Promise<void>((resolve) => ((idle = resolve), slicer.wake()));
  const [since, work] = idles[1]!;
  expect(since).toBe(firstSince);
  expect(work.ms).toBeGreaterThan(firstWork.ms * 1.5);
  expect(work.ms).toBeLessThan(100);
});

it('goes on past the budget in a frame while the work owes it, for a bounded number of steps; other slices do not', async () => {
  let remaining = 300;
  let owed = 10;
  let frame: (() => void) | undefined;
  let time = 0;
  const stop = new AbortController();
  createSlicer({
    step: () => (owed--, --remaining > 0),
    onIdle: () => {},
    signal: stop.signal,
    // Every read of the clock finds the budget spent: the thread waited for a core.
    now: () => (time += 20),
    requestFrame: (callback) => (frame = callback),
    owesFrame: () => owed > 0,
  }).wake();
  frame!();
  expect(remaining).toBe(290);
  // Owed without end, a frame's slice still stops: the bound is in steps.
  owed = Infinity;
  frame!();
  expect(290 - remaining).toBeLessThanOrEqual(64);
  expect(290 - remaining).toBeGreaterThan(10);
  // The channel's slices keep to the budget: with the clock always spent, they run no step.
  const before = remaining;
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(remaining).toBe(before);
  stop.abort();
});
