type Props = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  type?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  required?: boolean;
  defaultValue?: string;
};

/** A labelled input with its hint and errors tied to it by aria-describedby. */
export function Field({
  name,
  label,
  hint,
  errors,
  type = 'text',
  autoComplete,
  inputMode,
  required,
  defaultValue,
}: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        className="mt-1 w-full rounded-md border border-slate-500 px-3 py-2 text-base aria-invalid:border-red-700"
      />
      {errorId && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}
