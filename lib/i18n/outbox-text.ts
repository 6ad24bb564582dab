// What staff read about messages that could not be sent (/admin/wiadomosci), in one place.

export const OUTBOX_TEXT = {
  kinds: {
    'confirmation-code': 'Kod potwierdzający',
    'booking-confirmed': 'Potwierdzenie wizyty',
    'visit-reminder': 'Przypomnienie o wizycie',
    'booking-cancelled': 'Odwołanie wizyty',
    'booking-cancelled-by-office': 'Odwołanie wizyty przez urząd',
    'visit-cancelled-late': 'Anulowanie wizyty (spóźnienie)',
    'visit-reinstated': 'Cofnięcie anulowania',
    'contact-blocked': 'Blokada rezerwacji internetowej',
    'contact-unblocked': 'Zdjęcie blokady',
  } as Record<string, string>,
  notFound: 'Nie znaleziono tej wiadomości.',
  alreadyHandled: 'Tę wiadomość już wysłano ponownie albo zamknięto.',
  codeCannotBeResent:
    'Kodu potwierdzającego nie można wysłać ponownie: kod nie jest przechowywany, a czas na potwierdzenie ' +
    'minął. Mieszkaniec musi zarezerwować wizytę jeszcze raz (albo zarezerwuj ją telefonicznie).',
  secretsGone: 'Tej wiadomości nie można wysłać ponownie: zawierała kod lub odnośnik, których już nie ma.',
  visitNotLive: 'Tej wiadomości nie ma już po co wysyłać: wizyta została odwołana albo już się rozpoczęła.',
  resent: 'Wiadomość dodano do wysłania ponownie.',
  resentWithNewLink:
    'Potwierdzenie dodano do wysłania ponownie, z nowym odnośnikiem do zarządzania wizytą (poprzedni przestał działać).',
  closed: 'Wiadomość zamknięto (nie będzie wysyłana).',
} as const;

export const kindLabel = (template: string) => OUTBOX_TEXT.kinds[template] ?? template;
