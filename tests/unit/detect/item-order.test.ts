// @vitest-environment jsdom
import { expect, it } from 'vitest';
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
