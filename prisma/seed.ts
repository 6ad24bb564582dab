// `npm run db:seed` (and every `npm start`): Opole's catalogue and the first administrator.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { seedDatabase } from './seed-catalogue';

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
try {
  const report = await seedDatabase(prisma);
  if (report.created.length) console.log(`[termin] Dodano: ${report.created.join(', ')}.`);
  if (report.admin?.password) {
    console.log(
      `[termin] Utworzono konto administratora (hasło pokazywane tylko raz):\n` +
        `         e-mail: ${report.admin.email}\n         hasło:  ${report.admin.password}\n` +
        `         zapisane w ${report.admin.file}`,
    );
  }
} finally {
  await prisma.$disconnect();
}
