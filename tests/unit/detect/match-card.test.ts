// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { englishT } from '@/lib/i18n/english';
import { createMatchCard } from '@/lib/detect/match-card';
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
