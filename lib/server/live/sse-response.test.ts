// A reader that stops reading costs nothing: what waits for it stays within the stream's bound,
// and the stream ends instead of buffering; every stream ends after its lifetime.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type EventSink, STREAM_BUFFER_BYTES, encodeEvent, sseResponse } from './sse-response';

afterEach(() => {
  vi.useRealTimers();
});

async function readAll(res: Response): Promise<string> {
  return new Response(res.body).text();
}

function open(opts: { lifetimeMs?: number; signal?: AbortSignal } = {}) {
  let sink!: EventSink;
  const closed = vi.fn();
  const unsubscribed = vi.fn();
  const res = sseResponse(
    {
      signal: opts.signal ?? new AbortController().signal,
      lifetimeMs: opts.lifetimeMs ?? 60_000,
      retryMs: 3_000,
      onClose: closed,
    },
    (s) => {
      sink = s;
      return unsubscribed;
    },
  );
  return { res, sink, closed, unsubscribed };
}

describe('sseResponse', () => {
  it('buffers a bounded amount for a reader that never reads, then ends the stream', async () => {
    const { res, sink, closed, unsubscribed } = open();
    const event = encodeEvent('state', { officeName: 'x'.repeat(900), waiting: [1, 2, 3] });
    let accepted = 0;
    for (let i = 0; i < 5_000; i++) if (sink.write(event)) accepted++;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted * event.byteLength).toBeLessThanOrEqual(STREAM_BUFFER_BYTES);
    expect(closed).toHaveBeenCalledTimes(1);
    expect(unsubscribed).toHaveBeenCalledTimes(1);
    const body = await readAll(res);
    expect(body.length).toBeLessThanOrEqual(STREAM_BUFFER_BYTES + 100);
    expect(body.startsWith('retry: 3000\n\n')).toBe(true);
  });

  it('keeps a reader that keeps up', async () => {
    const { res, sink, closed } = open();
    const reader = res.body!.getReader();
    const event = encodeEvent('state', { n: 'x'.repeat(1_000) });
    for (let i = 0; i < 100; i++) {
      expect(sink.write(event)).toBe(true);
      await reader.read();
    }
    expect(closed).not.toHaveBeenCalled();
    await reader.cancel();
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it('ends normally after its lifetime, and when the browser leaves', async () => {
    vi.useFakeTimers();
    const a = open({ lifetimeMs: 10_000 });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(a.closed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(a.closed).toHaveBeenCalledTimes(1);
    expect(a.unsubscribed).toHaveBeenCalledTimes(1);
    expect(await readAll(a.res)).toBe('retry: 3000\n\n');

    const leaving = new AbortController();
    const b = open({ signal: leaving.signal });
    leaving.abort();
    expect(b.closed).toHaveBeenCalledTimes(1);
    expect(b.sink.write(encodeEvent('state', {}))).toBe(false);
  });
});
