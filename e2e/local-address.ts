// Requests sent from a chosen local address (127.0.0.2, …): Playwright cannot pick one, and the
// server counts per-address limits and sign-in waits by the TCP peer (scripts/server.mjs).
import http from 'node:http';

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string | number>; body?: Buffer | string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: init.method ?? 'GET', localAddress, headers: init.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** A multipart POST (a form as a browser would send it) from `localAddress`. */
export async function postFrom(
  localAddress: string,
  url: string,
  form: FormData,
  headers: Record<string, string>,
) {
  const encoded = new Request(url, { method: 'POST', body: form });
  const payload = Buffer.from(await encoded.arrayBuffer());
  return requestFrom(localAddress, url, {
    method: 'POST',
    body: payload,
    headers: {
      ...headers,
      'content-type': encoded.headers.get('content-type')!,
      'content-length': payload.length,
    },
  });
}

/** The cookies an answer sets (name → value), to send back with the next request. */
export function cookiesOf(answer: Answer): Record<string, string> {
  return Object.fromEntries(
    (answer.headers['set-cookie'] ?? []).map((c) => {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      return [pair!.slice(0, eq), pair!.slice(eq + 1)];
    }),
  );
}

export const cookieHeader = (jar: Record<string, string>) =>
  Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
