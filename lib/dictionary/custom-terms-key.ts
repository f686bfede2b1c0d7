/**
 * Where the researcher's custom terms are kept in storage.local. Its own
 * module so the content script can read them without loading their schemas.
 */
export const CUSTOM_TERMS_KEY = 'customTerms';
