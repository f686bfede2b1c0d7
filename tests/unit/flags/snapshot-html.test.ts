import { describe, expect, it } from 'vitest';
import { SNAPSHOT_CSP, snapshotHtml } from '@/lib/flags/snapshot-html';
import { parseHtml } from '../extract/dom';

const HOSTILE = `<!doctype html><html lang="de" data-x="a&quot;b<c>"><!-- seller --><head><title>Elfenbein</title>
  <script src="https://tracker.example/t.js"></script><link rel="stylesheet" href="https://cdn.example/s.css"></head>
  <body onload="beacon()"><h1>Elfenbein&nbsp;Schnitzerei &lt;img src=x&gt;</h1><img src="https://img.example/1.jpg"></body></html>`;

/** The snapshot read back as a browser would when it is opened from disk. */
const reopen = (html: string) => parseHtml(html, 'file:///evidence/snapshot.html');

describe('snapshotHtml', () => {
  it('puts the blocking policy first in the head, before any script or stylesheet', () => {
    const reopened = reopen(snapshotHtml(parseHtml(HOSTILE)));
    const first = reopened.head.firstElementChild!;
    expect([first.localName, first.getAttribute('http-equiv'), first.getAttribute('content')]).toEqual([
      'meta',
      'Content-Security-Policy',
      SNAPSHOT_CSP,
    ]);
    expect(SNAPSHOT_CSP).toMatch(/^default-src 'none';/);
  });

  it('keeps everything else as the page had it: doctype, attributes, comments, head and body', () => {
    const page = parseHtml(HOSTILE);
    const reopened = reopen(snapshotHtml(page));
    reopened.head.firstElementChild!.remove();
    expect(reopened.doctype?.name).toBe('html');
    expect(reopened.documentElement.outerHTML).toBe(page.documentElement.outerHTML);
    expect(reopened.documentElement.getAttribute('data-x')).toBe('a"b<c>');
  });

  it('gives a page whose scripts removed its head a head with the policy alone', () => {
    const page = parseHtml('<html><head></head><body><p>Python regius</p></body></html>');
    page.head.remove();
    const reopened = reopen(snapshotHtml(page));
    expect(reopened.head.outerHTML).toBe(
      `<head><meta http-equiv="Content-Security-Policy" content="${SNAPSHOT_CSP}"></head>`,
    );
    expect(reopened.body.textContent).toBe('Python regius');
  });
});
