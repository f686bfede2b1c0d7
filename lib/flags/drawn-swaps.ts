/**
 * Pictures followed at most: the page's images and the elements with a background image when the watch begins. An ad
 * page has a few dozen; a page of thousands of thumbnails has its first ones followed.
 */
const MAX_PICTURES = 300;

/** Elements searched at most for a background image when the watch begins (one style read each). */
const MAX_BACKGROUND_SEARCH = 20_000;

/**
 * What draws a picture or a glyph and can be swapped for one frame without any text changing: the source of an image
 * (its `src` and `srcset`, a `<source>`'s `srcset`), an element's background image, and the page's font faces (a face
 * whose glyphs draw other letters, added or loaded for the screenshot and taken away after).
 */
export interface DrawnSwaps {
  /** Follows the pictures of a shadow root too (one the flag's first reading met). */
  follow(root: ShadowRoot): void;
  /** Reads what is drawn now, before a frame is drawn: whatever differs from the start was pictured. */
  frame(): void;
  /** Whether something pictured differently in a frame is back as it was at the start: swapped for the screenshot. */
  swappedBack(): boolean;
}

/**
 * Follows a page's pictures and font faces from the start of a flag's capture (capture-watch.ts). A picture or the
 * font faces seen otherwise in a frame and back as they were is a swap for the screenshot; a change that stays (a lazy
 * image loading, a web font arriving, a carousel turning) is the page's honest life and is no swap.
 * @example const swaps = watchDrawnSwaps(document); swaps.frame(); swaps.swappedBack()
 */
export function watchDrawnSwaps(doc: Document): DrawnSwaps {
  const view = doc.defaultView;
  const fonts = (doc as { fonts?: FontFaceSet }).fonts;
  /** What each followed picture or face drew at the start: a face added since drew nothing (ABSENT). */
  const atStart = new Map<Element | FontFace, string>();
  const searched = { left: MAX_BACKGROUND_SEARCH };
  const away = new Set<Element | FontFace>();
  const drawnNow = (what: Element | FontFace) => ('family' in what ? faceOf(what, fonts) : pictureOf(what, view));
  const follow = (scope: Document | ShadowRoot) => {
    for (const element of picturesOf(scope, view, MAX_PICTURES - atStart.size, searched))
      atStart.set(element, pictureOf(element, view));
  };
  for (const face of fonts ?? []) atStart.set(face, faceOf(face, fonts));
  follow(doc);
  return {
    follow,
    frame() {
      for (const face of fonts ?? []) if (!atStart.has(face)) atStart.set(face, ABSENT);
      for (const [what, drawn] of atStart)
        if (('family' in what || what.isConnected) && drawnNow(what) !== drawn) away.add(what);
    },
    swappedBack: () => [...away].some((what) => drawnNow(what) === atStart.get(what)),
  };
}

/** The images, `<source>`s and elements with a background image in a scope, `most` at most. */
function picturesOf(
  scope: Document | ShadowRoot,
  view: Window | null,
  most: number,
  searched: { left: number },
): Element[] {
  const pictures = [...scope.querySelectorAll('img, source')].slice(0, most);
  const walker = (scope.ownerDocument ?? (scope as Document)).createTreeWalker(scope, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node && searched.left-- > 0 && pictures.length < most; node = walker.nextNode())
    if (backgroundOf(node as Element, view) !== 'none') pictures.push(node as Element);
  return pictures;
}

/** What an element draws as a picture: an image's sources and its background image. */
function pictureOf(element: Element, view: Window | null): string {
  const sources = `${element.getAttribute('src') ?? ''} ${element.getAttribute('srcset') ?? ''}`;
  return `${sources}\n${backgroundOf(element, view)}`;
}

function backgroundOf(element: Element, view: Window | null): string {
  return view?.getComputedStyle(element).backgroundImage || 'none';
}

/** What a font face draws when it is not in the page's set. */
const ABSENT = '';

/** What a font face draws: its family, style, weight and range once its glyphs are in, while it is in the set. */
function faceOf(face: FontFace, fonts: FontFaceSet | undefined): string {
  if (!fonts?.has(face)) return ABSENT;
  return `${face.family} ${face.style} ${face.weight} ${face.unicodeRange} ${face.status === 'loaded'}`;
}
