/**
 * Names in an observation's changedDuringCapture that the two readings' fields do not give (lib/flags/flag-tab.ts):
 * `page` when the tab held another document once the evidence was taken (the page loaded again, at the same address:
 * the screenshot may show it half drawn), `unanswered` when the page did not answer the reading taken then (it held
 * its main thread: a dialog opened again each time one closes, a script that never yields), so what it showed is not
 * known.
 */
export const NEW_DOCUMENT = 'page' as const;
export const UNANSWERED = 'unanswered' as const;
