import { z } from 'zod';
import { BATCH_FORMAT_VERSION, BatchSchema } from './schema';

/**
 * The JSON Schema of batch.json, generated from BatchSchema for people who
 * read batches without Spoor. Input shape: fields with defaults may be absent.
 * Written to docs/flag-batch.schema.json by scripts/generate-json-schema.ts.
 * @example JSON.stringify(batchJsonSchema(), null, 2)
 */
export function batchJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(BatchSchema, { io: 'input' });
  return {
    $schema,
    title: `Spoor flag batch, format version ${BATCH_FORMAT_VERSION}`,
    description:
      'batch.json of a Spoor export: the batch header, every flag with its observations, and their audit trail. See docs/EXPORT.md.',
    ...rest,
  };
}

/**
 * The file's exact text, so the test and the script agree byte for byte.
 * @example writeFileSync('docs/flag-batch.schema.json', batchJsonSchemaText());
 */
export function batchJsonSchemaText(): string {
  return `${JSON.stringify(batchJsonSchema(), null, 2)}\n`;
}
