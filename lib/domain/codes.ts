// Identifiers residents read, type and say aloud. No Date.now, no randomness source of its own:
// random bytes come in, so the formats are testable.

/** Letters and digits without look-alikes (0/O, 1/I/L, 5/S, 2/Z, 8/B). */
export const REFERENCE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

function fromAlphabet(bytes: Uint8Array, alphabet: string, length: number): string {
  if (bytes.length < length) throw new RangeError(`need ${length} random bytes, got ${bytes.length}`);
  let out = '';
  // 256 is not a multiple of the alphabet size; the slight bias is irrelevant for identifiers
  // that are unique-checked by the database, not secrets.
  for (let i = 0; i < length; i++) out += alphabet[bytes[i]! % alphabet.length];
  return out;
}

/** "W-7K3M…": the office's letter, then 6 characters; stands on the day's list at the counter. */
export function formatReference(officeLetter: string, bytes: Uint8Array): string {
  return `${officeLetter.toUpperCase()}-${fromAlphabet(bytes, REFERENCE_ALPHABET, 6)}`;
}

/** 8 digits, typed on the ticket machine's keypad under "Umówiona wizyta". */
export function formatKioskCode(bytes: Uint8Array): string {
  return fromAlphabet(bytes, '0123456789', 8);
}

/** 6 digits, sent by e-mail (and SMS) to confirm a held time. */
export function formatConfirmationCode(bytes: Uint8Array): string {
  return fromAlphabet(bytes, '0123456789', 6);
}
