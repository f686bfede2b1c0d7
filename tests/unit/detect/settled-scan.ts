import { withJoinedName } from '@/lib/detect/join-blocks';
import { startPageScanner } from '@/lib/detect/page-scanner';
import { summarizeHits } from '@/lib/detect/tally';
import type { Matcher } from '@/lib/matching/matcher';
import { fakePainter } from '../highlight/fake-highlights';
import { standInResizeObserver } from './layout-reports';

/**
 * A whole page (jsdom's document) scanned until the scanner settles, with names joined across blocks: what it paints
 * as Appendix I (each range's text), the entries it counts, with their counts, and the entries named in attributes.
 * @example const { texts, counts } = await settledScan('<p>Loxodonta</p><p>africana</p>', matcher);
 */
export async function settledScan(html: string, matcher: Matcher) {
  standInResizeObserver();
  document.body.innerHTML = html;
  const stop = new AbortController();
  const painted = fakePainter();
  let wake: () => void = () => {};
  const idle = new Promise<void>((resolve) => (wake = resolve));
  const scanner = startPageScanner({
    doc: document,
    matcher,
    painter: painted.painter,
    ownUi: () => false,
    signal: stop.signal,
    onIdle: () => wake(),
    onShadowRoot: () => {},
    joinName: () => withJoinedName,
  });
  await idle;
  const counts = summarizeHits(scanner.hits(), matcher.entries).map((entry) => [entry.entryId, entry.count] as const);
  const texts = painted.texts('spoor-app-i');
  // Names in attributes and form values: counted apart, never painted.
  const described = summarizeHits([], matcher.entries, scanner.attributeHits()).map((entry) => entry.entryId);
  stop.abort();
  return { texts, counts, described };
}
