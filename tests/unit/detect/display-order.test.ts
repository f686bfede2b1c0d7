// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { mayBeShuffled } from '@/lib/detect/display-order';
import { collectBlockText } from '@/lib/highlight/block-text';

const blockOf = (html: string) => {
  const owner = document.createElement('p');
  owner.innerHTML = html;
  document.body.append(owner);
  return collectBlockText(owner, () => false);
};

// Only blocks that pass this text-only test are asked for their style, and only then for their boxes (layout26): the
// pieces a layout can shuffle into a name, and no ordinary block of a listing page.
it.each([
  ['<span class="second">phant</span><span class="first">Ele</span>'],
  ['<span>africana</span> <span>Loxodonta</span>'],
  ['<span>cus erithacus</span><span>Psitta</span>'],
  ['Psitta<span style="position: absolute">sold out</span>cus erithacus'],
  ['<span style="display: inline-block">niloticus</span> <span style="display: inline-block">Crocodylus</span>'],
  // hostile28: two boxes on the line that may touch; the space their edges set in the text is not the page's.
  ['<span style="display: inline-block">Psitt</span><span style="display: inline-block">acus</span> erithacus'],
])('a run of pieces %j may be shuffled', (html) => expect(mayBeShuffled(blockOf(html))).toBe(true));

it.each([
  ['Grey parrot <b>Psittacus erithacus</b> for sale'],
  ['<a href="#">Grey parrot</a> <span>for sale</span>'],
  ['<b>Price</b>: 450 €'],
  ['<i>Loxodonta</i> <i>africana</i>, carved'],
  ['Elephant'],
  ['<span>Ivory</span>, <span>white</span>'],
  ['<span style="display: inline-block">Ivory</span> <span style="display: inline-block">white</span>'],
  [`<span>${'Carved netsuke from a private collection, '.repeat(4)}</span><b>Ele</b>phant`],
])('an ordinary block %j is not', (html) => expect(mayBeShuffled(blockOf(html))).toBe(false));
