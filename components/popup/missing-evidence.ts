/** Why evidence is missing is the browser's own words; the kind of evidence is ours. */
export const MISSING_EVIDENCE_TEXT = { screenshot: 'flagMissingScreenshot', snapshot: 'flagMissingSnapshot' } as const;
