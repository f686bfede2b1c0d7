// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { firstLetterHidden, withHiddenFirstLetter } from '@/lib/detect/first-letter';
import { collectBlockText } from '@/lib/highlight/block-text';

const blockOf = (html: string) => {
  const owner = document.createElement('p');
  owner.className = 'lot';
  owner.innerHTML = html;
  document.body.append(owner);
  return collectBlockText(owner, () => false);
};
afterEach(() => document.body.replaceChildren());

/** A window whose ::first-letter boxes compute to `letter`: jsdom computes no pseudo-element's style. */
const drawing = (letter: Partial<CSSStyleDeclaration>) =>
  ({
    getComputedStyle: (element: Element, pseudo?: string) => ({
      ...window.getComputedStyle(element),
      ...(pseudo === '::first-letter' ? { fontSize: '16px', color: 'rgb(0, 0, 0)', ...letter } : {}),
    }),
  }) as unknown as Window;

it.each([
  ['a font size of 0', { fontSize: '0px' }, 'XPsittacus erithacus', ' Psittacus erithacus'],
  ['a transparent colour', { color: 'rgba(0, 0, 0, 0)' }, 'XLoxodonta', ' Loxodonta'],
  ['a transparent fill', { webkitTextFillColor: 'rgba(255, 0, 0, 0)' }, 'XLoxodonta', ' Loxodonta'],
  ['punctuation with the letter', { fontSize: '0px' }, '«X»<b>Python</b> regius', '   Python regius'],
])('reads a first letter hidden by %s as blank space, offsets kept', (_, letter, html, read) => {
  const block = blockOf(html);
  const hidden = withHiddenFirstLetter(block, '.lot', drawing(letter))!;
  expect(hidden.text).toBe(read);
  expect(hidden.starts).toEqual(block.starts);
});

it.each([
  ['a first letter that shows (a drop cap)', '.lot', { fontSize: '48px' }, 'Psittacus'],
  ['a block no rule names', '.other', { fontSize: '0px' }, 'Psittacus'],
  ['a block whose first letter is in a nested block', '.lot', { fontSize: '0px' }, '<div>X</div>Psittacus'],
])('leaves %s as written', (_, selector, letter, html) => {
  expect(withHiddenFirstLetter(blockOf(html), selector, drawing(letter))).toBeUndefined();
});

// hostile33: the first letter hidden by an inline element of its own, not by ::first-letter, under a ::before that
// draws another letter over it ("<span>X</span>mazona" shows "Amazona").
it.each([
  ['an inline element holding the letter alone, drawn in no space', '<span>X</span>mazona oratrix', '0px', true],
  ['the same, nested in another inline element', '<b><i>X</i></b>mazona oratrix', '0px', true],
  ['an inline element holding more than the letter', '<span>Xm</span>azona oratrix', '0px', false],
  ['an inline element that shows', '<span>X</span>mazona oratrix', '16px', false],
  ['a first letter in no element of its own', 'Xmazona oratrix', '0px', false],
])('tells whether %s hides the first letter', (_, html, fontSize, hidden) => {
  const owner = blockOf(html).owner as Element;
  const first = owner.firstElementChild?.firstElementChild ?? owner.firstElementChild;
  const win = {
    getComputedStyle: (element: Element, pseudo?: string) => ({
      fontSize: !pseudo && element === first ? fontSize : '16px',
      color: 'rgb(0, 0, 0)',
    }),
  } as unknown as Window;
  expect(firstLetterHidden(owner, win)).toBe(hidden);
});
