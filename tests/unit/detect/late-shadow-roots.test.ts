// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchLateShadowRoots } from '@/lib/detect/late-shadow-roots';

/** A clock the test advances by hand: the delays the watch asks for, and the looks it makes. */
function manualClock() {
  const pending = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  let next = 1;
  return {
    win: {
      setTimeout: ((run: () => void, delay: number) => (
        pending.set(next, { at: now + delay, run }),
        next++
      )) as Window['setTimeout'],
      clearTimeout: ((id: number) => void pending.delete(id)) as Window['clearTimeout'],
    },
    /** Runs every timer due within `ms`, in order. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...pending.entries()]
          .filter(([, timer]) => timer.at <= end)
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
    pendingCount: () => pending.size,
  };
}

let stop: AbortController;
let clock: ReturnType<typeof manualClock>;
let adopted: ShadowRoot[];
let looks: number;

function watch() {
  return watchLateShadowRoots({
    win: clock.win,
    shadowRootOf: (element) => (looks++, element.shadowRoot),
    adopt: (root) => adopted.push(root),
    signal: stop.signal,
    delays: [100, 1_000],
  });
}

beforeEach(() => {
  stop = new AbortController();
  clock = manualClock();
  adopted = [];
  looks = 0;
  document.body.innerHTML = '<listing-card id="card"></listing-card><div id="plain"></div>';
});
afterEach(() => stop.abort());

const element = (id: string) => document.getElementById(id)!;

describe('watchLateShadowRoots', () => {
  it('adopts a root attached between two looks, once', () => {
    const late = watch();
    late.note(element('card'));
    clock.advance(100);
    expect(adopted).toEqual([]);
    const root = element('card').attachShadow({ mode: 'open' });
    clock.advance(1_000);
    expect(adopted).toEqual([root]);
    clock.advance(10_000);
    expect(adopted).toEqual([root]);
  });

  it('stops looking after its last delay, and starts again when another element is noted', () => {
    const late = watch();
    late.note(element('card'));
    clock.advance(1_100);
    expect(looks).toBe(2);
    expect(clock.pendingCount()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<photo-gallery id="gallery"></photo-gallery>');
    late.note(element('gallery'));
    const root = element('gallery').attachShadow({ mode: 'open' });
    clock.advance(100);
    expect(adopted).toEqual([root]);
  });

  it('ignores elements that are not custom elements, and forgets removed ones', () => {
    const late = watch();
    late.note(element('plain'));
    expect(clock.pendingCount()).toBe(0);
    late.note(element('card'));
    element('card').remove();
    clock.advance(100);
    expect(looks).toBe(0);
    expect(clock.pendingCount()).toBe(0);
  });

  it('watches at most its limit of elements', () => {
    document.body.innerHTML = Array.from({ length: 5 }, (_, n) => `<listing-card id="c${n}"></listing-card>`).join('');
    const late = watchLateShadowRoots({
      win: clock.win,
      shadowRootOf: (e) => (looks++, e.shadowRoot),
      adopt: (r) => adopted.push(r),
      signal: stop.signal,
      delays: [100],
      limit: 3,
    });
    for (let n = 0; n < 5; n++) late.note(element(`c${n}`));
    clock.advance(100);
    expect(looks).toBe(3);
  });

  it('stops on abort', () => {
    const late = watch();
    late.note(element('card'));
    stop.abort();
    expect(clock.pendingCount()).toBe(0);
  });
});
