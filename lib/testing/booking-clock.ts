// The clock of the booking flow's integration tests: Tuesday 1 December 2026, 07:00 in Opole, the
// times held on Wednesday from 08:00 (07:00Z), inside fixture categories' hours (Mon–Fri 08–12).
export const NOW = new Date('2026-12-01T06:00:00Z');
export const STARTS_AT = new Date('2026-12-02T07:00:00Z');

/** `min` minutes after NOW. */
export const later = (min: number) => new Date(NOW.getTime() + min * 60_000);

let n = 0;
/** An address no other test uses. */
export const residentEmail = () => `resident-${Date.now()}-${n++}@example.com`;
