import { createContext, useContext, type ReactNode } from 'react';
import type { BatchEnv } from '@/lib/browser/batch-env';

/**
 * The environment batch components run in (database, file saving, settings).
 * The dashboard page provides its own (lib/browser/page-batch-env.ts, which needs the
 * real browser); tests pass one around fake IndexedDB as a prop.
 */
const BatchEnvContext = createContext<BatchEnv | undefined>(undefined);

export function BatchEnvProvider({ env, children }: { env: BatchEnv; children: ReactNode }) {
  return <BatchEnvContext.Provider value={env}>{children}</BatchEnvContext.Provider>;
}

/** The environment given as a prop, else the page's; undefined where neither exists (actions stay closed). */
export function useBatchEnv(given: BatchEnv | undefined): BatchEnv | undefined {
  const provided = useContext(BatchEnvContext);
  return given ?? provided;
}
