import { z } from 'zod';
import { defineMessage } from './define';

/** Messages of the "dictionary" domain. */
export const dictionaryMessages = {
  'dictionary/ping': defineMessage({ from: ['extension'], request: z.object({}), response: z.literal('pong') }),
};
