// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { relationalMatches, ruleChanges, snapshotRules } from '@/lib/flags/sheet-rules';

function pageWith(css: string, body: string): Document {
  document.head.innerHTML = `<style>${css}</style>`;
  document.body.innerHTML = body;
  return document;
}

const firstRule = (doc: Document) => doc.styleSheets[0]!.cssRules[0] as CSSStyleRule;

describe('the rules of a page’s sheets, compared', () => {
  it('sees a rule rewritten in place: a declaration set, the whole declaration text, its selector', () => {
    const doc = pageWith('#ad { color: black }', '<div id="ad">Price: 320 €</div>');
    const rule = firstRule(doc);
    let before = snapshotRules([doc]);
    expect(ruleChanges(before, snapshotRules([doc]))).toEqual([]);
    rule.style.setProperty('display', 'none');
    expect(ruleChanges(before, snapshotRules([doc]))).toEqual([[rule, doc]]);
    before = snapshotRules([doc]);
    rule.style.cssText = 'color: black';
    expect(ruleChanges(before, snapshotRules([doc]))).toEqual([[rule, doc]]);
    before = snapshotRules([doc]);
    rule.selectorText = '#decoy';
    expect(ruleChanges(before, snapshotRules([doc]))).toEqual([[rule, doc]]);
  });

  it('reads which elements a relational rule styles now, and leaves other rules out', () => {
    const doc = pageWith(
      '#switch.on ~ #ad { display: none } #ad { display: block }',
      '<i id="switch"></i><div id="ad">Price: 320 €</div>',
    );
    const relational = () => [...relationalMatches(snapshotRules([doc])).values()];
    expect(relational()).toEqual([[]]);
    doc.getElementById('switch')!.classList.add('on');
    expect(relational()).toEqual([[doc.getElementById('ad')]]);
  });
});
