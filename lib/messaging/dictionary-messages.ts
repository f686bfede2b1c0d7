import { z } from 'zod';
import { ActiveStatusSchema, StagedImportSchema } from '@/lib/active-dictionary/status';
import { defineMessage } from './define';

/**
 * Messages of the "dictionary" domain. The options page parses an imported
 * file and stages its taxa in storage.local (a multi-megabyte dictionary is not
 * worth copying through a message); the background merges, compiles and
 * activates it, answers what is active, and reverts to the bundled list. A
 * tab that finds no usable dictionary in storage asks the background to store
 * one (tabs carry no bundled list of their own).
 */
export const dictionaryMessages = {
  'dictionary/status': defineMessage({ from: ['extension'], request: z.object({}), response: ActiveStatusSchema }),
  'dictionary/revert': defineMessage({ from: ['extension'], request: z.object({}), response: ActiveStatusSchema }),
  'dictionary/activateStaged': defineMessage({
    from: ['extension'],
    request: StagedImportSchema,
    response: ActiveStatusSchema,
  }),
  'dictionary/ensure': defineMessage({ from: ['content'], request: z.object({}), response: ActiveStatusSchema }),
  /** Compile the active list again with the custom terms the options page has just stored. */
  'dictionary/applyCustomTerms': defineMessage({
    from: ['extension'],
    request: z.object({}),
    response: ActiveStatusSchema,
  }),
};
