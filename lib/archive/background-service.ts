import type { Handlers } from '@/lib/messaging/router';

/** Wires the "archive" domain into the background; returns its message handlers. */
export function startArchiveService(): Handlers {
  return {};
}
