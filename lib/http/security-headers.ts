// Security headers decided per request in proxy.ts (the static ones every response gets, such
// as X-Content-Type-Options, are in static-security-headers.json: next.config.ts adds them to
// Next.js's answers, scripts/server.mjs to the files it answers itself). Pure: no process.env, no
// randomness.
// See docs/decisions/014-edge-security.md.

export type SecurityHeaderOptions = {
  /** A fresh, unguessable value per request: the only inline scripts and styles that run carry it. */
  nonce: string;
  /** APP_URL is https: browsers are told to use nothing else (HSTS), and to upgrade subresources. */
  https: boolean;
  /** `next dev`: React's debugging needs eval, and the error overlay inline styles. */
  dev: boolean;
};

/** HSTS for a year, subdomains included; not preloaded (that is the city's decision to make). */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** The Content-Security-Policy of a page: scripts and styles of this origin or with the nonce. */
export function pageContentSecurityPolicy({ nonce, https, dev }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next's nonced bootstrap loads may run; nothing else inline.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** API answers are data, never a document to run or frame. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Response headers of one request; `api` for route handlers under /api. */
export function securityHeaders(options: SecurityHeaderOptions & { api: boolean }): Record<string, string> {
  return {
    'Content-Security-Policy': options.api ? API_CONTENT_SECURITY_POLICY : pageContentSecurityPolicy(options),
    ...(options.https ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}
