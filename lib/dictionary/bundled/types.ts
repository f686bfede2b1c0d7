import type { z } from 'zod';
import type { TaxonSchema, TradeTermSchema, TermSchema } from '@/lib/dictionary/schema';

/** Authoring types: what a data file writes before defaults are applied by the schema. */
export type TaxonInput = z.input<typeof TaxonSchema>;
export type TradeTermInput = z.input<typeof TradeTermSchema>;
export type TermInput = z.input<typeof TermSchema>;
