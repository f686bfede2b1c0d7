// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { englishT } from '@/lib/i18n/english';
import { lazyHoverCard } from '@/lib/detect/lazy-match-card';
import { startHoverCard, type HoverCardFactory, type HoverCardOptions } from '@/lib/detect/match-card';
import { fixtureMatcher } from './fixture-dictionary';
import { fakePainter } from '../highlight/fake-highlights';
import { captureShadowRoots } from '../support/closed-shadow-roots';

/*
 * The hover card's code, watcher included, reaches a frame when it first paints a highlight (the background injects
 * it). The loader here hands over the real card when the test says so; jsdom lays nothing out, so where the layout
 * matters the test says where the word is.
 */

const matcher = fixtureMatcher();

const shadows = captureShadowRoots();
const stops: AbortController[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop.abort();
  document.body.replaceChildren();
  // The card's host sits on the root element, beside the body.
  for (const host of document.querySelectorAll('spoor-hover-card')) host.remove();
});

const shownTitle = () =>
  document.querySelector('spoor-hover-card') ? shadows.at(-1)!.querySelector('.title')!.textContent : undefined;

/** A loader the test settles: each call is counted and waits for `deliver` or `fail`; what it started with is kept. */
function loader() {
  const calls: { resolve(factory: HoverCardFactory): void; reject(error: Error): void }[] = [];
  const started: HoverCardOptions[] = [];
  const load = () => new Promise<HoverCardFactory>((resolve, reject) => calls.push({ resolve, reject }));
  const factory: HoverCardFactory = (options) => {
    started.push(options);
    return startHoverCard(options, englishT);
  };
  return {
    load,
    calls,
    started,
    deliver: async () => {
      calls.at(-1)!.resolve(factory);
      await Promise.resolve();
    },
    fail: async () => {
      calls.at(-1)!.reject(new Error('no tab'));
      await Promise.resolve();
    },
  };
}

/** A lazy card over a fake painter, with its own lifetime (ended after each test). */
function lazyCard(code: ReturnType<typeof loader>, concealed = () => false) {
  const stop = new AbortController();
  stops.push(stop);
  const { painter } = fakePainter();
  const card = lazyHoverCard(
    { doc: document, matcher, painter, shadowRoots: () => [], concealed, signal: stop.signal },
    code.load,
  );
  return { card, painter, stop };
}

/** Paints "Graupapagei" in a paragraph of its own, its box drawn at (10, 10) where jsdom has no layout. */
function paintParrot(painter: ReturnType<typeof lazyCard>['painter']): Text {
  const node = document.body
    .appendChild(document.createElement('p'))
    .appendChild(document.createTextNode('Graupapagei'));
  const range = document.createRange();
  range.selectNodeContents(node);
  const box = new DOMRect(10, 10, 50, 12);
  range.getBoundingClientRect = () => box;
  range.getClientRects = () => [box] as unknown as DOMRectList;
  painter.replace(node.parentElement!, [
    { range, category: 'app-i', terms: matcher.find('Graupapagei')[0]!.terms, nodes: [node] },
  ]);
  return node;
}

/** Lets the task the card's request is sent in run. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

const move = (x: number, y: number) => document.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y }));

it('loads nothing until asked, then once however often it is asked', async () => {
  const code = loader();
  const { card } = lazyCard(code);
  move(5, 5);
  expect(code.calls).toHaveLength(0);
  card.request();
  card.request();
  // Sent in a task of its own, not in the slice that painted.
  expect(code.calls).toHaveLength(0);
  await nextTask();
  expect(code.calls).toHaveLength(1);
  await code.deliver();
  card.request();
  await nextTask();
  expect(code.calls).toHaveLength(1);
  expect(code.started).toHaveLength(1);
});

it('hands the watcher where the pointer came to rest while the code was on its way, and nothing once it left', async () => {
  const code = loader();
  const { card } = lazyCard(code);
  move(1, 1);
  card.request();
  await nextTask();
  move(20, 30);
  await code.deliver();
  expect(code.started[0]!.pointer).toEqual({ x: 20, y: 30 });

  const other = loader();
  const { card: left } = lazyCard(other);
  left.request();
  await nextTask();
  move(20, 30);
  document.documentElement.dispatchEvent(new MouseEvent('mouseleave'));
  await other.deliver();
  expect(other.started[0]!.pointer).toBeUndefined();
});

it('shows the card of a highlight the pointer rests on when the code arrives', async () => {
  const code = loader();
  const { card, painter } = lazyCard(code);
  // Nothing painted yet: no name to open, so the keyboard command may try the top frame (name-command.ts).
  expect(card.next()).toBe(false);
  const node = paintParrot(painter);
  // The caret under a point inside the word, where jsdom has no layout.
  document.caretRangeFromPoint = () => {
    const caret = document.createRange();
    caret.setStart(node, 3);
    return caret;
  };
  card.request();
  await nextTask();
  move(30, 15);
  await code.deliver();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  expect(shownTitle()).toBe('Psittacus erithacus');
  const host = document.querySelector('spoor-hover-card')!;
  expect(card.owns(host)).toBe(true);
  card.hide();
  expect(document.querySelector('spoor-hover-card')).toBeNull();
  delete (document as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
});

it('owns nothing and hides nothing before the code arrives', () => {
  const code = loader();
  const { card } = lazyCard(code);
  card.request();
  expect(card.owns(document.createElement('spoor-hover-card'))).toBe(false);
  expect(() => card.hide()).not.toThrow();
});

it('tries again on the next request when the code could not be loaded, and starts nothing once the frame is done', async () => {
  const code = loader();
  const { card, stop } = lazyCard(code);
  card.request();
  await nextTask();
  await code.fail();
  expect(code.started).toHaveLength(0);
  card.request();
  await nextTask();
  expect(code.calls).toHaveLength(2);
  stop.abort();
  await code.deliver();
  expect(code.started).toHaveLength(0);
});

it('opens the next name from the keyboard, focused, once the code arrives if it was not here yet', async () => {
  const code = loader();
  const { card, painter } = lazyCard(code);
  // Nothing painted yet: no name to open, so the keyboard command may try the top frame (name-command.ts).
  expect(card.next()).toBe(false);
  const node = paintParrot(painter);
  // jsdom lays nothing out, so the word is out of its zero-height view: brought into it.
  const scrolled: Element[] = [];
  HTMLElement.prototype.scrollIntoView = function () {
    scrolled.push(this);
  };
  expect(card.next()).toBe(true);
  await nextTask();
  expect(shownTitle()).toBeUndefined();
  await code.deliver();
  expect(shownTitle()).toBe('Psittacus erithacus');
  expect(document.activeElement).toBe(document.querySelector('spoor-hover-card'));
  expect(scrolled).toEqual([node.parentElement]);
  delete (HTMLElement.prototype as { scrollIntoView?: unknown }).scrollIntoView;
});

it('before the code arrives, answers as the card will: no name once the painted ones are hidden or concealed', async () => {
  const code = loader();
  let concealed = false;
  const { card, painter } = lazyCard(code, () => concealed);
  paintParrot(painter);
  concealed = true;
  // Highlights taken off for a screenshot: no card to open here, so the keyboard command tries the top frame.
  expect(card.next()).toBe(false);
  concealed = false;
  // Hidden since it was painted (display: none lays it out with no box).
  const range = [...painter.painted()][0]!.range;
  range.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
  expect(card.next()).toBe(false);
  await nextTask();
  expect(code.calls).toHaveLength(0);
  range.getBoundingClientRect = () => new DOMRect(10, 10, 50, 12);
  expect(card.next()).toBe(true);
});
