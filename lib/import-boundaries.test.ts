// The import boundaries of eslint.config.mjs, checked against the real config: each rule must
// refuse what it names and let through what is allowed (a rule that stops biting fails here).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('zod field errors', { timeout: 60_000 }, () => {
  it('refuse the deprecated ZodError#flatten()', async () => {
    const [r] = await eslint.lintText(
      "import { z } from 'zod';\nexport const e = z.string().safeParse(1).error?.flatten();\n",
      { filePath: 'app/x/actions.ts' },
    );
    expect(r!.messages.map((m) => m.ruleId)).toContain('no-restricted-properties');
  });
});

describe('import boundaries', { timeout: 60_000 }, () => {
  it.each([
    [
      'a component importing a server action from app/',
      'components/admin/x.tsx',
      "import { x } from '@/app/admin/actions';",
      /Components never import from app/,
    ],
    [
      'a component importing app/ relatively',
      'components/admin/x.tsx',
      "import { x } from '../../app/wizyta/actions';",
      /Components never import from app/,
    ],
    [
      'a page importing the Prisma client',
      'app/admin/(panel)/x/page.tsx',
      "import { prisma as x } from '@/lib/server/core/db';",
      /Only lib\/server/,
    ],
    [
      'a page importing generated Prisma types',
      'app/x/page.tsx',
      "import { Prisma as x } from '@/lib/generated/prisma/client';",
      /Only lib\/server/,
    ],
    [
      'a component importing Prisma',
      'components/booking/x.tsx',
      "import type { Booking as x } from '@/lib/generated/prisma/client';",
      /Only lib\/server/,
    ],
    [
      'lib/validation importing Prisma',
      'lib/validation/x.ts',
      "import { prisma as x } from '@/lib/server/core/db';",
      /Only lib\/server/,
    ],
    [
      'lib/domain importing lib/server',
      'lib/domain/x.ts',
      "import { x } from '@/lib/server/booking/hold-slot';",
      /lib\/domain is pure/,
    ],
    [
      'lib/domain importing next',
      'lib/domain/x.ts',
      "import { redirect as x } from 'next/navigation';",
      /lib\/domain is pure/,
    ],
    [
      'lib/domain importing Prisma',
      'lib/domain/x.ts',
      "import { Prisma as x } from '@/lib/generated/prisma/client';",
      /Only lib\/server/,
    ],
    [
      'the full phone metadata outside sms-recipient',
      'lib/server/booking/x.ts',
      "import x from 'libphonenumber-js/max';",
      /sms-recipient/,
    ],
    [
      'the full phone metadata in a component',
      'components/booking/x.tsx',
      "import x from 'libphonenumber-js/max';",
      /sms-recipient/,
    ],
  ])('refuses %s', async (_name, file, code, message) => {
    const messages = await restricted(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each([
    [
      'a use case importing Prisma',
      'lib/server/booking/x.ts',
      "import { prisma as x } from '@/lib/server/core/db';",
    ],
    [
      'an integration test importing Prisma',
      'app/wizyta/x.int.test.ts',
      "import { prisma as x } from '@/lib/server/core/db';",
    ],
    [
      'a test helper importing Prisma',
      'lib/testing/x.ts',
      "import { prisma as x } from '@/lib/server/core/db';",
    ],
    [
      'a page importing its actions and a use case',
      'app/x/page.tsx',
      "import { x } from './actions';\nimport { getCategory } from '@/lib/server/catalogue/get-category';\nvoid getCategory;",
    ],
    [
      'a component importing lib/domain and lib/validation',
      'components/admin/x.tsx',
      "import { x } from '@/lib/domain/time';\nimport type { FormState } from '@/lib/validation/form-state';\nexport type S = FormState;",
    ],
    [
      'sms-recipient importing the full metadata',
      'lib/server/notify/sms-recipient.ts',
      "import x from 'libphonenumber-js/max';",
    ],
  ])('allows %s', async (_name, file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
