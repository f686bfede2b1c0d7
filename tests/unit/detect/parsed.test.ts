import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { whenParsed } from '@/lib/detect/parsed';

/** Whether the promise has settled once the tasks queued before this check have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resume) => setTimeout(resume, 20));
  return done;
}

describe('when a frame’s document is parsed', () => {
  it('resolves at once for a document already parsed (a frame injected late, about:blank)', async () => {
    const { window } = new JSDOM('<p>Psittacus erithacus</p>');
    await new Promise((resume) => window.addEventListener('load', resume));
    expect(await settled(whenParsed(window as unknown as Window))).toBe(true);
  });

  it('waits for DOMContentLoaded, which a page script stopping the event cannot hide', async () => {
    const { window } = new JSDOM('<p>Psittacus erithacus</p>');
    expect(window.document.readyState).toBe('loading');
    const parsed = whenParsed(window as unknown as Window);
    // The page's own listeners come after Spoor's, which registers while its script evaluates.
    window.addEventListener('DOMContentLoaded', (event) => event.stopImmediatePropagation(), true);
    await parsed;
    expect(window.document.readyState).not.toBe('loading');
  });

  it('is not hastened by a page’s own DOMContentLoaded while the parser still runs', async () => {
    const { window } = new JSDOM('<p>Psittacus erithacus</p>');
    await new Promise((resume) => window.addEventListener('load', resume));
    // A document still being parsed, as far as the script can tell.
    Object.defineProperty(window.document, 'readyState', { value: 'loading' });
    const parsed = whenParsed(window as unknown as Window);
    window.document.dispatchEvent(new window.Event('DOMContentLoaded', { bubbles: true }));
    expect(await settled(parsed)).toBe(false);
  });
});
