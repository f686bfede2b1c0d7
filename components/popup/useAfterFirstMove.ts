import { useEffect, useState } from 'react';

/**
 * What says the user is about to use the page: the pointer moved or pressed in it, a key, a focus, a <details>
 * opened (a keyboard or a screen reader can move focus and open the legend without the pointer).
 */
const FIRST_MOVES = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'toggle'] as const;

/**
 * False until the user's first move in the page: what the first screen leaves out loads then, not while the page
 * opens and is first looked at (issue 14: loaded when idle, it landed before that look, 11–21 ms of CPU and a GC).
 * @example const moved = useAfterFirstMove(); {moved && <Legend />}
 */
export function useAfterFirstMove(): boolean {
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (moved) return;
    const onMove = () => setMoved(true);
    // Captured at the document: a <details>' toggle does not bubble.
    const options = { capture: true, passive: true };
    for (const type of FIRST_MOVES) document.addEventListener(type, onMove, options);
    return () => {
      for (const type of FIRST_MOVES) document.removeEventListener(type, onMove, options);
    };
  }, [moved]);
  return moved;
}
