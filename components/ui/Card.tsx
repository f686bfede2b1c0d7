import type { ReactNode } from 'react';
import './Card.css';

export interface CardProps {
  /** The section's heading; the section is named by it for screen readers. */
  title: ReactNode;
  headingId: string;
  /** h2 on a page, h3 inside a page section. */
  level?: 2 | 3;
  intro?: ReactNode;
  /** Controls on the heading's line (a "Reset" button). */
  actions?: ReactNode;
  children?: ReactNode;
  /** The section's own id, for links to it (options.html#backup). */
  id?: string;
}

/** A titled section of a page on its own surface: the settings sections, the dashboard's panels. */
export function Card({ title, headingId, level = 2, intro, actions, children, id }: CardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="card" aria-labelledby={headingId} id={id}>
      <div className="card__header">
        <Heading id={headingId}>{title}</Heading>
        {actions}
      </div>
      {intro && <p className="card__intro">{intro}</p>}
      {children}
    </section>
  );
}
