import { pagesRoute } from '../support/pages-route';

/*
 * Sellers' pages that answer Spoor taking its highlights off for the screenshot with a dialog or a new page, served
 * as /hostile-dialog/<name>.html on 127.0.0.1, their script inline.
 */

const ad = `<h1 id="title">Carved ivory bangle, old stock</h1><p id="text">Genuine elephant ivory, 320 EUR.</p>`;

/** Calls `act` once Spoor's highlights, seen on the page, leave the registry. */
const onConceal = (act: string) => `<script>
let seen = false;
const watch = setInterval(() => {
  const painted = CSS.highlights.has('spoor-trade');
  if (painted) seen = true;
  if (!seen || painted) return;
  clearInterval(watch);
  ${act}
}, 1);
</script>`;

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title></head><body>${ad}${body}</body></html>`;

export const HOSTILE_DIALOG_PAGES = {
  /** An alert as the screenshot is taken, another each time one is closed. */
  alertOnConceal: page(onConceal(`for (;;) alert('Spoor: this page is not listed');`)),
  /** Reloads itself once as the screenshot is taken (a meta refresh or `location.reload()`). */
  reloadOnConceal: page(onConceal(`if (!sessionStorage.reloaded) { sessionStorage.reloaded = 1; location.reload(); }`)),
  /** The honest twin: the same ad, holding still while it is captured. */
  stillOnConceal: page(''),
} as const;
export type HostileDialogPage = keyof typeof HOSTILE_DIALOG_PAGES;

/** Serves /hostile-dialog/<name>.html. */
export const hostileDialogRoute = pagesRoute('hostile-dialog', HOSTILE_DIALOG_PAGES);
