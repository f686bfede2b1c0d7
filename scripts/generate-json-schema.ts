// Regenerates docs/flag-batch.schema.json from the zod schema (tests/unit/export/docs.test.ts fails until you do).
// Run: npm run schema
import { writeFileSync } from 'node:fs';
import { batchJsonSchemaText } from '@/lib/batch-format/json-schema';

const target = new URL('../docs/flag-batch.schema.json', import.meta.url);
writeFileSync(target, batchJsonSchemaText());
console.log(`wrote ${target.pathname}`);
