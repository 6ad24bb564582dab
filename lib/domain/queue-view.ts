// What the waiting-room display and the resident's live ticket show: plain, serialisable, and
// without personal data (a ticket number, a counter, counts).

export type DisplayCall = { ticketId: string; number: string; counter: number; calledAt: string };

export type DisplayState = {
  officeName: string;
  /** The newest call, shown large. */
  current: DisplayCall | null;
  /** The calls before it, newest first. */
  recent: DisplayCall[];
  waiting: { categoryId: string; name: string; letter: string; count: number }[];
};

export type LiveTicketState = {
  number: string;
  categoryName: string;
  officeName: string;
  waitingArea: string | null;
  status: 'ISSUED' | 'CALLED' | 'SERVED' | 'ABSENT';
  counter: number | null;
  /** Tickets in front of this one (while it waits). */
  ahead: number;
  /** Estimated minutes until its call (while it waits). */
  waitMinutes: number | null;
  visitStartsAt: string | null;
};
