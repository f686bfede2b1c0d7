// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { sheetsSignature } from '@/lib/detect/reveal-watch';

// The count the later-hide watch compares (lib/detect/reveal-watch.ts); the e2e page tests/e2e/hidden-later.test.ts
// proves a swapped rule and a shadow root's adopted sheet unpaint a shown name in Chromium (jsdom's shadow roots have
// no sheets).

it('changes when a rule is swapped for another, the sheet holding as many rules', () => {
  document.head.innerHTML = '<style id="swap">#ad { color: #111 } p { margin: 0 }</style>';
  const sheet = (document.getElementById('swap') as HTMLStyleElement).sheet!;
  const before = sheetsSignature(document);
  expect(sheetsSignature(document)).toBe(before);
  sheet.deleteRule(0);
  sheet.insertRule('#ad { visibility: hidden }', 0);
  expect(sheet.cssRules).toHaveLength(2);
  expect(sheetsSignature(document)).not.toBe(before);
});

it('changes when a rule is edited in place: a declaration set, its text replaced, its selector changed', () => {
  document.head.innerHTML = '<style id="edit">#ad { color: #111 } p { margin: 0 } h1 { margin: 0 }</style>';
  const [colour, margin, heading] = [...(document.getElementById('edit') as HTMLStyleElement).sheet!.cssRules] as [
    CSSStyleRule,
    CSSStyleRule,
    CSSStyleRule,
  ];
  const edits = [
    () => colour.style.setProperty('color', 'white'),
    () => (margin.style.cssText = 'visibility: hidden'),
    () => (heading.selectorText = '#ad'),
  ];
  for (const edit of edits) {
    const before = sheetsSignature(document);
    expect(sheetsSignature(document)).toBe(before);
    edit();
    expect(sheetsSignature(document)).not.toBe(before);
  }
});
