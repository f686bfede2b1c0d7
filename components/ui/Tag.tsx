import type { ReactNode } from 'react';
import type { Category } from '@/lib/matching/types';
import { classes } from './classes';
import './Tag.css';

/**
 * A small label in a highlight colour: Appendix I, II, III or a trade term,
 * in the researcher's colours (the page sets --cat-* and --on-cat-*), or a
 * neutral one (`category` left out) for statuses and counts.
 */
export function Tag({
  category,
  children,
  className,
}: {
  category?: Category;
  children: ReactNode;
  className?: string;
}) {
  return <span className={classes('tag', category && `tag--${category}`, className)}>{children}</span>;
}
