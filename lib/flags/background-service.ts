import type { Handlers } from '@/lib/messaging/router';

/** Wires the "flags" domain into the background; returns its message handlers. */
export function startFlagsService(): Handlers {
  return {};
}
