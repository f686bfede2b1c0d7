import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { askWhenWorthScanning, isWorthScanning, whenWorthScanning } from '@/lib/detect/frame-worth';

type FrameWindow = Window & typeof globalThis;

/**
 * JSDOM lays nothing out and has no ResizeObserver: each frame gets a stand-in whose callbacks `sizeFrame` runs, as
 * Chrome does when it gives a frame its size.
 */
const sizeCallbacks = new WeakMap<FrameWindow, Set<() => void>>();

function standInResizeObserver(frame: FrameWindow): void {
  const callbacks = new Set<() => void>();
  sizeCallbacks.set(frame, callbacks);
  Object.defineProperty(frame, 'ResizeObserver', {
    value: class {
      constructor(private readonly callback: () => void) {}
      observe() {
        callbacks.add(this.callback);
      }
      disconnect() {
        callbacks.delete(this.callback);
      }
    },
  });
}

/** Gives the frame a viewport of this size, the way Chrome sizes a frame laid out late: no resize event. */
function sizeFrame(frame: FrameWindow, size: { width: number; height: number }): void {
  Object.defineProperty(frame, 'innerWidth', { value: size.width, configurable: true });
  Object.defineProperty(frame, 'innerHeight', { value: size.height, configurable: true });
  for (const callback of sizeCallbacks.get(frame) ?? []) callback();
}

/** A page embedding one frame with this body; returns the frame's window. */
function frameWith(body: string, size?: { width: number; height: number }): FrameWindow {
  const page = new JSDOM('<iframe></iframe>', { pretendToBeVisual: true }).window;
  const frame = page.document.querySelector('iframe')!.contentWindow! as FrameWindow;
  frame.document.body.innerHTML = body;
  standInResizeObserver(frame);
  if (size) sizeFrame(frame, size);
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

  it('not a frame whose only words are in scripts, styles, noscript or templates (HTML or SVG)', () => {
    const hidden =
      '<style>.ad { color: red }</style><noscript>Enable scripts</noscript><template><p>Graupapagei</p></template>' +
      '<svg><style>circle { fill: blue }</style></svg><script>var campaign = "spring"</script>';
    expect(isWorthScanning(frameWith(hidden))).toBe(false);
    expect(isWorthScanning(frameWith(`${hidden}<span>Graupapagei</span>`))).toBe(true);
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

  it('waits for a frame not yet laid out (0×0) until it is given a size, with no resize event', async () => {
    const frame = frameWith('<p>Graupapagei zu verkaufen</p>', { width: 0, height: 0 });
    let ready = false;
    const waiting = whenWorthScanning(frame).then(() => (ready = true));
    await new Promise((resume) => setTimeout(resume, 50));
    expect(ready).toBe(false);
    sizeFrame(frame, { width: 300, height: 150 });
    await waiting;
    expect(ready).toBe(true);
  });
});

describe('the frame script: asking for the detector', () => {
  const asker = () => {
    const asked: string[] = [];
    return { asked, ask: async () => void asked.push('detect/frame') };
  };

  it('never asks in the top frame, which the manifest gives the detector', async () => {
    const { asked, ask } = asker();
    askWhenWorthScanning(
      new JSDOM('<p>Graupapagei zu verkaufen</p>').window as unknown as Window & typeof globalThis,
      ask,
    );
    await new Promise((resume) => setTimeout(resume, 50));
    expect(asked).toEqual([]);
  });

  it('asks once for an embedded frame with words', async () => {
    const { asked, ask } = asker();
    askWhenWorthScanning(frameWith('<p>Graupapagei zu verkaufen</p>'), ask);
    await new Promise((resume) => setTimeout(resume, 50));
    expect(asked).toEqual(['detect/frame']);
  });

  it('asks for an ad frame only when it gains words, and a failed ask throws nothing', async () => {
    const { asked, ask } = asker();
    const frame = frameWith('<img src="ad.png">');
    askWhenWorthScanning(frame, ask);
    await new Promise((resume) => setTimeout(resume, 50));
    expect(asked).toEqual([]);
    frame.document.body.insertAdjacentHTML('beforeend', '<p>Psittacus erithacus</p>');
    await expect.poll(() => asked).toEqual(['detect/frame']);

    const failing = frameWith('<p>Psittacus erithacus</p>');
    let tried = 0;
    askWhenWorthScanning(failing, () => {
      tried += 1;
      return Promise.reject(new Error('Extension context invalidated.'));
    });
    await expect.poll(() => tried).toBe(1);
  });
});
