import type { Migration } from './types';

/** Version 1: flags, their evidence files and the audit trail. */
export const v1: Migration = {
  version: 1,
  upgrade(db) {
    const flags = db.createObjectStore('flags', { keyPath: 'id' });
    // Not unique: the service looks a URL up before writing, inside the same
    // transaction, so one canonical URL keeps one flag without a constraint
    // that would turn a re-listing race into an aborted save.
    flags.createIndex('canonicalUrl', 'canonicalUrl');
    flags.createIndex('updatedAt', 'updatedAt');
    flags.createIndex('status', 'status');
    flags.createIndex('platform', 'platform.id');
    db.createObjectStore('artifacts');
    const audit = db.createObjectStore('audit', { autoIncrement: true });
    audit.createIndex('flagId', 'flagId');
  },
};
