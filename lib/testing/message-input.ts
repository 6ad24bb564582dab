import { translator } from '@/lib/i18n/translator';
import type { MessageModule, RenderInput } from '@/lib/server/notify/messages/message';
import { SAMPLE_OFFICE } from '@/lib/server/notify/messages/samples';

/** Everything a module renders its sample with, as the tests and previews give it. */
export const sampleInput = <F>(m: MessageModule<F>): RenderInput<F> => ({
  t: translator('pl'),
  locale: 'pl' as const,
  facts: m.sample.facts,
  office: SAMPLE_OFFICE,
  visit: m.sample.visit,
  appUrl: 'https://termin.example',
  peupBaseUrl: 'https://peup.example',
  recipient: 'jan.kowalski@example.com',
  mailFrom: 'Urząd Miasta Opola <rezerwacje@um.opole.pl>',
});
