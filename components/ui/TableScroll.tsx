import type { ReactNode } from 'react';
import './Table.css';

/**
 * A wide table's frame: it scrolls sideways on narrow screens, and takes
 * keyboard focus (named after the table) so a keyboard can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
