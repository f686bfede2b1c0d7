import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isWorthScanning, whenWorthScanning } from '@/lib/detect/frame-worth';

/** A page embedding one frame with this body; returns the frame's window. */
function frameWith(body: string, size?: { width: number; height: number }): Window & typeof globalThis {
  const page = new JSDOM('<iframe></iframe>', { pretendToBeVisual: true }).window;
  const frame = page.document.querySelector('iframe')!.contentWindow! as Window & typeof globalThis;
  frame.document.body.innerHTML = body;
  if (size) {
    Object.defineProperty(frame, 'innerWidth', { value: size.width });
    Object.defineProperty(frame, 'innerHeight', { value: size.height });
  }
  return frame;
}

describe('which frames are worth a dictionary load', () => {
  it('the top frame always, even empty', () => {
    expect(isWorthScanning(new JSDOM('').window as unknown as Window)).toBe(true);
  });

  it('an embedded frame with words, or with a custom element that may hold them in its shadow root', () => {
    expect(isWorthScanning(frameWith('<p>Graupapagei zu verkaufen</p>'))).toBe(true);
    expect(isWorthScanning(frameWith('<listing-card></listing-card>'))).toBe(true);
  });

  it('not an ad frame of images and scripts, nor a 1×1 pixel with words', () => {
    expect(isWorthScanning(frameWith('<img src="ad.png"><script>var campaign = "tracking"</script><p> 12 </p>'))).toBe(
      false,
    );
    expect(isWorthScanning(frameWith('<p>Graupapagei</p>', { width: 1, height: 1 }))).toBe(false);
  });

  it('waits for an empty frame to gain words, and stops watching when the script ends', async () => {
    const frame = frameWith('<img src="ad.png">');
    let ready = false;
    const waiting = whenWorthScanning(frame, new AbortController().signal).then(() => (ready = true));
    await new Promise((resume) => setTimeout(resume, 50));
    expect(ready).toBe(false);
    frame.document.body.insertAdjacentHTML('beforeend', '<p>Psittacus erithacus</p>');
    await waiting;
    expect(ready).toBe(true);

    const stopped = new AbortController();
    const empty = frameWith('');
    let resolved = false;
    void whenWorthScanning(empty, stopped.signal).then(() => (resolved = true));
    stopped.abort();
    empty.document.body.textContent = 'Psittacus erithacus';
    await new Promise((resume) => setTimeout(resume, 100));
    expect(resolved).toBe(false);
  });
});
