import { afterAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase } from '@/lib/testing/databases';
import { regulationsV1 } from './regulations';
import { syncRegulationsRetention } from './sync-regulations';

// The newest version decides: a database of its own, where no other file publishes meanwhile.
const db = await createMigratedDatabase('regulations');
const { prisma } = db;
afterAll(() => db.drop());

const newest = () => prisma.regulationsVersion.findFirstOrThrow({ orderBy: { version: 'desc' } });
const now = new Date('2026-12-01T06:00:00Z');

describe('the retention period in the regulations', () => {
  it('is stated from RETENTION_DAYS, and a change publishes a new version with only the period changed', async () => {
    expect(await syncRegulationsRetention(prisma, 14, now)).toEqual({ published: 1 });
    const v1 = await newest();
    expect(v1.body).toContain(
      '5. Adres e-mail, numer telefonu oraz numer wniosku o wydanie dowodu osobistego są usuwane po 14 dniach od terminu wizyty',
    );

    expect(await syncRegulationsRetention(prisma, 14, now)).toEqual({});
    expect((await newest()).version).toBe(1);

    expect(await syncRegulationsRetention(prisma, 30, now)).toEqual({ published: 2 });
    const v2 = await newest();
    expect(v2.body).toBe(v1.body.replace('po 14 dniach', 'po 30 dniach'));
    expect(v2).toMatchObject({ title: v1.title, publishedById: null, publishedAt: now });
    expect(await prisma.auditLog.findFirst({ where: { entityId: v2.id } })).toMatchObject({
      actor: 'system',
      action: 'regulations.publish',
      data: { version: 2, cause: 'RETENTION_DAYS', retentionDays: 30 },
    });

    // An administrator's own wording stays; only the period follows the setting.
    const own = `${v2.body}\n\n§ 6. Postanowienia końcowe\nRegulamin obowiązuje od dnia publikacji.`;
    await prisma.regulationsVersion.create({ data: { version: 3, title: 'Regulamin (wyd. 3)', body: own } });
    expect(await syncRegulationsRetention(prisma, 1, now)).toEqual({ published: 4 });
    const v4 = await newest();
    expect(v4.title).toBe('Regulamin (wyd. 3)');
    expect(v4.body).toBe(own.replace('po 30 dniach', 'po 1 dniu'));
  });

  it('replaces the first version shipped without the period, and only warns about a text of the office that lacks it', async () => {
    await prisma.regulationsVersion.deleteMany();
    const legacy = regulationsV1(14).body.replace(/\n5\. Adres e-mail[^\n]*/, '');
    await prisma.regulationsVersion.create({ data: { version: 1, title: 'Regulamin', body: legacy } });
    expect(await syncRegulationsRetention(prisma, 14, now)).toEqual({ published: 2 });
    expect((await newest()).body).toBe(regulationsV1(14).body);

    await prisma.regulationsVersion.create({ data: { version: 3, title: 'Regulamin', body: legacy } });
    const r = await syncRegulationsRetention(prisma, 14, now);
    expect(r.published).toBeUndefined();
    expect(r.warning).toMatch(
      /Regulamin \(wersja 3\) nie podaje okresu przechowywania danych \(RETENTION_DAYS=14/,
    );
    expect((await newest()).version).toBe(3);
  });
});
