import type { CDPSession, Frame, Page } from 'playwright-core';

/**
 * Every error a page's console shows, from every JavaScript world in it.
 * Playwright's `console` and `pageerror` events only cover the page's main
 * world, and Spoor's content script runs in an isolated world of its own, so
 * this listens over the DevTools protocol instead: `Runtime` reports uncaught
 * exceptions, unhandled rejections and console.error calls of every execution
 * context (the isolated ones included, each tagged with its origin:
 * chrome-extension://<id> for Spoor), and `Log` the browser's own messages
 * (CSP violations, failed loads). V8 keeps a frame's earlier console messages
 * and replays them on `Runtime.enable`, so a watch started late still sees them.
 */
export interface ConsoleWatch {
  /** "[origin] message" for each error so far; the origin is the world's, or "browser" for `Log` entries. */
  errors(): string[];
  /** The id of the isolated world whose origin starts with `origin` (Spoor's: chrome-extension://<id>). */
  worldOf(origin: string): number | undefined;
  session: CDPSession;
  stop(): Promise<void>;
}

interface ContextCreated {
  context: { id: number; origin: string; name: string; auxData?: { type?: string } };
}
interface ExceptionThrown {
  exceptionDetails: { executionContextId?: number; text: string; exception?: { description?: string } };
}
interface ConsoleCalled {
  type: string;
  executionContextId: number;
  args: { value?: unknown; description?: string }[];
}
interface LogEntry {
  entry: { level: string; source: string; text: string; url?: string };
}

/**
 * Starts watching a page (before `goto`, to see the very first errors) or an out-of-process frame.
 * @example const watch = await watchConsole(page); await page.goto(url); expect(watch.errors()).toEqual([]);
 */
export async function watchConsole(target: Page | Frame): Promise<ConsoleWatch> {
  const page = 'context' in target ? target : target.page();
  const session = await page.context().newCDPSession(target);
  const origins = new Map<number, string>();
  const isolated = new Map<string, number>();
  const errors: string[] = [];
  const originOf = (id: number | undefined) => (id === undefined ? 'unknown' : (origins.get(id) ?? `context ${id}`));

  session.on('Runtime.executionContextCreated', ({ context }: ContextCreated) => {
    origins.set(context.id, context.origin || context.name);
    if (context.auxData?.type === 'isolated') isolated.set(context.origin, context.id);
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: details }: ExceptionThrown) => {
    errors.push(`[${originOf(details.executionContextId)}] ${details.exception?.description ?? details.text}`);
  });
  session.on('Runtime.consoleAPICalled', (call: ConsoleCalled) => {
    if (call.type !== 'error' && call.type !== 'assert') return;
    const text = call.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
    errors.push(`[${originOf(call.executionContextId)}] console.${call.type}: ${text}`);
  });
  session.on('Log.entryAdded', ({ entry }: LogEntry) => {
    if (entry.level === 'error')
      errors.push(`[browser] ${entry.source}: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`);
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable');

  return {
    errors: () => [...errors],
    worldOf: (origin) => [...isolated].find(([worldOrigin]) => worldOrigin.startsWith(origin))?.[1],
    session,
    stop: () => session.detach().catch(() => {}),
  };
}
