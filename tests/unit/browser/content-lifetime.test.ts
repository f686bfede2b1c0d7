import { describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { contentLifetime } from '@/lib/browser/content-lifetime';

const timers = { setInterval: () => 1, clearInterval: () => undefined } as unknown as Window;

describe('contentLifetime', () => {
  it('lasts while the extension is there and ends when runtime.id is gone', () => {
    const api = { runtime: { id: 'spoor' as string | undefined } };
    const lifetime = contentLifetime(api as unknown as typeof browser, timers);
    lifetime.check();
    expect(lifetime.signal.aborted).toBe(false);
    api.runtime.id = undefined;
    lifetime.check();
    expect(lifetime.signal.aborted).toBe(true);
  });

  it('ends when reading the runtime throws (the context was invalidated)', () => {
    const api = {
      get runtime(): never {
        throw new Error('Extension context invalidated.');
      },
    };
    const lifetime = contentLifetime(api as unknown as typeof browser, timers);
    lifetime.check();
    expect(lifetime.signal.aborted).toBe(true);
  });
});
