import type { browser } from 'wxt/browser';

type Api = typeof browser;

/** How often a frame checks that its extension is still there (a reload or an uninstall ends it). */
const CHECK_EVERY_MS = 10_000;

export interface ContentLifetime {
  signal: AbortSignal;
  /** Checks now, e.g. after a failed send: ends the lifetime if the extension is gone. */
  check(): void;
}

/**
 * The content script's lifetime: it ends only when the extension context is
 * really gone (`runtime.id` turns undefined when Spoor is reloaded, updated or
 * removed). Nothing the page can send reaches it, unlike WXT's `ctx.signal`,
 * which any page replaying WXT's "content-script-started" event can abort (issue 10).
 * @example const lifetime = contentLifetime(browser, window); runDetect({ …, signal: lifetime.signal });
 */
export function contentLifetime(api: Api, win: Pick<Window, 'setInterval' | 'clearInterval'>): ContentLifetime {
  const controller = new AbortController();
  const check = () => {
    let alive: boolean;
    try {
      alive = api.runtime?.id !== undefined;
    } catch {
      alive = false;
    }
    if (!alive && !controller.signal.aborted) {
      win.clearInterval(timer);
      controller.abort(new Error('Spoor was reloaded or removed'));
    }
  };
  const timer = win.setInterval(check, CHECK_EVERY_MS);
  return { signal: controller.signal, check };
}
