import 'server-only';

const encoder = new TextEncoder();

/** One server-sent event, encoded once (the same bytes may go to many streams). */
export function encodeEvent(event: string, data: unknown): Uint8Array {
  return encodeJsonEvent(event, JSON.stringify(data));
}

/** The same, for data already serialised. */
export function encodeJsonEvent(event: string, json: string): Uint8Array {
  return encoder.encode(`event: ${event}\ndata: ${json}\n\n`);
}

export type EventSink = {
  /**
   * Queues `chunk` for the reader unless it has fallen behind (the bytes waiting for it would pass
   * the stream's bound): then the stream is ended instead and false returned. The next connection
   * gets the whole state, so nothing is lost but the backlog.
   */
  write(chunk: Uint8Array): boolean;
  /** Ends the stream normally (EventSource reconnects by itself after `retry` ms). */
  end(): void;
};

export type EventStreamOptions = {
  /** The request's signal: the stream ends when the browser goes away. */
  signal: AbortSignal;
  /** The stream ends normally after this long (spread by the caller, so screens do not return together). */
  lifetimeMs: number;
  /** How long EventSource waits before it reconnects after a normal end. */
  retryMs: number;
  /** Bytes that may wait for a reader that does not read. */
  highWaterMark?: number;
  /** A comment this often keeps proxies from closing an idle stream. */
  heartbeatMs?: number;
  /** Runs once when the stream ends, however it ends. */
  onClose?: () => void;
};

export const STREAM_BUFFER_BYTES = 16 * 1024;
const HEARTBEAT = encoder.encode(': ping\n\n');

/**
 * A server-sent events response that costs a bounded amount whatever the reader does: nothing is
 * queued past the stream's `desiredSize` (a reader that stops reading is dropped, not buffered
 * for), and the stream ends after its lifetime. `subscribe` gets the sink and returns its
 * unsubscribe, called when the stream ends.
 */
export function sseResponse(o: EventStreamOptions, subscribe: (sink: EventSink) => () => void): Response {
  let finish = () => {};
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let done = false;
        let unsubscribe = () => {};
        const timers: NodeJS.Timeout[] = [];
        finish = () => {
          if (done) return;
          done = true;
          for (const t of timers) clearTimeout(t);
          o.signal.removeEventListener('abort', finish);
          try {
            unsubscribe();
          } finally {
            try {
              controller.close();
            } catch {
              // cancelled by the reader: already closed
            }
            o.onClose?.();
          }
        };
        const sink: EventSink = {
          write(chunk) {
            if (done) return false;
            if (chunk.byteLength > (controller.desiredSize ?? 0)) {
              finish();
              return false;
            }
            controller.enqueue(chunk);
            return true;
          },
          end: () => finish(),
        };
        sink.write(encoder.encode(`retry: ${Math.round(o.retryMs)}\n\n`));
        if (o.signal.aborted) return finish();
        o.signal.addEventListener('abort', finish, { once: true });
        timers.push(setTimeout(finish, o.lifetimeMs));
        const beat = setInterval(() => sink.write(HEARTBEAT), o.heartbeatMs ?? 15_000);
        timers.push(beat);
        for (const t of timers) t.unref();
        unsubscribe = subscribe(sink);
        if (done) unsubscribe();
      },
      cancel() {
        finish();
      },
    },
    { highWaterMark: o.highWaterMark ?? STREAM_BUFFER_BYTES, size: (chunk) => chunk.byteLength },
  );
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
