import { describe, expect, it, vi } from 'vitest';
import { liveTicketToken, readLiveTicketToken } from './ticket-link';

vi.mock('@/lib/server/core/keys', () => ({ dataKey: () => Buffer.alloc(32, 7) }));

describe('live ticket link', () => {
  const id = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';

  it('round-trips the ticket and its day in 46 URL-safe characters', () => {
    const token = liveTicketToken(id, '2026-12-01');
    expect(token).toMatch(/^[A-Za-z0-9_-]{46}$/);
    expect(readLiveTicketToken(token)).toEqual({ ticketId: id, day: '2026-12-01' });
  });

  it('refuses a token altered in any character, or malformed', () => {
    const token = liveTicketToken(id, '2026-12-01');
    for (let i = 0; i < token.length; i++) {
      const c = token[i] === 'A' ? 'B' : 'A';
      const altered = token.slice(0, i) + c + token.slice(i + 1);
      // The last character carries two unused bits in base64; flipping them may decode the same bytes.
      if (Buffer.from(altered, 'base64url').equals(Buffer.from(token, 'base64url'))) continue;
      expect(readLiveTicketToken(altered), `position ${i}`).toBeNull();
    }
    expect(readLiveTicketToken('')).toBeNull();
    expect(readLiveTicketToken(`${token}A`)).toBeNull();
    expect(readLiveTicketToken('x'.repeat(46))).toBeNull();
  });

  it('names another day for the same ticket with another token', () => {
    expect(liveTicketToken(id, '2026-12-02')).not.toBe(liveTicketToken(id, '2026-12-01'));
    expect(readLiveTicketToken(liveTicketToken(id, '2027-03-28'))!.day).toBe('2027-03-28');
  });
});
