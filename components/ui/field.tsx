export type FieldOption = { value: string; label: string };

type Props = {
  name: string;
  label: string;
  /** The control's id; the field's name when not given (give one when a page repeats the form). */
  id?: string;
  hint?: string;
  errors?: string[];
  /** An input type, or 'select', 'textarea', 'checkbox'. */
  type?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  required?: boolean;
  /** The value shown; for a checkbox, 'on' (or 'true') ticks it. */
  defaultValue?: string;
  /** A select's choices. */
  options?: FieldOption[];
  /** A textarea's height. */
  rows?: number;
  min?: number;
  max?: number;
  /** Read out but not shown, where a column header shows it (a form laid out as a table). */
  hiddenLabel?: boolean;
  /** 'sm': the tighter control of a form laid out as a table. */
  size?: 'md' | 'sm';
  /** The wrapper's classes (width in a row of fields). */
  className?: string;
  /** The control's own extra classes (its width). */
  inputClassName?: string;
};

const CONTROL = {
  md: 'w-full max-w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-invalid:border-red-700',
  sm: 'w-full rounded-md border border-slate-500 bg-white px-2 py-1.5 text-base aria-invalid:border-red-700 aria-invalid:bg-red-50',
};

/**
 * A labelled control (input, select, textarea or checkbox) with its hint and errors tied to it by
 * aria-describedby. Uncontrolled: the value after an error comes back as `defaultValue`.
 */
export function Field({
  name,
  label,
  id = name,
  hint,
  errors,
  type = 'text',
  autoComplete,
  inputMode,
  required,
  defaultValue,
  options,
  rows = 4,
  min,
  max,
  hiddenLabel = false,
  size = 'md',
  className,
  inputClassName = '',
}: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const common = {
    id,
    name,
    required,
    'aria-invalid': errorId ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
  };
  const labelEl = (
    <label htmlFor={id} className={hiddenLabel ? 'sr-only' : 'block font-medium'}>
      {label}
    </label>
  );
  const hintEl = hint && (
    <p id={hintId} className="text-sm text-slate-700">
      {hint}
    </p>
  );
  const errorEl = errorId && (
    <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
      {errors!.join(' ')}
    </p>
  );
  if (type === 'checkbox')
    return (
      <div className={className}>
        {/* A ticked box without a visible label sits in a table column: centred under its header. */}
        <div className={`flex items-center gap-2 ${hiddenLabel ? 'justify-center' : ''}`.trim()}>
          <input
            {...common}
            type="checkbox"
            value="on"
            defaultChecked={defaultValue === 'on' || defaultValue === 'true'}
            className="h-5 w-5"
          />
          {labelEl}
        </div>
        {hintEl}
        {errorEl}
      </div>
    );
  const cls = `${hiddenLabel ? '' : 'mt-1 '}${CONTROL[size]} ${inputClassName}`.trim();
  return (
    <div className={className}>
      {labelEl}
      {hintEl}
      {type === 'select' ? (
        <select {...common} defaultValue={defaultValue} className={cls}>
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : type === 'textarea' ? (
        <textarea {...common} defaultValue={defaultValue} rows={rows} className={cls} />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode ?? (type === 'number' ? 'numeric' : undefined)}
          defaultValue={defaultValue}
          min={min}
          max={max}
          className={cls}
        />
      )}
      {errorEl}
    </div>
  );
}
