/** For administrators: a GET form choosing the office a page works on (`?biuro=`). */
export function OfficePicker({
  offices,
  current,
  extra = {},
}: {
  offices: { slug: string; name: string }[];
  current: string;
  /** Other query parameters the page keeps. */
  extra?: Record<string, string>;
}) {
  if (offices.length < 2) return null;
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 print:hidden">
      {Object.entries(extra).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="max-w-full min-w-0">
        <label htmlFor="biuro" className="block text-sm font-medium">
          Biuro
        </label>
        <select
          id="biuro"
          name="biuro"
          defaultValue={current}
          className="mt-1 w-full max-w-full rounded-md border border-slate-500 bg-white px-3 py-2"
        >
          {offices.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="border-brand text-brand rounded-md border px-4 py-2 font-semibold">
        Pokaż
      </button>
    </form>
  );
}
