// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { blockTextReader, collectBlockText, rangeFor } from '@/lib/highlight/block-text';
import { blockOwner, isInsideSkipped } from '@/lib/highlight/dom-rules';

const noOwnUi = () => false;

function blockOf(html: string) {
  document.body.innerHTML = `<div id="block">${html}</div>`;
  return collectBlockText(document.getElementById('block')!, noOwnUi);
}

describe('collectBlockText', () => {
  it.each([
    ['inline elements join', '<i>Psittacus</i> <i>erithacus</i>', 'Psittacus erithacus'],
    ['a word split by <b>', 'Elfen<b>bein</b>schnitzerei', 'Elfenbeinschnitzerei'],
    ['nested inline elements', '<a href="#"><span><em>Grey</em></span> <strong>parrot</strong></a>', 'Grey parrot'],
    ['<br> breaks the line', 'Grey<br>parrot', 'Grey\u2028parrot'],
    ['<br><br> is one line break', 'Grey<br><br>parrot', 'Grey\u2028parrot'],
    ['a block after <br> breaks the block', 'Grey<br><div>x</div>parrot', 'Grey\u2028\nparrot'],
    ['a nested block breaks, its text is its own', 'Grey<div>parrot</div>for sale', 'Grey\nfor sale'],
    ['source line breaks read as spaces', 'Psittacus\n\t erithacus', 'Psittacus   erithacus'],
    ['script and style are skipped and do not break', 'Elfen<script>ivory</script>be<style>p{}</style>in', 'Elfenbein'],
    ['a textarea is skipped and breaks', 'a<textarea>ivory</textarea>b', 'a\nb'],
    [
      'editable regions are skipped',
      'a<span contenteditable="true">ivory</span>b<span contenteditable="false">c</span>',
      'a\nbc',
    ],
    ['inputs and selects are skipped', 'a<select><option>ivory</option></select><input value="ivory">b', 'a\nb'],
    ['svg is skipped', 'a<svg><text>ivory</text></svg>b', 'a\nb'],
  ])('%s', (_, html, text) => {
    expect(blockOf(html).text).toBe(text);
  });

  it('leaves Spoor’s own UI out', () => {
    document.body.innerHTML = '<p id="p">ivory<span id="ui">Ivory card</span> tusk</p>';
    const ui = document.getElementById('ui')!;
    expect(collectBlockText(document.getElementById('p')!, (el) => el === ui).text).toBe('ivory\n tusk');
  });

  it('records where each text node starts', () => {
    const block = blockOf('Elfen<b>bein</b><br>ivory');
    expect(block.nodes.map((n) => n.data)).toEqual(['Elfen', 'bein', 'ivory']);
    expect(block.starts).toEqual([0, 5, 10]);
  });
});

describe('rangeFor', () => {
  it.each([
    ['one node', 'Ivory for sale', 0, 5, 'Ivory', 1],
    ['inside one node', 'Real ivory tusk', 5, 10, 'ivory', 1],
    ['across elements', '<i>Psittacus</i> <i>erithacus</i>', 0, 19, 'Psittacus erithacus', 3],
    ['a word split by <b>', 'Elfen<b>bein</b>', 0, 9, 'Elfenbein', 2],
    ['ending at a node boundary', '<b>ivory</b> carving', 0, 5, 'ivory', 1],
    ['starting at a node boundary', 'old <b>ivory</b>', 4, 9, 'ivory', 1],
    ['after a break', 'a<br>ivory', 2, 7, 'ivory', 1],
  ])('maps %s', (_, html, start, end, text, nodeCount) => {
    const block = blockOf(html);
    const { range, nodes } = rangeFor(block, start, end, document);
    expect(range.toString()).toBe(text);
    expect(nodes).toHaveLength(nodeCount);
  });
});

describe('blockOwner', () => {
  it.each([
    ['<p id="owner"><b><i id="t">x</i></b></p>', 'owner'],
    ['<div id="owner"><p>a</p><span id="t">x</span></div>', 'owner'],
    ['<li id="owner"><a id="t" href="#">x</a></li>', 'owner'],
  ])('finds the nearest block of %s', (html, id) => {
    document.body.innerHTML = html;
    expect(blockOwner(document.getElementById('t')!.firstChild!)).toBe(document.getElementById(id));
  });

  it('stops at a shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<b>ivory</b>';
    expect(blockOwner(root.firstChild!.firstChild!)).toBe(root);
  });
});

it('isInsideSkipped looks through every ancestor', () => {
  document.body.innerHTML = '<div contenteditable><p><b id="t">x</b></p></div><p id="free">y</p>';
  expect(isInsideSkipped(document.getElementById('t')!, noOwnUi)).toBe(true);
  expect(isInsideSkipped(document.getElementById('free')!, noOwnUi)).toBe(false);
});

describe('blockTextReader', () => {
  it('reads a block a few nodes at a time into the same text as collectBlockText', () => {
    document.body.innerHTML = `<div id="block">${'Grey <i>par<b>rot</b></i><div>x</div> '.repeat(50)}<bdo dir="rtl">yrovi</bdo></div>`;
    const block = document.getElementById('block')!;
    const read = blockTextReader(block, noOwnUi);
    let calls = 1;
    let text;
    while (!(text = read(7))) calls++;
    expect(calls).toBeGreaterThan(10);
    const whole = collectBlockText(block, noOwnUi);
    expect(text.text).toBe(whole.text);
    expect(text.starts).toEqual(whole.starts);
    expect(text.nodes).toEqual(whole.nodes);
  });

  it('reads a text node of megabytes a piece per call, into the same text as collectBlockText', () => {
    document.body.innerHTML = '<pre id="block"></pre>';
    const block = document.getElementById('block')!;
    block.append('Grey parrot\n', `${'Posten\tFahrradteile\n'.repeat(60_000)}Graupapagei`, ' for sale');
    const read = blockTextReader(block, noOwnUi);
    let calls = 1;
    let text;
    while (!(text = read(256))) calls++;
    expect(calls).toBeGreaterThanOrEqual(5);
    const whole = collectBlockText(block, noOwnUi);
    expect(text.text).toBe(whole.text);
    expect(text.text.endsWith('Fahrradteile Graupapagei for sale')).toBe(true);
    expect(text.starts).toEqual(whole.starts);
    expect(text.nodes).toEqual(whole.nodes);
  });

  it('ends the read of a long text node that the page shortened between calls', () => {
    document.body.innerHTML = '<pre id="block"></pre>';
    const block = document.getElementById('block')!;
    block.append('ivory '.repeat(100_000));
    const read = blockTextReader(block, noOwnUi);
    expect(read(256)).toBeUndefined();
    (block.firstChild as Text).data = 'ivory';
    expect(read(256)!.nodes).toEqual([block.firstChild]);
  });

  it('stops where the page moved the next node out of the block since the last call', () => {
    document.body.innerHTML =
      '<div id="block">ivory <span id="moved">Grey <b>parrot</b></span> tusk</div><p id="away"></p>';
    const read = blockTextReader(document.getElementById('block')!, noOwnUi);
    expect(read(3)).toBeUndefined();
    document.getElementById('away')!.append(document.getElementById('moved')!);
    expect(read(100)!.text).toBe('ivory Grey ');
  });
});

it("reads each element's next sibling once", () => {
  document.body.innerHTML =
    '<div id="block">Grey <i>parrot</i> and <b>Psitt<span>acus</span></b> eri<em>thacus</em><br>for sale<div>x</div>.</div>';
  const nextSibling = Object.getOwnPropertyDescriptor(Node.prototype, 'nextSibling')!;
  const reads = new Map<Node, number>();
  const spy = vi.spyOn(Node.prototype, 'nextSibling', 'get').mockImplementation(function (this: Node) {
    reads.set(this, (reads.get(this) ?? 0) + 1);
    return nextSibling.get!.call(this);
  });
  try {
    expect(collectBlockText(document.getElementById('block')!, noOwnUi).text).toBe(
      'Grey parrot and Psittacus erithacus\u2028for sale\n.',
    );
  } finally {
    spy.mockRestore();
  }
  expect([...reads.values()].every((count) => count === 1)).toBe(true);
});
