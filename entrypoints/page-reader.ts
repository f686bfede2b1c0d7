import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { shadowRootReader } from '@/lib/detect/shadow-roots';
import { PAGE_READER_GLOBAL, readPage, type PageReadingRequest } from '@/lib/flags/read-page';

// Injected into a tab's top frame only when the researcher flags (lib/browser/page-reader.ts): the
// extractor and the snapshot code stay out of the content script every page loads.
export default defineUnlistedScript(() => {
  Object.assign(globalThis, {
    [PAGE_READER_GLOBAL]: (request: PageReadingRequest) =>
      readPage(document, location.href, request, shadowRootReader(browser.dom)),
  });
});
