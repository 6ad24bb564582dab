import { prisma } from '@/lib/server/core/db';

/** A block on online booking by an e-mail address at an office, in force from `startsAt` to `endsAt`. */
export function createTestEmailBlock(b: { officeId: string; email: string; startsAt: Date; endsAt: Date }) {
  return prisma.contactBlock.create({
    data: {
      officeId: b.officeId,
      kind: 'EMAIL',
      value: b.email,
      reason: 'MANUAL',
      reasonNote: 'niestawiennictwa',
      source: 'MANUAL',
      startsAt: b.startsAt,
      endsAt: b.endsAt,
    },
  });
}
