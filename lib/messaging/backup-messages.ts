/**
 * Messages of the "backup" domain: none. A backup is written and restored by
 * the options page itself (lib/backup/): the evidence is Blobs, which Chrome's
 * runtime messaging cannot carry, and the page shares the background's
 * database. What the background must redo after a restore (compiling the
 * dictionary with the restored checklist and custom terms) goes through the
 * "dictionary/…" messages.
 */
export const backupMessages = {};
