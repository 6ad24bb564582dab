import { type Contact, describeContact } from '@/lib/server/blocks/find-active-block';
import { defineMessage } from './message';
import { SAMPLE_OFFICE_ID } from './samples';

/** A block was lifted before its end: the address may book online again. */
export const contactUnblocked = defineMessage<{ officeId: string; contacts: Contact[] }>({
  template: 'contact-unblocked',
  aboutBooking: false,
  email: async ({ t, facts, office }) => ({
    subject: t('notify.unblocked.subject'),
    text: t('notify.unblocked.text', {
      office: office.name,
      contacts: facts.contacts.map((c) => describeContact(c, t)).join(', '),
    }),
  }),
  sample: {
    facts: { officeId: SAMPLE_OFFICE_ID, contacts: [{ kind: 'EMAIL', value: 'jan.kowalski@example.com' }] },
    visit: null,
  },
});
