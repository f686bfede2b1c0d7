// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { ADDS_NOTHING, BREAKS, RUNS_ON, isInline, isSkipped, textRoleOf } from '@/lib/highlight/dom-rules';

const element = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};
const ownUi = (el: Element) => el.id === 'spoor-card';

it.each([
  ['<i>Psittacus</i>', RUNS_ON],
  ['<SPAN>x</SPAN>', RUNS_ON],
  ['<span contenteditable="">x</span>', BREAKS],
  ['<span contenteditable="false">x</span>', RUNS_ON],
  ['<span id="spoor-card">x</span>', BREAKS],
  ['<p>x</p>', BREAKS],
  ['<textarea>x</textarea>', BREAKS],
  ['<script>x</script>', ADDS_NOTHING],
  ['<style>x</style>', ADDS_NOTHING],
])('treats %s in a block as role %s', (html, role) => {
  expect(textRoleOf(element(html), ownUi)).toBe(role);
});

it.each([
  ['<i>x</i>', true, false],
  ['<div>x</div>', false, false],
  ['<svg><text>x</text></svg>', false, true],
  ['<div contenteditable="true">x</div>', false, true],
])('%s: inline %s, skipped %s (whatever case the DOM spells the tag in)', (html, inline, skipped) => {
  expect([isInline(element(html)), isSkipped(element(html), ownUi)]).toEqual([inline, skipped]);
});
