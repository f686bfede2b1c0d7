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
