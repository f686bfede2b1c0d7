/** Reads a page's JSON-LD blocks into a flat list of typed nodes, surviving broken markup. */

import { firstOf } from './text';

export type JsonNode = Record<string, unknown>;

/** Bounds for hostile pages: how many blocks, how big, how deep, how many nodes. */
const MAX_BLOCKS = 50;
const MAX_BLOCK_CHARS = 1_000_000;
const MAX_DEPTH = 12;
const MAX_NODES = 5_000;

/** Parses one block; raw control characters (newlines inside strings) are the usual breakage. */
function parseBlock(text: string): unknown {
  const body = text
    .replace(/^\s*(<!--|<!\[CDATA\[)/, '')
    .replace(/(-->|\]\]>)\s*$/, '')
    .trim();
  try {
    return JSON.parse(body);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex -- raw control characters are what breaks sellers' JSON-LD.
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

export function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The node's schema.org types without their prefix ("schema:Product", "http://schema.org/Product" → "Product").
 * @example typesOf({ '@type': ['Product', 'schema:Car'] }) // ['Product', 'Car']
 */
export function typesOf(node: JsonNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.split(/[/:#]/).at(-1) ?? type);
}

const parsed = new WeakMap<Document, JsonNode[]>();

/**
 * Every object in the JSON-LD blocks, top-level first (arrays and @graph flattened, nested nodes after); parsed once
 * per page.
 */
export function jsonLdNodes(doc: Document): JsonNode[] {
  let nodes = parsed.get(doc);
  if (!nodes) parsed.set(doc, (nodes = readNodes(doc)));
  return nodes;
}

function readNodes(doc: Document): JsonNode[] {
  const scripts = firstOf(doc.getElementsByTagName('script'), 2_000)
    .filter((script) => /ld\+json/i.test(script.getAttribute('type') ?? ''))
    .slice(0, MAX_BLOCKS);
  const topLevel: JsonNode[] = [];
  const nested: JsonNode[] = [];
  const visit = (value: unknown, depth: number, top: boolean): void => {
    if (depth > MAX_DEPTH || topLevel.length + nested.length >= MAX_NODES) return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, MAX_NODES)) visit(item, depth + 1, top);
      return;
    }
    if (!isNode(value)) return;
    const graph = value['@graph'];
    if (graph !== undefined) visit(graph, depth + 1, top);
    if (value['@type'] !== undefined) (top ? topLevel : nested).push(value);
    for (const [key, child] of Object.entries(value)) {
      if (key !== '@graph' && typeof child === 'object') visit(child, depth + 1, false);
    }
  };
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length <= MAX_BLOCK_CHARS) visit(parseBlock(text), 0, true);
  }
  return [...topLevel, ...nested];
}

/** A property's values as a list (JSON-LD allows one value or an array). */
export function valuesOf(node: JsonNode | undefined, key: string): unknown[] {
  const value = node?.[key];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.slice(0, 100) : [value];
}

/** A property's first node value. */
export function nodeOf(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return valuesOf(node, key).find(isNode);
}

/** A property's first text value (plain, number, or a `{ "@value": … }` literal). */
export function textValue(node: JsonNode | undefined, key: string): string | undefined {
  for (const value of valuesOf(node, key)) {
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (isNode(value) && (typeof value['@value'] === 'string' || typeof value['@value'] === 'number'))
      return String(value['@value']);
  }
  return undefined;
}
