import type { Translate } from '@/lib/i18n/translate';

/** One entry a hovered word stands for, as the card shows it: a listed one, or a species left out. */
export type CardItem = ListedCardItem | ExemptCardItem;

export interface ListedCardItem {
  /** Scientific name, or the trade term's English label. */
  title: string;
  kind: 'taxon' | 'trade' | 'code';
  appendix: string;
  euAnnex: string;
  /** The dictionary term that matched and its language ("Graupapagei", "de"). */
  term: string;
  lang: string;
  /** For trade terms and code words: the scientific names of the taxa implied. */
  implies: string[];
}

/** A species the Appendices leave out: named, said to be not listed, and why. */
export interface ExemptCardItem {
  kind: 'exempt';
  title: string;
  /** For a domesticated form: the listed species whose listing leaves it out. */
  domesticFormOf?: string;
}

export interface HoverCard {
  /**
   * Shows the card under (or above) `anchor`. `focus`: opened from the keyboard, the card takes focus as a dialog,
   * Escape closes it and gives focus back, and it closes when focus leaves it. Opened by the pointer, Escape closes it
   * where focus is (WCAG 1.4.13: dismissed without moving the pointer). `note`: a last line about the page (it
   * restyles Spoor's highlights).
   */
  show(items: CardItem[], anchor: DOMRect, focus?: boolean, note?: string): void;
  hide(): void;
  /** Whether an element is the card's host, so scanning and observing leave it alone. */
  owns(element: Element): boolean;
  /** Whether a point of the window is on the card shown, the gap to its word included. */
  covers(x: number, y: number): boolean;
}

const CARD_CSS = `
.card { box-sizing: border-box; max-width: 320px; padding: 8px 10px; border-radius: 6px;
  background: #1f2328; color: #f6f8fa; font: 12px/1.4 system-ui, sans-serif; box-shadow: 0 4px 14px #0006; }
/* Two tones, so the ring shows on light and dark pages alike: a white band against the card, a blue outline outside. */
.card:focus { outline: 2px solid #0969da; outline-offset: 2px; box-shadow: 0 0 0 2px #ffffff, 0 4px 14px #0006; }
@media (forced-colors: active) { .card { border: 1px solid CanvasText; } }
.item + .item { margin-top: 6px; padding-top: 6px; border-top: 1px solid #fff3; }
.title { font-weight: 600; font-size: 13px; }
.taxon .title, .exempt .title { font-style: italic; }
.meta, .implies { color: #c9d1d9; }
.note { margin-top: 6px; padding-top: 6px; border-top: 1px solid #fff3; }
`;
const KIND_LABEL = { taxon: 'hoverKindTaxon', trade: 'hoverKindTrade', code: 'hoverKindCode' } as const;

/**
 * The card's text lines for one item, in the language of `t`; the title and term are dictionary data, shown as they
 * are.
 */
function describeItem(item: CardItem, t: Translate, languageName: (code: string) => string) {
  if (item.kind === 'exempt') {
    const listing = item.domesticFormOf ? t('hoverDomesticForm', item.domesticFormOf) : t('hoverExempt');
    return { listing, matched: undefined, implies: undefined };
  }
  const appendix = item.appendix === 'nc' ? t('hoverNotListed') : t('hoverAppendix', item.appendix);
  const euAnnex = item.euAnnex === 'none' ? t('hoverNoEuAnnex') : t('hoverEuAnnex', item.euAnnex);
  return {
    listing: `${t(KIND_LABEL[item.kind])} · ${appendix} · ${euAnnex}`,
    matched: t('hoverMatched', [item.term, languageName(item.lang)]),
    implies: item.implies.length > 0 ? t('hoverImplies', item.implies.join(', ')) : undefined,
  };
}

/**
 * A hover card in a closed shadow root. Its host element exists only while
 * the card is shown, so the page's DOM is unchanged otherwise; `all: initial`
 * on the host and styles inside the shadow root keep page CSS out, and page
 * strings are set with `textContent` only. Labels come from `t` (the content
 * script passes `browser.i18n.getMessage`).
 * @example const card = createHoverCard(document, t); card.show(items, range.getBoundingClientRect());
 */
export function createHoverCard(doc: Document, t: Translate): HoverCard {
  let host: HTMLElement | undefined;
  // Every host ever made: the mutation observer sees a host's removal after `host` is reset.
  const hosts = new WeakSet<Element>();
  // Built on the first hover: the first message lookup and Intl.DisplayNames cost
  // tens of milliseconds, which every page would otherwise pay at load.
  let languages: Intl.DisplayNames | undefined;
  const languageName = (code: string) =>
    (languages ??= new Intl.DisplayNames(t('uiLocale'), { type: 'language', fallback: 'code' })).of(code) ?? code;
  let sheet: CSSStyleSheet | undefined;
  const cardSheet = () => {
    if (!sheet) {
      sheet = new doc.defaultView!.CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
    }
    return sheet;
  };

  const element = (parent: Node, tag: string, className: string, text?: string) => {
    const child = doc.createElement(tag);
    child.className = className;
    if (text !== undefined) child.textContent = text;
    parent.appendChild(child);
    return child;
  };

  // Named by its titles: a screen reader says what the word stands for, then reads the lines.
  const render = (items: CardItem[], focus: boolean, note?: string) => {
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', focus ? 'dialog' : 'tooltip');
    card.setAttribute('aria-labelledby', items.map((_, i) => `spoor-title-${i}`).join(' '));
    for (const [i, item] of items.entries()) {
      const box = element(card, 'div', `item ${item.kind}`);
      element(box, 'div', 'title', item.title).id = `spoor-title-${i}`;
      const { listing, matched, implies } = describeItem(item, t, languageName);
      element(box, 'div', 'meta', listing);
      if (matched) element(box, 'div', 'meta', matched);
      if (implies) element(box, 'div', 'implies', implies);
    }
    if (note) element(card, 'div', 'note', note);
    return card;
  };

  // Listens for Escape while a card the pointer opened is shown.
  let dismissal: AbortController | undefined;
  const hide = () => {
    dismissal?.abort();
    dismissal = undefined;
    const shown = host;
    host = undefined;
    shown?.remove();
  };

  // Where focus was before the keyboard opened a card: it goes back there on Escape, however many cards came between.
  let returnTo: Element | null = null;
  /** Focus goes to the card, and back to where it was on Escape; focus moving elsewhere closes it. */
  const takeFocus = (card: HTMLElement, shownHost: HTMLElement) => {
    card.tabIndex = -1;
    card.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      hide();
      if (returnTo instanceof doc.defaultView!.HTMLElement && returnTo.isConnected)
        returnTo.focus({ preventScroll: true });
    });
    card.addEventListener('focusout', () => host === shownHost && hide());
    card.focus({ preventScroll: true });
  };

  return {
    show(items, anchor, focus = false, note) {
      if (focus && !(host && doc.activeElement === host)) returnTo = doc.activeElement;
      hide();
      host = doc.createElement('spoor-hover-card');
      hosts.add(host);
      const style = host.style;
      style.setProperty('all', 'initial', 'important');
      style.setProperty('position', 'fixed', 'important');
      style.setProperty('z-index', '2147483647', 'important');
      style.setProperty('pointer-events', 'none', 'important');
      style.setProperty(
        'left',
        `${Math.max(4, Math.min(anchor.left, doc.documentElement.clientWidth - 328))}px`,
        'important',
      );
      // The gap to the word is the host's own padding: the pointer crosses it onto the card without leaving both.
      style.setProperty('top', `${anchor.bottom}px`, 'important');
      style.setProperty('padding-top', '6px', 'important');
      const shadow = host.attachShadow({ mode: 'closed' });
      shadow.adoptedStyleSheets = [cardSheet()];
      const card = shadow.appendChild(render(items, focus, note));
      doc.documentElement.appendChild(host);
      const height = host.getBoundingClientRect().height;
      if (anchor.bottom + height > doc.documentElement.clientHeight) {
        style.setProperty('padding', '0 0 6px', 'important');
        style.setProperty('top', `${Math.max(4, anchor.top - height)}px`, 'important');
      }
      if (focus) takeFocus(card, host);
      else {
        // The key still reaches the page: a page's own Escape (closing its menu) goes on working.
        dismissal = new AbortController();
        doc.addEventListener('keydown', (event) => event.key === 'Escape' && hide(), {
          capture: true,
          signal: dismissal.signal,
        });
      }
    },
    hide,
    owns: (candidate) => hosts.has(candidate),
    covers(x, y) {
      const box = host?.getBoundingClientRect();
      return !!box && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    },
  };
}
