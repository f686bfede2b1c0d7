// Browser tests evaluate code inside the extension's service worker and pages,
// where the `chrome` global exists; type it as WXT's browser API.
declare const chrome: typeof import('wxt/browser').browser;
