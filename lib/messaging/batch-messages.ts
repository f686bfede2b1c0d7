import { z } from 'zod';
import { defineMessage } from './define';

/** Messages of the "batch" domain. */
export const batchMessages = {
  'batch/ping': defineMessage({ from: ['extension'], request: z.object({}), response: z.literal('pong') }),
};
