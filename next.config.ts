import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import securityHeaders from './lib/http/static-security-headers.json' with { type: 'json' };

// next-intl finds each request's language and catalogue in i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Every page's <title> in <head> of the first response (issue 24). Next.js streams metadata by
  // default: what is not ready when the head goes out arrives later inside <body>, where readers of
  // the bare HTML (the W3C checker, link previews) find no title. User agents matching this get
  // blocking metadata instead; matching all of them turns streaming off (Next.js docs,
  // `htmlLimitedBots`). The head then waits for generateMetadata, which reads nothing its page does
  // not read too (React cache), so it never waits longer than the page itself would.
  // A request with no User-Agent is streamed whatever this says; proxy.ts gives it one. Decision 034.
  htmlLimitedBots: /.*/,
  // The Prisma client and pg are server-only runtime dependencies; bundling them gains nothing.
  serverExternalPackages: ['@prisma/client', '@prisma/adapter-pg', 'pg'],
  async headers() {
    return [
      {
        source: '/:path*',
        // Also on the scripts and stylesheets scripts/server.mjs answers itself.
        headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default withNextIntl(nextConfig);
