import { afterEach, describe, expect, it } from 'vitest';
import * as classic from 'zod';
import * as z from 'zod/mini';
import '@/lib/messaging/no-eval';

const RealFunction = globalThis.Function;
afterEach(() => {
  globalThis.Function = RealFunction;
});

/** As in an extension page or worker (Manifest V3's CSP): building code from a string throws; returns the tries. */
function forbidEval(): string[] {
  const tries: string[] = [];
  globalThis.Function = new Proxy(RealFunction, {
    construct(_, args: unknown[]) {
      tries.push(String(args.at(-1)));
      throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
    },
    apply(_, __, args: unknown[]) {
      tries.push(String(args.at(-1)));
      throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
    },
  });
  return tries;
}

describe('zod in the extension (lib/messaging/no-eval.ts)', () => {
  it('parses objects, in zod/mini and classic zod, without trying to build code from a string', () => {
    const tries = forbidEval();
    const mini = z.object({ tabId: z.number(), flag: z.nullable(z.object({ id: z.string() })) });
    const full = classic.object({ tabId: classic.number(), names: classic.array(classic.string()) });

    expect(mini.parse({ tabId: 3, flag: { id: 'a' } })).toEqual({ tabId: 3, flag: { id: 'a' } });
    expect(z.safeParse(mini, { tabId: 'x', flag: null }).success).toBe(false);
    expect(full.parse({ tabId: 4, names: ['tiger'], extra: 1 })).toEqual({ tabId: 4, names: ['tiger'] });
    expect(full.safeParse({ tabId: 4, names: [1] }).success).toBe(false);
    expect(tries).toEqual([]);
  });
});
