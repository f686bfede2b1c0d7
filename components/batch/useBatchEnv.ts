import { useEffect, useState } from 'react';
import type { BatchEnv } from '@/lib/batch/env';

/**
 * The environment the batch components run in: the one given (tests), else
 * the extension page's own. The page's is imported on demand because it
 * loads `wxt/browser`, which component tests (jsdom) cannot load and never need.
 */
export function useBatchEnv(given: BatchEnv | undefined): BatchEnv | undefined {
  const [loaded, setLoaded] = useState<BatchEnv>();
  useEffect(() => {
    if (given) return;
    let current = true;
    void import('@/lib/batch/page-env').then(({ pageBatchEnv }) => current && setLoaded(pageBatchEnv(window)));
    return () => {
      current = false;
    };
  }, [given]);
  return given ?? loaded;
}
