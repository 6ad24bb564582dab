import 'server-only';

/**
 * A server-sent events response: `subscribe` gets a `send` and returns its unsubscribe; a comment
 * line every 15 s keeps proxies from closing an idle stream; the subscription ends when the
 * browser goes away (the request's signal). EventSource reconnects by itself.
 */
export function sseResponse(
  signal: AbortSignal,
  subscribe: (send: (event: string, data: unknown) => void) => () => void,
): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (chunk: string) => {
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = subscribe((event, data) =>
        write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
      );
      const heartbeat = setInterval(() => write(': ping\n\n'), 15_000);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
        cleanup = () => {};
      };
      write('retry: 2000\n\n');
      if (signal.aborted) cleanup();
      else signal.addEventListener('abort', () => cleanup(), { once: true });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
