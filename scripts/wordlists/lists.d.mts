/** Types of lists.mjs, for near-names.ts. */
export const LISTS: Readonly<Record<string, { pkg: string; file?: string; expand?: string }>>;
export function listEntries(lang: string): string[];
export function listVersion(lang: string): string;
