// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { englishT } from '@/lib/i18n/english';
import type { PaintedMatch } from '@/lib/highlight/painter';
import { lazyMatchCard } from '@/lib/detect/lazy-match-card';
import { createMatchCard, type MatchCardFactory } from '@/lib/detect/match-card';
import { fixtureMatcher } from './fixture-dictionary';
import { captureShadowRoots } from '../support/closed-shadow-roots';

/*
 * The hover card's code reaches a frame on its first hover (the background injects it): until then the card
 * remembers what it was asked to show. The loader here hands over the real card when the test says so.
 */

const matcher = fixtureMatcher();

const shadows = captureShadowRoots();
afterEach(() => {
  document.body.replaceChildren();
  // The card's host sits on the root element, beside the body.
  for (const host of document.querySelectorAll('spoor-hover-card')) host.remove();
});

/** A painted match over a text of the page, as the painter keeps it. */
function painted(text: string): PaintedMatch {
  const node = document.body.appendChild(document.createElement('p')).appendChild(document.createTextNode(text));
  const range = document.createRange();
  range.selectNodeContents(node);
  // jsdom lays nothing out: the card is placed under this box.
  range.getBoundingClientRect = () => new DOMRect(10, 10, 50, 12);
  return { range, category: 'app-i', terms: matcher.find(text)[0]!.terms, nodes: [node] };
}

const shownTitle = () =>
  document.querySelector('spoor-hover-card') ? shadows.at(-1)!.querySelector('.title')!.textContent : undefined;

/** A loader the test settles: each call is counted and waits for `deliver` or `fail`. */
function loader() {
  const calls: { resolve(factory: MatchCardFactory): void; reject(error: Error): void }[] = [];
  const load = () => new Promise<MatchCardFactory>((resolve, reject) => calls.push({ resolve, reject }));
  const factory: MatchCardFactory = (doc, lists) => createMatchCard(doc, englishT, lists);
  return {
    load,
    calls,
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

it('loads the card once, on the first hover, and then shows the last match asked for', async () => {
  const code = loader();
  const card = lazyMatchCard(document, matcher, code.load);
  expect(code.calls).toHaveLength(0);
  card.show(painted('Graupapagei'));
  card.show(painted('python royal'));
  expect(code.calls).toHaveLength(1);
  expect(shownTitle()).toBeUndefined();
  await code.deliver();
  expect(shownTitle()).toBe('Python regius');
  card.show(painted('Graupapagei'));
  expect(shownTitle()).toBe('Psittacus erithacus');
  expect(code.calls).toHaveLength(1);
});

it('shows nothing when the pointer left before the card arrived', async () => {
  const code = loader();
  const card = lazyMatchCard(document, matcher, code.load);
  card.show(painted('Graupapagei'));
  card.hide();
  await code.deliver();
  expect(shownTitle()).toBeUndefined();
});

it('hides the card once loaded, and owns its host only then', async () => {
  const code = loader();
  const card = lazyMatchCard(document, matcher, code.load);
  const host = document.createElement('spoor-hover-card');
  expect(card.owns(host)).toBe(false);
  card.show(painted('Graupapagei'));
  await code.deliver();
  const shown = document.querySelector('spoor-hover-card')!;
  expect(card.owns(shown)).toBe(true);
  expect(card.owns(host)).toBe(false);
  card.hide();
  expect(document.querySelector('spoor-hover-card')).toBeNull();
});

it('tries again on the next hover when the card could not be loaded', async () => {
  const code = loader();
  const card = lazyMatchCard(document, matcher, code.load);
  card.show(painted('Graupapagei'));
  await code.fail();
  expect(shownTitle()).toBeUndefined();
  card.show(painted('Graupapagei'));
  expect(code.calls).toHaveLength(2);
  await code.deliver();
  expect(shownTitle()).toBe('Psittacus erithacus');
});
