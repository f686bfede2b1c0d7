/**
 * The script every hostile page loads first, in its <head>, as its own
 * (main-world) script: it is how the page watches Spoor. It keeps what it
 * needs before the page's scripts can override anything, then
 * - records every DOM mutation the page did not make itself (`own()` marks
 *   the page's own changes), from DOMContentLoaded on: Spoor's content script
 *   only starts after that, so anything recorded is someone else's;
 * - ticks a heartbeat every 10 ms, stamping the time, so a test can count how
 *   often the page ran while Spoor's first pass was under way;
 * - counts clicks, and reads Spoor's `spoor:pass` measures. (Spoor's painted
 *   matches are read in its own world: spoor-paint.ts.)
 * Served as /harness.js so a page under a strict CSP (`script-src 'self'`) runs it too.
 */
export const harnessScript = String.raw`(() => {
  const Observer = MutationObserver;
  const entriesByName = performance.getEntriesByName.bind(performance);
  const now = performance.now.bind(performance);
  const every = setInterval.bind(window);
  const foreign = [];
  const observer = new Observer((records) => {
    for (const record of records) foreign.push(record.type + ' on ' + record.target.nodeName);
  });
  const OPTIONS = { childList: true, subtree: true, attributes: true, characterData: true };
  const tickTimes = [];
  const state = {
    ticks: 0,
    clicks: 0,
    foreign,
    /** Page-visible globals the page replaced, and who called them since. */
    overridesCalled: [],
    watch(root) { observer.observe(root, OPTIONS); },
    own(change) { change(); observer.takeRecords(); },
    passes() { return entriesByName('spoor:pass'); },
    /** Heartbeats inside Spoor's first pass: how often the page ran while Spoor worked. */
    ticksDuringFirstPass() {
      const pass = entriesByName('spoor:pass')[0];
      if (!pass) return -1;
      return tickTimes.filter((t) => t >= pass.startTime && t <= pass.startTime + pass.duration).length;
    },
  };
  Object.defineProperty(window, '__hostile', { value: state });
  document.addEventListener('DOMContentLoaded', () => state.watch(document));
  document.addEventListener('click', () => state.clicks++);
  every(() => {
    state.ticks++;
    if (tickTimes.length < 100000) tickTimes.push(now());
  }, 10);
})();`;
