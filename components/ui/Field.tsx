import { cloneElement, useId, type InputHTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { classes } from './classes';
import './Field.css';

export type FieldControl = ReactElement<{ id?: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }>;

export interface FieldProps {
  label: ReactNode;
  /** One input, select or textarea: it gets the label's id and the hint and error as its description. */
  children: FieldControl;
  hint?: ReactNode;
  error?: ReactNode;
  /**
   * Ids of an error about this control shown elsewhere (the problems a file had, listed under the form): the control
   * is marked invalid and described by them.
   */
  errorShownAt?: string;
  /** In a two-column form grid: take both columns. */
  wide?: boolean;
  className?: string;
}

/** A labelled form control: the label above, a hint and an error below, all tied to the control for screen readers. */
export function Field({ label, children, hint, error, errorShownAt, wide = false, className }: FieldProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`, errorShownAt].filter(Boolean).join(' ');
  return (
    <div className={classes('field', wide && 'field--wide', className)}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, {
        id,
        ...(described && { 'aria-describedby': described }),
        ...(error || errorShownAt ? { 'aria-invalid': true } : {}),
      })}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A checkbox or radio with its label beside it; the whole row is the target. */
export function Check({
  children,
  className,
  ...input
}: { children: ReactNode; className?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className={classes('check', className)}>
      <input type="checkbox" {...input} />
      <span>{children}</span>
    </label>
  );
}
