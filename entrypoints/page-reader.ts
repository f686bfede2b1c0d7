import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { everyShadowRootReader, shadowRootReader } from '@/lib/detect/shadow-roots';
import { PAGE_READER_GLOBAL, readPage, type PageReadingRequest } from '@/lib/flags/read-page';
import { paintTampering } from '@/lib/flags/paint-check';
import type { PaintTampering } from '@/lib/records/flag';
import { OWN_HIGHLIGHTS, type OwnHighlights } from '@/lib/highlight/painter';
import { PAINT_REPAIRS } from '@/lib/highlight/paint-keeper';
import { OWN_SHEET } from '@/lib/highlight/styles';

// Injected into a tab's top frame only when the researcher flags (lib/browser/page-reader.ts): the
// extractor and the snapshot code stay out of the content script every page loads.
export default defineUnlistedScript(() => {
  const shadowRootOf = shadowRootReader(browser.dom);
  // The readings meet closed roots of plain elements too: a page attaches one to its ad's box for the screenshot.
  const everyShadowRootOf = everyShadowRootReader(browser.dom);
  Object.assign(globalThis, {
    [PAGE_READER_GLOBAL]: (request: PageReadingRequest) =>
      readPage(document, location.href, request, everyShadowRootOf, () =>
        // The content script's painter shares this isolated world: its marks are Spoor's, whatever the page registers.
        paintTampering({
          doc: document,
          registry: globalThis.CSS?.highlights,
          own: (globalThis as Record<string, unknown>)[OWN_HIGHLIGHTS] as OwnHighlights | undefined,
          shadowRootOf,
          ownSheet: (globalThis as Record<string, unknown>)[OWN_SHEET] as CSSStyleSheet | undefined,
          repaired: (globalThis as Record<string, unknown>)[PAINT_REPAIRS] as Set<PaintTampering> | undefined,
        }),
      ),
  });
});
