import type { Handlers } from '@/lib/messaging/router';

/** Wires the "detect" domain into the background; returns its message handlers. */
export function startDetectService(): Handlers {
  return {};
}
