import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendFromContent } from '@/lib/browser/content-client';
import { askWhenWorthScanning } from '@/lib/detect/frame-worth';

// Every frame of every http(s) page evaluates this, not the detector: an embedded frame asks the background for the
// detector (entrypoints/content.ts) once it holds words; ads, trackers and pixels wait on one observer and never do.
// The top frame returns at once: the manifest runs the detector there. No extension API is touched until a frame asks.
export function main() {
  askWhenWorthScanning(window, () => sendFromContent('detect/frame', {}));
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Frames without a URL of their own (about:blank, srcdoc) that a page fills with a listing, as before.
  matchAboutBlank: true,
  globalName: false,
  main,
});
