const FIELD = 'mt-1 w-full max-w-full rounded-md border border-slate-500 bg-white px-3 py-2';

/** The day's list scope as a GET form: office (administrators only), category, day. */
export function DayListFilters({
  offices,
  office,
  categories,
  category,
  date,
  showOffice,
}: {
  offices: { slug: string; name: string }[];
  office: string;
  categories: { slug: string; name: string }[];
  category: string;
  date: string;
  showOffice: boolean;
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 print:hidden">
      {showOffice && offices.length > 1 ? (
        <div className="max-w-full min-w-0">
          <label htmlFor="lista-biuro" className="block font-medium">
            Biuro
          </label>
          <select id="lista-biuro" name="biuro" defaultValue={office} className={FIELD}>
            {offices.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="biuro" value={office} />
      )}
      <div className="max-w-full min-w-0">
        <label htmlFor="lista-kategoria" className="block font-medium">
          Kategoria
        </label>
        <select id="lista-kategoria" name="kategoria" defaultValue={category} className={FIELD}>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="max-w-full min-w-0">
        <label htmlFor="lista-data" className="block font-medium">
          Dzień
        </label>
        <input id="lista-data" type="date" name="data" defaultValue={date} required className={FIELD} />
      </div>
      <button
        type="submit"
        className="bg-brand hover:bg-brand-dark rounded-md px-5 py-2 font-semibold text-white"
      >
        Pokaż listę
      </button>
    </form>
  );
}
