import 'server-only';
import crypto from 'node:crypto';
import { dataKey } from '@/lib/server/core/keys';

// The live ticket's link (/bilet/{token}), printed as a QR code on the ticket. The token names the
// ticket and its day and is signed with a key of its own (HMAC-SHA256 from DATA_SECRET), so it
// cannot be guessed or altered and needs no column: 16 bytes of ticket id, 2 bytes of day, 16 bytes
// of signature, base64url (46 characters). It stops working when its day ends (the page checks the
// day against today in the office's zone).

const EPOCH = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;

function mac(body: Buffer): Buffer {
  return crypto.createHmac('sha256', dataKey('live-ticket')).update(body).digest().subarray(0, 16);
}

/** The token for a ticket of `day` (YYYY-MM-DD, the office's calendar day). */
export function liveTicketToken(ticketId: string, day: string): string {
  const id = Buffer.from(ticketId.replaceAll('-', ''), 'hex');
  const days = Buffer.alloc(2);
  days.writeUInt16BE(Math.round((Date.parse(`${day}T00:00:00Z`) - EPOCH) / DAY_MS));
  const body = Buffer.concat([id, days]);
  return Buffer.concat([body, mac(body)]).toString('base64url');
}

/** The ticket and day a token names, or null when it is malformed or its signature is wrong. */
export function readLiveTicketToken(token: string): { ticketId: string; day: string } | null {
  if (!/^[A-Za-z0-9_-]{46}$/.test(token)) return null;
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== 34) return null;
  const body = raw.subarray(0, 18);
  if (!crypto.timingSafeEqual(mac(body), raw.subarray(18))) return null;
  const hex = body.subarray(0, 16).toString('hex');
  const ticketId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const day = new Date(EPOCH + body.readUInt16BE(16) * DAY_MS).toISOString().slice(0, 10);
  return { ticketId, day };
}
