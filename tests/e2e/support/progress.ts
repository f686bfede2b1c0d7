/**
 * How long a browser test waits for what it expects to happen: a bound that stops a hung wait, never a measure
 * (the wait ends as soon as its condition holds). Playwright's own default and the 20–40 s bounds the tests once
 * had timed out at load 40–60 on the 2-core machine, where a page's first highlights alone can take half a minute.
 * The e2e project's `expect.poll` default in vitest.config.ts is the same.
 */
export const PATIENCE_MS = 90_000;

/**
 * Waits for work that a busy machine makes slow but that keeps moving: `read()` is polled until `done`
 * holds, for as long as its value keeps changing. It fails only when the value has not changed for
 * `stallMs` — the work stopped, whatever the machine's speed — naming the last value seen.
 */
export async function untilDone<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { what, stallMs = 60_000, intervalMs = 250 }: { what: string; stallMs?: number; intervalMs?: number },
): Promise<T> {
  let value = await read();
  let seen = JSON.stringify(value);
  let lastChange = Date.now();
  while (!done(value)) {
    if (Date.now() - lastChange > stallMs)
      throw new Error(`${what}: no progress for ${stallMs / 1000} s; last seen ${seen}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await read();
    const now = JSON.stringify(value);
    if (now !== seen) {
      seen = now;
      lastChange = Date.now();
    }
  }
  return value;
}
