import { describe, expect, it } from 'vitest';
import { SNAPSHOT_CSP, snapshotHtml } from '@/lib/flags/snapshot-html';
import { parseHtml } from '../extract/dom';
import { HOSTILE_TEXT, hostileMarkup, makeHostile } from './snapshot-hostile-dom';

const TRACKER = 'http://tracker.example';
const hostilePage = () => makeHostile(parseHtml(hostileMarkup(TRACKER)), TRACKER);

/** The snapshot read back as a browser would when it is opened from disk. */
const reopen = (html: string) => parseHtml(html, 'file:///evidence/snapshot.html');

/** Every element of a document, template contents left out (they are inert). */
const elementsOf = (doc: Document) => [...doc.querySelectorAll('*')];
const OUR_PRAGMAS = new Set(['content-security-policy', 'x-dns-prefetch-control']);

describe('snapshotHtml: a snapshot that cannot call home', () => {
  it('writes the blocking policy first in the file, before anything of the page', () => {
    const html = snapshotHtml(hostilePage());
    expect(html.replace(/^<!DOCTYPE html>/, '')).toMatch(
      new RegExp(`^<meta http-equiv="Content-Security-Policy" content="${SNAPSHOT_CSP}">`),
    );
    const first = reopen(html).head.firstElementChild!;
    expect([first.localName, first.getAttribute('http-equiv'), first.getAttribute('content')]).toEqual([
      'meta',
      'Content-Security-Policy',
      SNAPSHOT_CSP,
    ]);
    expect(SNAPSHOT_CSP).toMatch(/^default-src 'none';/);
  });

  it('leaves no script in any namespace, and keeps their text inert', () => {
    const reopened = reopen(snapshotHtml(hostilePage()));
    expect(elementsOf(reopened).filter((element) => element.localName.toLowerCase() === 'script')).toEqual([]);
    const neutralised = [...reopened.querySelectorAll('template[data-spoor-neutralised="script"]')];
    // Before head, SVG "SCRIPT", another namespace's "script" (the template's own is inside its inert content).
    expect(neutralised.length).toBeGreaterThanOrEqual(3);
    expect(neutralised.some((template) => template.innerHTML.includes('fetch('))).toBe(true);
  });

  it('leaves no event handler, http-equiv of the page (in any namespace), ping, srcdoc, form action or javascript: URL', () => {
    const reopened = reopen(snapshotHtml(hostilePage()));
    const offending = elementsOf(reopened).flatMap((element) =>
      [...element.attributes]
        .filter(({ name, value }) => {
          const lower = name.toLowerCase();
          if (lower.startsWith('data-spoor-')) return false; // renamed: inert, kept as evidence
          if (lower === 'http-equiv') return !OUR_PRAGMAS.has(value.toLowerCase());
          if (lower === 'action' && element.localName === 'form') return true;
          return (
            lower.startsWith('on') ||
            ['ping', 'srcdoc', 'formaction', 'manifest'].includes(lower) ||
            // eslint-disable-next-line no-control-regex -- browsers skip control characters in a scheme.
            /^(javascript|vbscript):/i.test(value.replace(/[\s\u0000-\u001F]+/g, ''))
          );
        })
        .map(({ name, value }) => `<${element.localName} ${name}="${value}">`),
    );
    expect(offending).toEqual([]);
  });

  it('leaves no base, link or noscript to act, and no comment or raw text that breaks out', () => {
    const reopened = reopen(snapshotHtml(hostilePage()));
    expect(elementsOf(reopened).filter((element) => ['base', 'link', 'noscript'].includes(element.localName))).toEqual(
      [],
    );
    // Markup hidden in a comment, a style sheet or an iframe's text stays text.
    expect(reopened.querySelectorAll('img[src*="breakout"]')).toHaveLength(0);
    expect(reopened.querySelectorAll('style')).toHaveLength(1);
  });

  it('keeps what the researcher saw: the text of the page, its images and attributes (renamed where they would act)', () => {
    const page = hostilePage();
    const reopened = reopen(snapshotHtml(page));
    expect(reopened.body.textContent).toContain(HOSTILE_TEXT);
    expect(reopened.documentElement.getAttribute('lang')).toBe('de');
    expect(reopened.querySelector('img[data-spoor-onerror]')?.getAttribute('data-spoor-onerror')).toBe(
      "fetch('http://tracker.example/img')",
    );
    expect(reopened.querySelector('template[data-spoor-neutralised="link"]')?.getAttribute('data-spoor-href')).toMatch(
      /^http:\/\/tracker\.example\//,
    );
  });

  // jsdom takes seconds to build so deep a tree on a busy machine: the timeout follows that work.
  it('serialises a page nested 5,000 levels deep without running out of stack', { timeout: 120_000 }, () => {
    const page = parseHtml(`<!doctype html><html><body>${'<span>'.repeat(5_000)}Python regius</body></html>`);
    expect(snapshotHtml(page)).toContain(`${'<span>'.repeat(5_000)}Python regius`);
  });

  it('stops at its limit, saying so, rather than build a string past it (a page of megabytes of data: URLs)', () => {
    const page = parseHtml(`<p>Python regius</p><img src="data:image/png;base64,${'A'.repeat(5_000)}">`);
    expect(() => snapshotHtml(page, 4_000)).toThrow(
      "the page's HTML passed 4,000 characters, Spoor's limit for a snapshot: not kept",
    );
    expect(snapshotHtml(page, 6_000)).toContain('Python regius');
  });
});
