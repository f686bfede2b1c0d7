import { z } from 'zod';
import { defineMessage } from './define';

/** Messages of the "detect" domain. */
export const detectMessages = {
  'detect/ping': defineMessage({ from: ['extension'], request: z.object({}), response: z.literal('pong') }),
};
