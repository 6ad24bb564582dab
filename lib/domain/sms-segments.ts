// How many SMS a text costs. A text in the GSM 7-bit alphabet (03.38, basic set and its extension,
// whose characters count twice) takes 160 characters in one message, 153 per part when longer; any
// other character (ą, ę, ł, ś, ż…) makes the whole text UCS-2: 70 in one, 67 per part.

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

export type SmsCost = { encoding: 'GSM-7' | 'UCS-2'; units: number; segments: number };

export function smsCost(text: string): SmsCost {
  let units = 0;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) units += 1;
    else if (GSM_EXTENDED.includes(ch)) units += 2;
    else {
      // UCS-2 counts UTF-16 code units: an emoji outside the BMP takes two.
      const ucs = text.length;
      return { encoding: 'UCS-2', units: ucs, segments: ucs <= 70 ? 1 : Math.ceil(ucs / 67) };
    }
  }
  return { encoding: 'GSM-7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
}

/**
 * The text `write` makes of `free` (a staff member's note) within `segments`, the note shortened
 * with "…" where the whole would not fit. The rest of the text is the template's, which its
 * budget test keeps short.
 */
export function fitSms(write: (free: string) => string, free: string, segments: number): string {
  const whole = write(free);
  if (smsCost(whole).segments <= segments) return whole;
  let lo = 0;
  let hi = free.length; // the longest prefix that fits lies in [lo, hi)
  while (lo < hi - 1) {
    const mid = (lo + hi) >> 1;
    if (smsCost(write(`${free.slice(0, mid).trimEnd()}…`)).segments <= segments) lo = mid;
    else hi = mid;
  }
  return write(`${free.slice(0, lo).trimEnd()}…`);
}
