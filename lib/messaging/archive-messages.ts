import { z } from 'zod';
import { defineMessage } from './define';

/** Messages of the "archive" domain. */
export const archiveMessages = {
  'archive/ping': defineMessage({ from: ['extension'], request: z.object({}), response: z.literal('pong') }),
};
