import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

// ── Import boundaries ──────────────────────────────────────────────────────────────────────────
// The full phone metadata (≈157 kB) stays in the one server-only module that needs it.
const PHONE_METADATA = {
  group: ['libphonenumber-js/max', 'libphonenumber-js/max/*', 'libphonenumber-js/metadata.*'],
  message:
    'The full phone metadata is for lib/server/notify/sms-recipient.ts only (server-side, bundle size).',
};
// Only lib/server touches the database (and the test helpers, the seed, the scripts, tests).
const PRISMA = {
  group: [
    '@/lib/generated/prisma',
    '@/lib/generated/prisma/*',
    '**/generated/prisma',
    '**/generated/prisma/*',
    '@/lib/server/core/db',
    '**/server/core/db',
    '@prisma/client',
    '@prisma/client/*',
    '@prisma/adapter-pg',
  ],
  message: 'Only lib/server reads or writes the database: call a use case from lib/server/<area>/ instead.',
};
// A component gets its server actions as props from its page (or one actions module per route).
const APP = {
  group: ['@/app', '@/app/*', '../app/*', '../../app/*', '../../../app/*'],
  message: 'Components never import from app/: take the server action as a prop from the page.',
};
// lib/domain is pure: no database, no server modules, no framework.
const DOMAIN = [
  {
    group: ['@/lib/server', '@/lib/server/*', '../server', '../server/*'],
    message: 'lib/domain is pure: the server calls it, never the other way round.',
  },
  {
    group: ['next', 'next/*'],
    message: 'lib/domain is pure: no Next.js (now, the zone and rules are arguments).',
  },
];
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const ALL = ['**/*.{ts,tsx,js,mjs}'];
const DATA_LAYER = [
  'lib/server/**',
  'lib/testing/**',
  'prisma/**',
  'scripts/**',
  'e2e/**',
  '**/*.test.ts',
  '**/*.test.tsx',
  '*.config.{ts,mjs}',
];
const IMPORTS = [
  { files: ALL, ignores: ['lib/server/notify/sms-recipient.ts'], rules: restrict(PHONE_METADATA) },
  { files: ALL, ignores: DATA_LAYER, rules: restrict(PHONE_METADATA, PRISMA) },
  { files: ['components/**/*.{ts,tsx}'], rules: restrict(PHONE_METADATA, PRISMA, APP) },
  { files: ['lib/domain/**/*.ts'], rules: restrict(PHONE_METADATA, PRISMA, ...DOMAIN) },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // A booking's seat (SlotClaim) and contact locks (ContactLock) change only with its life cycle:
    // lib/server/booking/apply-transition.ts and the three files it is built from
    // (docs/decisions/019-booking-lifecycle.md). Test data and fixtures may write them directly;
    // anyone may read them (the calendar counts seats, the hold counts its time's).
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
            'TaggedTemplateExpression[tag.property.name=/^[$](query|execute)Raw/] TemplateElement[value.raw=/(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+"(SlotClaim|ContactLock)"/i]',
          message:
            'Raw SQL on SlotClaim or ContactLock belongs to the booking life cycle (lib/server/booking/apply-transition.ts).',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^[$](query|execute)RawUnsafe$/] Literal[value=/(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+"(SlotClaim|ContactLock)"/i]',
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
  // Import boundaries (no-restricted-imports). ESLint keeps only the last matching block's options
  // for a rule, so each block repeats the patterns of the blocks before it (see IMPORTS below).
  ...IMPORTS,
  {
    // zod 4 deprecated ZodError#flatten(); every form's field errors come from one place.
    files: ALL,
    rules: {
      'no-restricted-properties': [
        'error',
        {
          property: 'flatten',
          message: 'Use fieldErrorsOf (lib/validation/form-state.ts), which calls z.flattenError.',
        },
      ],
    },
  },
]);
