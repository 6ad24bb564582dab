// One labelled input of the schedule forms, with its hint and error tied by aria-describedby. In
// the rules table the label is read out but not shown (the column header shows it).

export const SCHEDULE_INPUT =
  'w-full rounded-md border border-slate-500 bg-white px-2 py-1.5 text-base aria-invalid:border-red-700 aria-invalid:bg-red-50';

export function ScheduleField({
  id,
  name,
  label,
  type = 'text',
  value,
  errors,
  hint,
  options,
  hiddenLabel = false,
  inputClassName = '',
  min,
  max,
}: {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'time' | 'number' | 'date' | 'select' | 'textarea' | 'checkbox';
  value?: string;
  errors?: string[];
  hint?: string;
  options?: { value: string; label: string }[];
  hiddenLabel?: boolean;
  inputClassName?: string;
  min?: number;
  max?: number;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const common = {
    id,
    name,
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
      <div className="flex items-center justify-center gap-2">
        <input {...common} type="checkbox" value="on" defaultChecked={value === 'on'} className="h-5 w-5" />
        {labelEl}
        {errorEl}
      </div>
    );
  const cls = `${hiddenLabel ? '' : 'mt-1 '}${SCHEDULE_INPUT} ${inputClassName}`;
  return (
    <div>
      {labelEl}
      {hintEl}
      {type === 'select' ? (
        <select {...common} defaultValue={value} className={cls}>
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : type === 'textarea' ? (
        <textarea {...common} defaultValue={value} rows={3} className={cls} />
      ) : (
        <input
          {...common}
          type={type}
          defaultValue={value}
          min={min}
          max={max}
          inputMode={type === 'number' ? 'numeric' : undefined}
          className={cls}
        />
      )}
      {errorEl}
    </div>
  );
}
