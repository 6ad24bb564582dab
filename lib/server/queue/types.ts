import 'server-only';
import type { TicketKind, TicketStatus } from '@/lib/domain/queue-ticket';
import { cookieOptions } from '@/lib/server/core/cookie-options';

export type QueueTicketStatus = TicketStatus;

/** A paired, unrevoked ticket machine and its office. */
export type KioskDevice = {
  id: string;
  name: string;
  office: { id: string; slug: string; name: string; shortName: string; kioskEnabled: boolean };
};

/** What the kiosk prints. */
export type TicketView = {
  id: string;
  number: string;
  kind: TicketKind;
  categoryName: string;
  officeName: string;
  waitingArea: string | null;
  visitStartsAt: Date | null;
  issuedAt: Date;
  /** Tickets of its category that the counters will call before it, as things stand. */
  waitingAhead: number;
  /** The live ticket's address for the phone (/bilet/{token}), printed as a QR code. */
  liveUrl: string;
};

/** A ticket as the counter sees it. */
export type CalledTicket = {
  id: string;
  number: string;
  kind: TicketKind;
  status: QueueTicketStatus;
  categoryId: string;
  categoryName: string;
  counter: number | null;
  calledAt: Date | null;
  callCount: number;
  booking: { reference: string; matterName: string; startsAt: Date } | null;
};

export type CounterScope = { officeId: string; counter: number; categoryIds: string[] };
export type TicketAction = { ticketId: string; counter: number };

/** The device cookie holds the token from pairDevice; only its hash is stored. */
export const KIOSK_COOKIE = 'termin-kiosk';
export const KIOSK_COOKIE_MAX_AGE = 400 * 24 * 60 * 60;

/** Options for setting KIOSK_COOKIE. */
export function kioskCookieOptions() {
  return cookieOptions({ path: '/', maxAge: KIOSK_COOKIE_MAX_AGE });
}
