import { useEffect, useState } from 'react';

/**
 * False until `shown` settles (what the first screen waits for) and the page is next idle: what the first screen
 * leaves out loads then, not while it renders (issue 14).
 * @example const later = useAfterFirstScreen(opening.status); {later && <Legend />}
 */
export function useAfterFirstScreen(shown: Promise<unknown>): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    let live = true;
    const whenIdle = () => {
      if (live) idle = requestIdleCallback(() => setAfter(true));
    };
    shown.then(whenIdle, whenIdle);
    return () => {
      live = false;
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [shown]);
  return after;
}
