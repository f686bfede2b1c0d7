import type { AnchorHTMLAttributes, ComponentProps } from 'react';
import { classes } from './classes';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

interface Look {
  variant?: ButtonVariant;
  /** `lg`: the one big action of a view (the popup's "Flag this ad"). */
  size?: 'md' | 'lg';
  /** Fills its container's width. */
  wide?: boolean;
}

const lookOf = ({ variant = 'secondary', size = 'md', wide = false }: Look, className?: string) =>
  classes('btn', `btn--${variant}`, size === 'lg' && 'btn--lg', wide && 'btn--wide', className);

/**
 * A button of the visual system; `type="button"` unless told otherwise. `busy`: its action is running, so a press does
 * nothing, but it keeps focus (a disabled button would drop it to the page's body, and the keyboard user's place).
 */
export function Button({
  variant,
  size,
  wide,
  className,
  type = 'button',
  busy = false,
  onClick,
  ...props
}: Look & ComponentProps<'button'> & { busy?: boolean }) {
  return (
    <button
      type={type}
      className={lookOf({ variant, size, wide }, className)}
      aria-disabled={busy || undefined}
      onClick={busy ? (event) => event.preventDefault() : onClick}
      {...props}
    />
  );
}

/** A link that looks like a button: for actions that open a page (the dashboard, a backup). */
export function ButtonLink({
  variant,
  size,
  wide,
  className,
  ...props
}: Look & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={lookOf({ variant, size, wide }, className)} {...props} />;
}
