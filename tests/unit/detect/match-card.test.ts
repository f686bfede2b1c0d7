// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { englishT } from '@/lib/i18n/english';
import { createMatchCard } from '@/lib/detect/match-card';
import { nextMatch } from '@/lib/detect/next-match';
import { scanSegment } from '@/lib/detect/scan-block';
import { collectBlockText } from '@/lib/highlight/block-text';
import type { PaintedMatch } from '@/lib/highlight/painter';
import { fixtureMatcher } from './fixture-dictionary';
import { captureShadowRoots } from '../support/closed-shadow-roots';

const shadows = captureShadowRoots();
afterEach(() => {
  document.body.replaceChildren();
  for (const host of document.querySelectorAll('spoor-hover-card')) host.remove();
});

/**
 * The fixture's matcher as a tab holds it before its entries' texts are all read: a walk of every entry throws what
 * pack/paged-text.ts's MissingText carries, a way to read them all, which the test settles.
 */
function unreadMatcher() {
  const matcher = fixtureMatcher();
  let read = false;
  let settle = () => {};
  const readAll = () => new Promise<void>((resolve) => (settle = resolve)).then(() => void (read = true));
  const entries = new Proxy(matcher.entries, {
    get(target, key, receiver) {
      if (key === 'filter' && !read) throw Object.assign(new Error('a part of the texts has not arrived'), { readAll });
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { matcher: { entries, terms: matcher.terms, find: matcher.find }, settle: () => settle() };
}

it("shows a trade term's implied taxa by id while the names are unread, then again with their names", async () => {
  const { matcher, settle } = unreadMatcher();
  const card = createMatchCard(document, englishT, matcher);
  const node = document.body.appendChild(document.createElement('p')).appendChild(document.createTextNode('Elfenbein'));
  const range = document.createRange();
  range.selectNodeContents(node);
  range.getBoundingClientRect = () => new DOMRect(10, 10, 50, 12);
  card.show({ range, category: 'trade', terms: matcher.find('Elfenbein')[0]!.terms, nodes: [node] });
  const cardText = () => shadows.at(-1)!.textContent;
  expect(cardText()).toContain('loxodonta-africana');
  settle();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(cardText()).toContain('Loxodonta africana');
  expect(cardText()).not.toContain('loxodonta-africana');
});

/** A painted match whose range lies at `box` (jsdom lays nothing out). */
function placed(box: DOMRect, terms: number[] = []): PaintedMatch {
  const range = document.createRange();
  range.getBoundingClientRect = () => box;
  return { range, category: 'app-ii', terms, nodes: [] };
}

it('goes from name to name in reading order, round at the end, past names with no box, from the first in view', () => {
  const below = placed(new DOMRect(10, 300, 40, 12));
  const aboveView = placed(new DOMRect(10, -80, 40, 12));
  const right = placed(new DOMRect(200, 40, 40, 12));
  const left = placed(new DOMRect(10, 40, 40, 12));
  const hidden = placed(new DOMRect(0, 0, 0, 0));
  const painted = [below, hidden, right, aboveView, left];
  expect(nextMatch(painted, undefined)).toBe(left);
  expect(nextMatch(painted, left)).toBe(right);
  expect(nextMatch(painted, right)).toBe(below);
  expect(nextMatch(painted, below)).toBe(aboveView);
  expect(nextMatch([hidden], undefined)).toBeUndefined();
  // Everything above the view: the first of them.
  expect(nextMatch([aboveView], placed(new DOMRect(0, 9, 1, 1)))).toBe(aboveView);
});

it('stops at each of two cards with the same title, whose second scan the matcher answers from memory', () => {
  const matcher = fixtureMatcher();
  const painted = [0, 1].flatMap((card) => {
    const title = document.body.appendChild(document.createElement('p'));
    title.textContent = 'Grey parrot, hand tame';
    const block = collectBlockText(title, () => false);
    const { painted } = scanSegment(block, matcher, document, 0, block.text.length);
    for (const match of painted) match.range.getBoundingClientRect = () => new DOMRect(10, 40 + 100 * card, 60, 12);
    return painted;
  });
  expect(painted).toHaveLength(2);
  expect(nextMatch(painted, undefined)).toBe(painted[0]);
  expect(nextMatch(painted, painted[0])).toBe(painted[1]);
  expect(nextMatch(painted, painted[1])).toBe(painted[0]);
});

it('stops once at a name painted in pieces (display-order.ts), at its first piece read', () => {
  const name = [3];
  const laterPiece = placed(new DOMRect(10, 80, 40, 12), name);
  const firstPiece = placed(new DOMRect(10, 40, 40, 12), name);
  const other = placed(new DOMRect(10, 200, 40, 12), [3]);
  const painted = [laterPiece, firstPiece, other];
  expect(nextMatch(painted, undefined)).toBe(firstPiece);
  expect(nextMatch(painted, firstPiece)).toBe(other);
  expect(nextMatch(painted, other)).toBe(firstPiece);
  // Opened at a piece the layout has since moved after its other piece: the next name still follows it.
  expect(nextMatch(painted, laterPiece)).toBe(other);
});

it('adds the note that the page restyles the highlights while it does, and not before', () => {
  const matcher = fixtureMatcher();
  let restyled = false;
  const card = createMatchCard(document, englishT, matcher, () => restyled);
  const node = document.body.appendChild(document.createElement('p')).appendChild(document.createTextNode('Elfenbein'));
  const range = document.createRange();
  range.selectNodeContents(node);
  range.getBoundingClientRect = () => new DOMRect(10, 10, 50, 12);
  const match: PaintedMatch = { range, category: 'trade', terms: matcher.find('Elfenbein')[0]!.terms, nodes: [node] };
  card.show(match);
  expect(shadows.at(-1)!.querySelector('.note')).toBeNull();
  restyled = true;
  card.show(match);
  expect(shadows.at(-1)!.querySelector('.note')?.textContent).toBe(
    'This page’s own style rules restyle Spoor’s highlights: Spoor paints over them.',
  );
});
