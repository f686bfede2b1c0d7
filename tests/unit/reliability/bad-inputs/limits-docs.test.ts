import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { megabytes, ZIP_LIMITS } from '@/lib/files/zip-limits';
import { MAX_CHECKLIST_BYTES } from '@/lib/dictionary/checklist/source';

const doc = (name: string) =>
  readFileSync(new URL(`../../../../docs/${name}`, import.meta.url), 'utf8').replace(/\*\*/g, '');
const archiveLimits = [
  `${ZIP_LIMITS.maxEntries.toLocaleString('en')} files`,
  megabytes(ZIP_LIMITS.maxDirectoryBytes),
  megabytes(ZIP_LIMITS.maxFileBytes),
  megabytes(ZIP_LIMITS.maxInflatedBytes),
];

it.each([
  ['EXPORT.md', archiveLimits],
  ['BACKUP.md', archiveLimits],
  ['DICTIONARY.md', [megabytes(MAX_CHECKLIST_BYTES)]],
])('docs/%s states the limits the code enforces', (name, limits) => {
  for (const limit of limits) expect(doc(name)).toContain(limit);
});
