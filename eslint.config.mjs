import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // A booking's seat (SlotClaim) and contact locks (ContactLock) change only with its life cycle:
    // lib/server/booking/apply-transition.ts and the three files it is built from
    // (docs/decisions/019-booking-lifecycle.md). Test data and fixtures may write them directly.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: [
      'lib/server/booking/apply-transition.ts',
      'lib/server/booking/claim-seat.ts',
      'lib/server/booking/lock-contacts.ts',
      'lib/server/booking/release-booking.ts',
      '**/*.test.ts',
      'lib/testing/**',
      'e2e/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[property.name=/^(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)$/][object.property.name=/^(slotClaim|contactLock)$/]',
          message:
            'Seats and contact locks change with the booking’s status: applyTransition (lib/server/booking/apply-transition.ts).',
        },
        {
          selector:
            "CallExpression[callee.object.property.name='booking'][callee.property.name=/^(update|upsert)/] Property[key.name='data'] > ObjectExpression > Property[key.name='status']",
          message:
            'A booking’s status changes through applyTransition (lib/server/booking/apply-transition.ts), with its seat and contact locks.',
        },
        {
          selector:
            'TaggedTemplateExpression[tag.property.name=/^[$](query|execute)Raw/] TemplateElement[value.raw=/SlotClaim|ContactLock/]',
          message:
            'Raw SQL on SlotClaim or ContactLock belongs to the booking life cycle (lib/server/booking/apply-transition.ts).',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^[$](query|execute)RawUnsafe$/] Literal[value=/SlotClaim|ContactLock/]',
          message:
            'Raw SQL on SlotClaim or ContactLock belongs to the booking life cycle (lib/server/booking/apply-transition.ts).',
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
