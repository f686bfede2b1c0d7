import type { ReactNode } from 'react';
import './Table.css';

/**
 * A wide table's frame: it scrolls sideways on narrow screens, and takes
 * keyboard focus (named after the table) so a keyboard can scroll it too.
 * `labelledBy` (ids) names it instead of `label` where a page holds several such tables (one per observation):
 * landmarks of one page need names apart.
 */
export function TableScroll({
  label,
  labelledBy,
  children,
}: {
  label: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  return (
    <div
      className="table-scroll"
      role="region"
      {...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label })}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
