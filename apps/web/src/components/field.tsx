import { cloneElement, isValidElement, useId } from 'react';
import type { ReactElement, ReactNode } from 'react';

interface FieldProps {
  label: ReactNode;
  /** The API's error for this field (problem+json `errors[].field`), shown under the input. */
  error?: string | null;
  hint?: ReactNode;
  required?: boolean;
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled input with its hint and its error, wired for screen readers. */
export function Field({ label, error, hint, required, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  // What people write (titles, names, reasons) takes its own direction: Persian in a Turkish
  // page and Latin names in a Persian one read in logical order. Inputs that set dir keep it.
  const free =
    isValidElement(children) &&
    (children.type === 'textarea' ||
      (children.type === 'input' &&
        [undefined, 'text', 'search'].includes(children.props.type as string | undefined)));
  const input = isValidElement(children)
    ? cloneElement(children, {
        ...(free && children.props.dir === undefined ? { dir: 'auto' } : {}),
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
        required: required || undefined,
      })
    : children;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {input}
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A form-level message (problems that name no field we show). */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div className="alert alert--error" role="alert">
      {message}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert--ok" role="status">
      {children}
    </div>
  );
}
