/**
 * Calls `listener` once, when `signal` aborts: what every part of the content script stops with. One function
 * rather than `signal.addEventListener('abort', listener, { once: true })` at each of them: 26 bytes of the content
 * script less each (issue 14).
 * @example onAbort(signal, () => observer.disconnect());
 */
export function onAbort(signal: AbortSignal, listener: () => void): void {
  signal.addEventListener('abort', listener, { once: true });
}
