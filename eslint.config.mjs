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
