// Regenerates docs/flag-batch.schema.json from the zod schema (tests/unit/archive/json-schema.test.ts fails until you do).
// Run: npx vite-node --config vitest.config.ts scripts/generate-json-schema.ts
import { writeFileSync } from 'node:fs';
import { batchJsonSchemaText } from '@/lib/archive/json-schema';

const target = new URL('../docs/flag-batch.schema.json', import.meta.url);
writeFileSync(target, batchJsonSchemaText());
console.log(`wrote ${target.pathname}`);
