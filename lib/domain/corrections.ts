// A resident's corrections of their booking (docs/decisions/039): what a notice to the old
// address may show of the new value. Pure.

/** A new address's code lives this long (never past the visit's start: booking-rules holdExpiry). */
export const EMAIL_CHANGE_MINUTES = 30;

/** The booking's data a resident corrects on the manage page. */
export type CorrectedField = 'email' | 'phone' | 'applicationNumber';

/**
 * Enough of a new value for its owner to recognise it, not for anyone else to read it: the
 * notice goes to the old address, which may no longer be the resident's.
 * "jan.kowalski@example.com" → "j***@example.com", "+48600100200" → "***200",
 * "ABC123456" → "***56"; a removed value is null.
 */
export function maskValue(field: CorrectedField, value: string | null): string | null {
  if (!value) return null;
  if (field === 'email') {
    const at = value.lastIndexOf('@');
    return at > 0 ? `${value.slice(0, 1)}***${value.slice(at)}` : '***';
  }
  return `***${value.slice(field === 'phone' ? -3 : -2)}`;
}
