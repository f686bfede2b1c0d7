// Kept apart from client.ts so UI code can tell the failures apart without importing the browser API.

/** Raised when the other side answered with an error, or with something off-protocol. */
export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Raised when no answer came at all: the service worker was stopped or the
 * tab went away while the request was being handled. The request may or may
 * not have taken effect, so the caller should look before retrying.
 */
export class NoReplyError extends MessageError {
  override name = 'NoReplyError';
}
