// The page watches itself: Firefox cannot be driven by Playwright, so this
// script reads the highlights Spoor's content script registered in the page's
// CSS.highlights and posts them to the test server (the page's own request).
const POLL_MS = 250;
// Reported once the highlights stop changing for this long...
const STABLE_MS = 2000;
// ...or, with whatever there is (nothing, if Spoor never ran), after this long: a bound, not a speed. On a 2-core
// machine at load 45–63 Firefox took ~40 s to open the page and Spoor's first highlights came ~60 s after it.
const DEADLINE_MS = 150000;

const started = Date.now();
let domBefore;
let last = '';
let stableSince = Date.now();

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
  const settled = count > 0 && Date.now() - stableSince >= STABLE_MS;
  if (settled || Date.now() - started >= DEADLINE_MS) report(highlights);
  else setTimeout(poll, POLL_MS);
}

// Deferred scripts run once the document is parsed, before Spoor's content script (document_idle).
domBefore = document.documentElement.outerHTML;
poll();
