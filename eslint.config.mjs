import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Seats and contact locks are freed in one place, which frees only what a status gives up.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/release-booking.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[property.name=/^delete/][object.property.name=/^(slotClaim|contactLock)$/]',
          message:
            'Free seats and contact locks with releaseBookings (lib/server/booking/release-booking.ts).',
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'lib/generated/**',
    '.data/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  {
    // The full phone metadata (≈157 kB) stays in the one server-only module that needs it.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['lib/server/notify/sms-recipient.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['libphonenumber-js/max', 'libphonenumber-js/max/*', 'libphonenumber-js/metadata.*'],
              message:
                'The full phone metadata is for lib/server/notify/sms-recipient.ts only (server-side, bundle size).',
            },
          ],
        },
      ],
    },
  },
]);
