import { onAbort } from '@/lib/scheduling/abort';
/**
 * Calls back when the frame's URL changes without a new document (an SPA's
 * pushState, a hash change). Spoor's own watcher rather than WXT's
 * `wxt:locationchange`, which hangs off a context a page can invalidate
 * (issue 10): here a page's fake popstate or hashchange can at most make
 * Spoor compare the URL again.
 * @example watchLocation(window, () => detect.resendReport(), lifetime);
 */
export function watchLocation(win: Window & typeof globalThis, onChange: () => void, signal: AbortSignal): void {
  let href = win.location.href;
  const check = () => {
    if (signal.aborted || win.location.href === href) return;
    href = win.location.href;
    onChange();
  };
  const options = { signal };
  win.addEventListener('popstate', check, options);
  win.addEventListener('hashchange', check, options);
  const navigation = (win as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('navigatesuccess', check, options);
  else {
    // Firefox has no Navigation API, and pushState fires no event: a cheap poll, as WXT's own watcher does.
    const timer = win.setInterval(check, 1000);
    onAbort(signal, () => win.clearInterval(timer));
  }
}
