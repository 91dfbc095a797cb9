import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field and announced with it; marks the field invalid. */
  error?: string;
  hint?: string;
  /** Marks the field invalid without a message of its own (one message for a whole form, say). */
  invalid?: boolean;
  /** Ids of other elements that describe the field, such as a form-level error. */
  describedBy?: string;
  maxLength?: number;
  className?: string;
  type?: 'text' | 'email' | 'password' | 'datetime-local';
  autoComplete?: string;
}

/** A labelled input with its hint and error wired for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  invalid,
  describedBy,
  maxLength,
  className,
  type = 'text',
  autoComplete,
}: TextFieldProps) {
  const id = useId();
  const describers = [error ? `${id}-error` : null, hint && !error ? `${id}-hint` : null, describedBy ?? null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`flex flex-col gap-1 ${className ?? ''}`}>
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        type={type}
        className="field"
        value={value}
        maxLength={maxLength}
        autoComplete={autoComplete}
        aria-invalid={error || invalid ? true : undefined}
        aria-describedby={describers || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
