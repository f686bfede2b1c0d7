import { expect, it } from 'vitest';
import { createSlicer, type SlicedWork } from '@/lib/scheduling/slicer';

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
      budgetMs: 8,
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
      budgetMs: 8,
    });
    slicer.wake();
    slicer.wake(); // a second wake while running does not move the start
  });
  expect(busySince).toBe(1001);
  expect(time).toBeGreaterThan(1030);
});

it('reports progress after a slice at most every progressEveryMs while work remains', async () => {
  let remaining = 100;
  let progress = 0;
  let time = 0;
  await new Promise<void>((resolve) => {
    createSlicer({
      step: () => --remaining > 0,
      onIdle: () => resolve(),
      onProgress: () => void progress++,
      progressEveryMs: 20,
      signal: new AbortController().signal,
      now: () => time++,
      budgetMs: 8,
    }).wake();
  });
  // About 100 clock readings in all: progress at most every 20 of them, never after the last slice.
  expect(progress).toBeGreaterThanOrEqual(3);
  expect(progress).toBeLessThanOrEqual(5);
});

it('reports progress after the first slice of a wake, so the first matches paint in the next frame', async () => {
  let remaining = 20;
  let time = 0;
  const progressAt: number[] = [];
  await new Promise<void>((resolve) => {
    createSlicer({
      step: () => --remaining > 0,
      onIdle: () => resolve(),
      onProgress: () => void progressAt.push(20 - remaining),
      progressEveryMs: 100,
      signal: new AbortController().signal,
      now: () => time++,
      budgetMs: 8,
    }).wake();
  });
  // One reading per step: the first slice takes about 8 steps, and the next progress is 100 readings away.
  expect(progressAt).toHaveLength(1);
  expect(progressAt[0]).toBeLessThanOrEqual(8);
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
      budgetMs: 8,
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
