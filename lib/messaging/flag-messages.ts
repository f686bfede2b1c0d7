import { z } from 'zod';
import { defineMessage } from './define';

/** Messages of the "flag" domain. */
export const flagMessages = {
  'flag/ping': defineMessage({ from: ['extension'], request: z.object({}), response: z.literal('pong') }),
};
