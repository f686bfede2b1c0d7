import { withJoinedName } from '@/lib/detect/join-blocks';
import { startPageScanner } from '@/lib/detect/page-scanner';
import { summarizeHits } from '@/lib/detect/tally';
import type { Matcher } from '@/lib/matching/matcher';
import { fakePainter } from '../highlight/fake-highlights';
import { standInResizeObserver } from './layout-reports';

/**
 * A scanner over jsdom's document with `html` as its body, names joined across blocks, until `signal` stops it.
 * `idle()`: the scanner's next idle (it works in later tasks, so asking right after what sets it working is in time);
 * `painted()`: what it paints as Appendix I, each range's text.
 * @example const page = scanningPage('<p>Loxodonta africana</p>', matcher, stop.signal); await page.idle();
 */
export function scanningPage(html: string, matcher: Matcher, signal: AbortSignal) {
  standInResizeObserver();
  document.body.innerHTML = html;
  const painted = fakePainter();
  let wake: () => void = () => {};
  const scanner = startPageScanner({
    doc: document,
    matcher,
    painter: painted.painter,
    ownUi: () => false,
    signal,
    onIdle: () => wake(),
    onShadowRoot: () => {},
    joinName: () => withJoinedName,
  });
  return {
    scanner,
    idle: () => new Promise<void>((resolve) => (wake = resolve)),
    painted: () => painted.texts('spoor-app-i'),
  };
}

/**
 * A whole page (jsdom's document) scanned until the scanner settles, with names joined across blocks: what it paints
 * as Appendix I (each range's text), the entries it counts, with their counts, and the entries named in attributes.
 * @example const { texts, counts } = await settledScan('<p>Loxodonta</p><p>africana</p>', matcher);
 */
export async function settledScan(html: string, matcher: Matcher) {
  const stop = new AbortController();
  const { scanner, idle, painted } = scanningPage(html, matcher, stop.signal);
  await idle();
  const counts = summarizeHits(scanner.hits(), matcher.entries).map((entry) => [entry.entryId, entry.count] as const);
  const texts = painted();
  // Names in attributes and form values: counted apart, never painted.
  const described = summarizeHits([], matcher.entries, scanner.attributeHits()).map((entry) => entry.entryId);
  stop.abort();
  return { texts, counts, described };
}
