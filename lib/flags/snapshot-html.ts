/**
 * The Content-Security-Policy a page snapshot carries: opened later from the
 * evidence folder, it runs none of the seller's scripts and sends no request
 * (no tracker, image or font fetch that would tell the seller's server an
 * investigator is looking). Images and fonts inlined as data: URLs still show.
 */
export const SNAPSHOT_CSP =
  "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

/**
 * First in the file, before anything of the page: the policy, and no DNS
 * prefetching of the page's links (which the policy does not cover).
 */
export const SNAPSHOT_PREAMBLE =
  `<meta http-equiv="Content-Security-Policy" content="${SNAPSHOT_CSP}">` +
  '<meta http-equiv="x-dns-prefetch-control" content="off">';

/**
 * Elements kept as inert templates whatever their namespace: their content as
 * text, their attributes renamed. Links go too: preloads, prefetches and icons
 * load by themselves, and a snapshot's stylesheets are inline.
 */
const NEUTRALISED = new Set(['script', 'noscript', 'base', 'link']);
/** Elements with no content and no end tag (HTML namespace). */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose text the parser reads raw (HTML namespace): their text is written with no "<" at all. */
const RAW_TEXT = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Attributes that send a request or navigate by themselves, on any element. */
const ACTIVE_ATTRIBUTES = new Set(['http-equiv', 'ping', 'srcdoc', 'formaction', 'manifest']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const KNOWN_NS = new Set([HTML_NS, 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML']);
const SAFE_NAME = /^[a-zA-Z][a-zA-Z0-9._:-]*$/;
const SAFE_ATTRIBUTE = /^[a-zA-Z_:][a-zA-Z0-9._:-]*$/;
/** URL schemes that run code or documents when followed. */
const ACTIVE_URL = /^(?:javascript|vbscript|data:(?:text\/html|application\/xhtml|image\/svg))/;

/** An attribute value as HTML serialises it inside double quotes. */
const escapeAttribute = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('\u00A0', '&nbsp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
const escapeText = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('\u00A0', '&nbsp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
/** Raw text cannot be escaped with entities; "\3c " is "<" to CSS, and elsewhere raw text is not shown. */
const rawText = (value: string) => value.replaceAll('<', '\\3c ');
/** A comment that cannot end early or open markup, whatever its data holds. */
const commentText = (data: string) => {
  let safe = data;
  while (safe.includes('--')) safe = safe.replaceAll('--', '- -');
  if (safe.startsWith('>') || safe.startsWith('-')) safe = ` ${safe}`;
  return safe.endsWith('-') ? `${safe} ` : safe;
};

/** The name an element is written under, as the HTML serializer writes it. */
function tagName(element: Element): string {
  const name = element.namespaceURI && KNOWN_NS.has(element.namespaceURI) ? element.localName : element.nodeName;
  return SAFE_NAME.test(name) ? name : 'spoor-element';
}

/** Whether an attribute would act (run code, send a request, navigate, redirect) when the file is opened. */
function isActive(element: string, name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('on') || ACTIVE_ATTRIBUTES.has(lower)) return true;
  if (element === 'form' && lower === 'action') return true;
  // Browsers skip whitespace and control characters in a URL's scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- those control characters are what is stripped.
  return ACTIVE_URL.test(value.replace(/[\s\u0000-\u001F]+/g, '').toLowerCase());
}

function attributes(element: Element, name: string, neutralised: boolean): string {
  return [...element.attributes]
    .filter((attribute) => SAFE_ATTRIBUTE.test(attribute.name))
    .map((attribute) => {
      const kept = neutralised || isActive(name, attribute.name, attribute.value);
      const written = kept ? `data-spoor-${attribute.name.replaceAll(':', '-')}` : attribute.name;
      return ` ${written}="${escapeAttribute(attribute.value)}"`;
    })
    .join('');
}

/**
 * Characters of HTML a snapshot holds at most (UTF-16 units; a megabyte or three of UTF-8 each): a page past it has
 * no HTML snapshot, and the reason is kept instead. Far above an ad page's HTML, a few megabytes with its images' data.
 */
export const MAX_SNAPSHOT_CHARS = 32 * 2 ** 20;

/**
 * The live DOM as HTML (what the researcher saw, after scripts ran; Firefox's
 * stand-in for MHTML), made so that opening it calls no one: SNAPSHOT_CSP is
 * the first thing in the file, ahead of anything of the page; and whatever
 * the policy might miss is neutralised in every namespace, because an element
 * made in SVG or MathML is written out under the same tag and read back as
 * HTML: scripts, noscript, base and link become inert templates holding their
 * text; event handlers, meta http-equiv (refresh, cookies), pings, srcdoc,
 * form targets and javascript: URLs are renamed to data-spoor-…; raw text
 * and comments can no longer close their element. Values are kept, renamed,
 * as evidence of what the page held. Throws past `maxChars` (MAX_SNAPSHOT_CHARS), saying so.
 * @example new Blob([snapshotHtml(document)], { type: 'text/html' })
 */
export function snapshotHtml(doc: Document, maxChars = MAX_SNAPSHOT_CHARS): string {
  const out: string[] = [doc.doctype ? '<!DOCTYPE html>' : '', SNAPSHOT_PREAMBLE];
  let chars = 0;
  // Counted as written: a page of megabytes of data: URLs or text must not build a string larger than it may keep.
  const write = (piece: string) => {
    chars += piece.length;
    if (chars > maxChars)
      throw new Error(
        `the page's HTML passed ${maxChars.toLocaleString('en')} characters, Spoor's limit for a snapshot: not kept`,
      );
    out.push(piece);
  };
  // An explicit stack: pages nest thousands of levels deep.
  const stack: Array<Node | string> = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      write(item);
      continue;
    }
    if (item.nodeType === item.TEXT_NODE) {
      const parent = item.parentNode as Element | null;
      const raw = parent?.namespaceURI === HTML_NS && RAW_TEXT.has(parent.localName);
      write(raw ? rawText((item as Text).data) : escapeText((item as Text).data));
    } else if (item.nodeType === item.COMMENT_NODE) {
      write(`<!--${commentText((item as Comment).data)}-->`);
    } else if (item.nodeType === item.ELEMENT_NODE) {
      const element = item as Element;
      const name = tagName(element);
      const lower = name.toLowerCase();
      if (NEUTRALISED.has(lower)) {
        const text = escapeText(element.textContent ?? '');
        write(`<template data-spoor-neutralised="${lower}"${attributes(element, lower, true)}>${text}</template>`);
        continue;
      }
      write(`<${name}${attributes(element, lower, false)}>`);
      const html = element.namespaceURI === HTML_NS;
      if (html && VOID.has(lower)) continue;
      const content = html && lower === 'template' ? (element as HTMLTemplateElement).content : element;
      const children = [...content.childNodes].filter(
        (child) => !(html && RAW_TEXT.has(lower)) || child.nodeType === child.TEXT_NODE,
      );
      stack.push(`</${name}>`);
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
    }
  }
  return out.join('');
}

/** White space and "/" between a tag's name and attributes, as the HTML tokenizer skips them. */
const TAG_GAP = /[\t\n\f\r /]*/y;
const TAG_NAME = /[^\t\n\f\r />]+/y;
const ATTRIBUTE_NAME = /[^\t\n\f\r />][^\t\n\f\r />=]*/y;
const ATTRIBUTE_VALUE = /[\t\n\f\r ]*=[\t\n\f\r ]*("[^"]*"?|'[^']*'?|[^\t\n\f\r >]*)/y;

const matchAt = (pattern: RegExp, text: string, at: number) => {
  pattern.lastIndex = at;
  return pattern.exec(text);
};

/**
 * What in an HTML snapshot's markup, after its preamble, snapshotHtml never writes: an element it neutralises
 * (script, noscript, base, link) or an attribute that acts (an event handler, http-equiv, ping, a javascript: URL…).
 * Read as the HTML tokenizer reads tags (any case, "/" between attributes, unquoted values); comments skipped.
 * Spoor's own snapshots escape "<" in text, attribute values and raw text, so only a file made otherwise has one.
 * @example activeMarkup(`${SNAPSHOT_PREAMBLE}<meta http-equiv="refresh" content="0;url=…">`) // 'meta http-equiv'
 */
export function activeMarkup(html: string): string | undefined {
  let at = html.indexOf(SNAPSHOT_PREAMBLE);
  at = at < 0 ? 0 : at + SNAPSHOT_PREAMBLE.length;
  while ((at = html.indexOf('<', at)) >= 0) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end < 0) return undefined;
      at = end + 3;
      continue;
    }
    const name = /[a-zA-Z]/.test(html[at + 1] ?? '') ? matchAt(TAG_NAME, html, at + 1)?.[0] : undefined;
    at += 1;
    if (!name) continue;
    const element = name.toLowerCase();
    if (NEUTRALISED.has(element)) return element;
    at += name.length;
    for (;;) {
      at += matchAt(TAG_GAP, html, at)![0].length;
      const attribute = matchAt(ATTRIBUTE_NAME, html, at)?.[0];
      if (!attribute) break;
      at += attribute.length;
      const quoted = matchAt(ATTRIBUTE_VALUE, html, at);
      const raw = quoted?.[1] ?? '';
      at += quoted?.[0].length ?? 0;
      const value = /^["']/.test(raw) ? raw.slice(1, raw.endsWith(raw[0]!) && raw.length > 1 ? -1 : undefined) : raw;
      // data-* never acts; the writer keeps what it renamed there (data-spoor-onclick="javascript:…").
      if (!/^data-/i.test(attribute) && isActive(element, attribute, decodeEntities(value)))
        return `${element} ${attribute.toLowerCase()}`;
    }
  }
  return undefined;
}

/** The character references a URL's scheme could hide behind ("java&#9;script:", "&#106;avascript:"). */
function decodeEntities(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+);?|#([0-9]+);?|(tab|newline|colon);)/gi, (_all, hex, decimal, named) =>
    named
      ? { tab: '\t', newline: '\n', colon: ':' }[(named as string).toLowerCase() as 'tab']
      : String.fromCodePoint(Math.min(0x10ffff, hex ? parseInt(hex as string, 16) : parseInt(decimal as string, 10))),
  );
}
