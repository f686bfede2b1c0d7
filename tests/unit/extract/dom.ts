import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { sharedDataPath } from '../../shared-data';

/** A document parsed the way a browser would, at `url` (scripts are not run). */
export function parseHtml(html: string, url = 'https://shop.example/ad/1'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** A real saved page from ../shared/data/pages. */
export function realPage(name: string, url: string): Document {
  return parseHtml(readFileSync(sharedDataPath(`pages/${name}`), 'utf8'), url);
}
