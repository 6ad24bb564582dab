import { describe, expect, it } from 'vitest';
import { HSTS, pageContentSecurityPolicy, securityHeaders } from './security-headers';

const directives = (csp: string) => Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d]));

describe('securityHeaders', () => {
  it('allows scripts and styles only from this origin or with the nonce, and no framing', () => {
    const d = directives(pageContentSecurityPolicy({ nonce: 'abc123', https: false, dev: false }));
    expect(d['script-src']).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(d['style-src']).toBe("style-src 'self' 'nonce-abc123'");
    expect(d['frame-ancestors']).toBe("frame-ancestors 'none'");
    expect(d['object-src']).toBe("object-src 'none'");
    expect(d['form-action']).toBe("form-action 'self'");
    expect(d['base-uri']).toBe("base-uri 'self'");
    expect(Object.values(d).join(' ')).not.toMatch(/unsafe/);
    expect(d['upgrade-insecure-requests']).toBeUndefined();
  });

  it('sends HSTS and upgrades subresources only when APP_URL is https', () => {
    const https = securityHeaders({ nonce: 'n', https: true, dev: false, api: false });
    expect(https['Strict-Transport-Security']).toBe(HSTS);
    expect(https['Content-Security-Policy']).toContain('upgrade-insecure-requests');
    expect(securityHeaders({ nonce: 'n', https: false, dev: false, api: false })).not.toHaveProperty(
      'Strict-Transport-Security',
    );
  });

  it('gives API answers a policy that runs and frames nothing', () => {
    const h = securityHeaders({ nonce: 'n', https: true, dev: false, api: true });
    expect(h['Content-Security-Policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(h['Strict-Transport-Security']).toBe(HSTS);
  });

  it('relaxes only what next dev needs', () => {
    const d = directives(pageContentSecurityPolicy({ nonce: 'n', https: false, dev: true }));
    expect(d['script-src']).toContain("'unsafe-eval'");
    expect(d['style-src']).toBe("style-src 'self' 'unsafe-inline'");
  });
});
