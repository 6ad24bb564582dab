import 'server-only';
import { jitter } from '@/lib/domain/live-timing';

export type StreamLimits = {
  /** Open streams in this process. */
  total: number;
  /** Open streams of one client address (a waiting room's phones may share one Wi-Fi address). */
  perAddress: number;
  /** Open streams of one live ticket (one resident's phone and a tab or two). */
  perTicket: number;
};

export type Admission =
  | { ok: true; release: () => void }
  | { ok: false; reason: 'total' | 'address' | 'ticket'; retryAfterSeconds: number };

/** The Retry-After of a refusal, spread so refused clients do not return together. */
const RETRY_AFTER_SECONDS = 30;

/**
 * Counts the open streams of this process, of each address and of each ticket, and admits a new
 * one only under every limit. Counts live in memory (streams belong to a process); the maps hold
 * only keys with open streams, so they are bounded by `total`.
 */
export function createStreamGate(limits: StreamLimits, random: () => number = Math.random) {
  let open = 0;
  const byAddress = new Map<string, number>();
  const byTicket = new Map<string, number>();
  const dec = (m: Map<string, number>, k: string) => {
    const n = (m.get(k) ?? 1) - 1;
    if (n <= 0) m.delete(k);
    else m.set(k, n);
  };
  const refuse = (reason: 'total' | 'address' | 'ticket'): Admission => ({
    ok: false,
    reason,
    retryAfterSeconds: Math.max(1, Math.round(jitter(RETRY_AFTER_SECONDS * 1000, random(), 0.5) / 1000)),
  });

  return {
    admit({ address, ticket }: { address: string; ticket?: string }): Admission {
      if (open >= limits.total) return refuse('total');
      if ((byAddress.get(address) ?? 0) >= limits.perAddress) return refuse('address');
      if (ticket !== undefined && (byTicket.get(ticket) ?? 0) >= limits.perTicket) return refuse('ticket');
      open++;
      byAddress.set(address, (byAddress.get(address) ?? 0) + 1);
      if (ticket !== undefined) byTicket.set(ticket, (byTicket.get(ticket) ?? 0) + 1);
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          open--;
          dec(byAddress, address);
          if (ticket !== undefined) dec(byTicket, ticket);
        },
      };
    },
    get open() {
      return open;
    },
  };
}

export type StreamGate = ReturnType<typeof createStreamGate>;
