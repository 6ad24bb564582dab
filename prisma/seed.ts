// `npm run db:seed` (and every `npm start`): Opole's catalogue and the first administrator.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { ConfigError } from '@/lib/validation/config';
import { seedDatabase } from './seed-catalogue';

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
try {
  const report = await seedDatabase(prisma);
  if (report.created.length) console.log(`[termin] Dodano: ${report.created.join(', ')}.`);
  for (const w of report.warnings ?? []) console.warn(`[termin] Uwaga: ${w}`);
  if (report.admin?.password) {
    console.log(
      `[termin] Utworzono konto administratora (hasło pokazywane tylko raz):\n` +
        `         e-mail: ${report.admin.email}\n         hasło:  ${report.admin.password}\n` +
        `         zapisane w ${report.admin.file}`,
    );
  }
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(e.message); // e.g. a malformed RETENTION_DAYS, said in one line
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
