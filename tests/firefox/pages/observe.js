// The page watches itself: Firefox cannot be driven by Playwright, so this
// script reads the highlights Spoor's content script registered in the page's
// CSS.highlights and posts them to the test server (the page's own request).
const POLL_MS = 250;
// Reported once the highlights stop changing for this long, or for as long as the first ones took to come: a
// busy machine stretches the gaps between a page's paints (blocks, the second stage) as it stretches the first...
const STABLE_MS = 2000;
// ...or, with whatever there is (nothing, if Spoor never ran), after this long: well past a first paint at load 60.
const DEADLINE_MS = 180000;

const started = Date.now();
let domBefore;
let last = '';
let stableSince = Date.now();
let firstPaintMs;

function highlightTexts() {
  const texts = {};
  for (const [name, highlight] of CSS.highlights) texts[name] = [...highlight].map((range) => range.toString());
  return texts;
}

function report(highlights) {
  const body = JSON.stringify({ highlights, domBefore, domAfter: document.documentElement.outerHTML });
  void fetch('/report', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

function poll() {
  const highlights = highlightTexts();
  const snapshot = JSON.stringify(highlights);
  const count = Object.values(highlights).reduce((sum, texts) => sum + texts.length, 0);
  if (snapshot !== last) [last, stableSince] = [snapshot, Date.now()];
  if (count > 0) firstPaintMs ??= Date.now() - started;
  const settled = count > 0 && Date.now() - stableSince >= Math.max(STABLE_MS, firstPaintMs);
  if (settled || Date.now() - started >= DEADLINE_MS) report(highlights);
  else setTimeout(poll, POLL_MS);
}

// Deferred scripts run once the document is parsed, before Spoor's content script (document_idle).
domBefore = document.documentElement.outerHTML;
poll();
