import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '@/lib/export/csv-columns';
import { batchJsonSchemaText } from '@/lib/batch-format/json-schema';

const docsFile = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');
const readme = () => readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README.md', () => {
  it('lists exactly the CSV columns, in order, with their meanings', () => {
    const section = readme().split('### CSV columns')[1]!.split('\n## ')[0]!;
    const documented = [...section.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map(([, name, description]) => ({
      name,
      description,
    }));
    expect(documented).toEqual(CSV_COLUMNS.map(({ name, description }) => ({ name, description })));
  });
});

describe('docs/flag-batch.schema.json', () => {
  it('is the schema generated from BatchSchema (regenerate with scripts/generate-json-schema.ts)', () => {
    expect(docsFile('flag-batch.schema.json')).toBe(batchJsonSchemaText());
  });
});
