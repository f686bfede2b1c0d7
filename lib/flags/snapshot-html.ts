/**
 * The Content-Security-Policy a page snapshot carries: opened later from the
 * evidence folder, it runs none of the seller's scripts and sends no request
 * (no tracker, image or font fetch that would tell the seller's server an
 * investigator is looking). Images and fonts inlined as data: URLs still show.
 */
export const SNAPSHOT_CSP =
  "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

const META = `<meta http-equiv="Content-Security-Policy" content="${SNAPSHOT_CSP}">`;

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

function startTag(element: Element): string {
  const attributes = [...element.attributes]
    .map((attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`)
    .join('');
  return `<${element.localName}${attributes}>`;
}

function serializeNode(node: Node, head: Element | null): string {
  if (node === head) return `${startTag(head)}${META}${head.innerHTML}</head>`;
  if (node.nodeType === node.ELEMENT_NODE) return (node as Element).outerHTML;
  if (node.nodeType === node.COMMENT_NODE) return `<!--${(node as Comment).data}-->`;
  return node.nodeType === node.TEXT_NODE ? escapeText((node as Text).data) : '';
}

/**
 * The live DOM as HTML (what the researcher saw, after scripts ran; Firefox's
 * stand-in for MHTML), with SNAPSHOT_CSP as the first element of its head so
 * the policy covers everything after it. Only that one element is added; a
 * page whose scripts removed its head gets one holding just the policy.
 * @example new Blob([snapshotHtml(document)], { type: 'text/html' })
 */
export function snapshotHtml(doc: Document): string {
  const root = doc.documentElement;
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  const head = [...root.children].find((child) => child.localName === 'head') ?? null;
  const children = [...root.childNodes].map((node) => serializeNode(node, head)).join('');
  return `${doctype}${startTag(root)}${head ? '' : `<head>${META}</head>`}${children}</${root.localName}>`;
}
