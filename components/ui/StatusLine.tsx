import { useEffect, useState, type ReactNode } from 'react';

/**
 * Whether a live region may show its text yet: false on the first render, true from then on. Screen readers may say
 * nothing of a polite region that arrives with its text already in it, so it is attached empty and filled after.
 * `now`: true where the text may show at once (an alert is read out as it arrives; a region inside another that
 * announces it).
 */
export function useAttachedFirst(now = false): boolean {
  const [attached, setAttached] = useState(now);
  useEffect(() => setAttached(true), []);
  return attached;
}

/** A one-line status that is announced as it arrives, even when it comes with the part of the page that holds it. */
export function StatusLine({ children, className }: { children: ReactNode; className?: string }) {
  const attached = useAttachedFirst();
  return (
    <p role="status" className={className}>
      {attached && children}
    </p>
  );
}
