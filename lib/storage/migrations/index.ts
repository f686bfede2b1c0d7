import type { Migration } from './types';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';

/**
 * Every schema version in order. To add version N: write `vN.ts`, append it
 * here, save a database example as tests/fixtures/db/vN.json; the ladder test
 * then replays every older example through the new step.
 */
export const migrations: readonly Migration[] = [v1, v2, v3];

export const DB_VERSION = migrations[migrations.length - 1]!.version;
