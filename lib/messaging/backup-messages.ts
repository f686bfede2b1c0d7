import { z } from 'zod';
import { defineMessage } from './define';

/** Messages of the "backup" domain. */
export const backupMessages = {
  'backup/ping': defineMessage({ from: ['extension'], request: z.object({}), response: z.literal('pong') }),
};
