import type { Migration } from './types';

/**
 * Version 2: the `batches` store, one record per batch exported or imported.
 * Nothing to copy over: version 1 had no export, so no flag was in a batch yet.
 */
export const v2: Migration = {
  version: 2,
  upgrade(db) {
    db.createObjectStore('batches', { keyPath: 'id' });
  },
};
