import {
  drawsRightToLeft,
  POP_DIRECTIONAL_FORMATTING as POP,
  readsDirectionOf,
  RIGHT_TO_LEFT_OVERRIDE as OVERRIDE,
  type BlockText,
} from '@/lib/highlight/block-text';

// A style sheet's class can draw a block's text backwards: `.flip { direction: rtl; unicode-bidi: bidi-override }`
// shows "<span class=flip>niebnefle</span>" as "Elfenbein", children and all. The block reader asks for the style of
// elements with a `style` attribute only (computing every inline element's would cost more than the scan), so the
// elements that the page's rules give an override (styledBlockSelectors) are wrapped here in the controls that read
// as they are drawn.

/**
 * The block's text with U+202E … U+202C around the text of each element matching `selector` whose computed style draws
 * it right to left with an override (outermost first when they nest); undefined when there is none. The block reader
 * has already wrapped an element with a `style` attribute, or a `<bdo dir="rtl">`.
 * @example withStyledOverrides(block, '.flip', window)?.text // 'Offer: \u202Eniebnefle\u202C'
 */
export function withStyledOverrides(block: BlockText, selector: string, win: Window): BlockText | undefined {
  if (!selector) return undefined;
  const drawsBackwards = new Map<Element, boolean>();
  const overrides = (element: Element): boolean => {
    let known = drawsBackwards.get(element);
    if (known === undefined) {
      known =
        !readsDirectionOf(element) &&
        element.matches(selector) &&
        drawsRightToLeft(element, win.getComputedStyle(element));
      drawsBackwards.set(element, known);
    }
    return known;
  };
  const { owner, nodes, starts } = block;
  let text = '';
  const newStarts: number[] = [];
  let open: Element[] = [];
  let from = 0;
  let any = false;
  nodes.forEach((node, index) => {
    const chain: Element[] = [];
    for (let element = node.parentElement; element; element = element.parentElement) {
      if (overrides(element)) chain.unshift(element);
      if (element === owner) break;
    }
    any ||= chain.length > 0;
    let shared = 0;
    while (shared < open.length && open[shared] === chain[shared]) shared++;
    const start = starts[index]!;
    text += POP.repeat(open.length - shared) + block.text.slice(from, start) + OVERRIDE.repeat(chain.length - shared);
    newStarts.push(text.length);
    from = start + node.data.length;
    text += block.text.slice(start, from);
    open = chain;
  });
  if (!any) return undefined;
  return { owner, nodes, starts: newStarts, text: text + POP.repeat(open.length) + block.text.slice(from) };
}
