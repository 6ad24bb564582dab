'use client';

/** Opens the browser's print dialog; without JavaScript, Ctrl+P does the same (the page says so). */
export function DayListPrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="bg-brand hover:bg-brand-dark rounded-md px-5 py-2 font-semibold text-white"
    >
      Drukuj
    </button>
  );
}
