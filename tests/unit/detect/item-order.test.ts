// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { itemsAround } from '@/lib/detect/item-order';

const firstItemOf = (html: string) => {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  return container.firstElementChild!;
};

// Only the items of a container that pass this text-only test are asked for the container's style, and only then for
// their boxes (blocks26): a short run of small items, one starting in lower case, and no card or list of cards.
it.each([
  ['<div>africana</div><div>Loxodonta</div>'],
  ['<div>thera tigris</div><div>Pan</div>'],
  ['<div>Python</div><div>regius</div><div>leather belt</div>'],
  ['<div><b>Ele</b></div><div>phant</div>'],
])('the items of %j may be pieces of a name', (html) =>
  expect(itemsAround(firstItemOf(html), () => false)).toBeDefined(),
);

it.each([
  ['<div>Grey parrot</div><div>Psittacus erithacus</div>'],
  ['<div>Loxodonta</div>'],
  ['<span>africana</span><span>Loxodonta</span>'],
  ['<div>africana</div><div>Loxodonta</div><script>var x</script>'],
  [`<div>carved netsuke</div><div>${'Elephant ivory from a private collection, '.repeat(4)}</div>`],
  ['<div><b>a</b><i>b</i><u>c</u><s>d</s></div><div>Loxodonta</div>'],
  [`${'<div>x</div>'.repeat(13)}`],
])('the items of %j are not', (html) => expect(itemsAround(firstItemOf(html), () => false)).toBeUndefined());

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Counts reads of the given getters of `proto` (Node or Element.prototype), each still answering as before. */
function countReads<T extends object>(proto: T, ...names: (keyof T & string)[]): () => number {
  let reads = 0;
  for (const name of names) {
    const { get } = Object.getOwnPropertyDescriptor(proto, name)!;
    vi.spyOn(proto, name as never, 'get').mockImplementation(function (this: T) {
      reads++;
      return get!.call(this);
    });
  }
  return () => reads;
}

/** Counts the steps from node to node (child, sibling, parent), and reads of what walks every child or node. */
function countWalking() {
  return {
    steps: countReads(Node.prototype, 'firstChild', 'nextSibling', 'parentNode'),
    elementSteps: countReads(Element.prototype, 'firstElementChild', 'nextElementSibling'),
    everyChild: countReads(Element.prototype, 'childElementCount', 'children'),
    wholeText: countReads(Node.prototype, 'textContent'),
  };
}

// A wrapper of a whole page's rows has few children but any number of nodes under them (stop 41's revert: a page of a
// million nodes took 97 s to badge). The text test walks a bounded number of nodes and asks no subtree for its text.
it.each([
  ['rows', '<div class="row"><span>#1</span> <b>Fahrrad</b> <i>jung</i></div>'.repeat(5_000)],
  ['comments', `${'<!-- -->'.repeat(5_000)}x`],
])('reads a bounded number of nodes of an item wrapping thousands of %s', (_, inside) => {
  const item = firstItemOf(`<div>africana</div><div><div>${inside}</div></div>`);
  const walking = countWalking();
  expect(itemsAround(item, () => false)).toBeUndefined();
  expect(walking.wholeText()).toBe(0);
  expect(walking.steps()).toBeLessThan(500);
});

// Each row of a long list asks for its container's items: counting them all (childElementCount walks every child in
// Chromium) made the test quadratic in the rows.
it('counts no more than a few items of a list of 2,000, for each of its rows', () => {
  const first = firstItemOf('<div>africana jung</div>'.repeat(2_000));
  const walking = countWalking();
  for (let row = first, n = 0; n < 100; row = row.nextElementSibling!, n++)
    expect(itemsAround(row, () => false)).toBeUndefined();
  expect(walking.everyChild()).toBe(0);
  expect(walking.elementSteps()).toBeLessThan(100 * 20);
});
