// What residents and staff read about keeping and erasing personal data (docs/data-retention.md).
import { formatLocalDate } from './format';

const dni = (n: number) => (n === 1 ? '1 dniu' : `${n} dniach`);

/** The words of the regulations that state the period; the seed finds and updates them. */
export const retentionPeriodPhrase = (days: number) => `usuwane po ${dni(days)} od terminu wizyty`;
export const RETENTION_PERIOD_PATTERN = /usuwane po (\d+) dni(?:u|ach) od terminu wizyty/;

export const RETENTION_TEXT = {
  resident: {
    readOnlyTitle: 'Wizyta zakończona',
    /** The manage page after the visit began: nothing can be changed, everything can be read. */
    readOnly: 'Termin wizyty minął, więc rezerwacji nie można już zmienić ani odwołać.',
    erasureOn: (date: string) =>
      `Dane osobowe tej rezerwacji (adres e-mail, numer telefonu, numer wniosku) usuniemy ${formatLocalDate(date)}. Do tego czasu możesz je sprawdzić poniżej.`,
    erasureSoon:
      'Dane osobowe tej niepotwierdzonej rezerwacji (adres e-mail, numer telefonu, numer wniosku) usuniemy w ciągu doby.',
    deletedTitle: 'Rezerwacja zakończona, dane usunięte',
    deleted: (reference: string) =>
      `Rezerwacja ${reference} jest zakończona. Zgodnie z regulaminem usunęliśmy jej dane osobowe: adres e-mail, numer telefonu i numer wniosku. Pozostały wyłącznie dane bez związku z Tobą, służące statystyce urzędu.`,
    /** A form posted from a page opened before the visit, after it. */
    refusedAfterVisit:
      'Termin wizyty minął: rezerwację można już tylko przejrzeć, nie można jej zmienić ani odwołać.',
    refusedDeleted: 'Ta rezerwacja jest zakończona, a jej dane zostały usunięte.',
  },
  staff: {
    formTitle: 'Usuń dane osobowe (wniosek mieszkańca)',
    formHint:
      'Usuwa adres e-mail, numer telefonu i numer wniosku z tej rezerwacji; statystyki i historia zmian zostają. Przyszła wizyta zostanie odwołana. Tego nie można cofnąć.',
    reasonLabel: 'Podstawa (np. wniosek z dnia, numer pisma)',
    reasonShort: 'Podaj podstawę usunięcia danych (co najmniej 5 znaków), np. datę i numer wniosku.',
    reasonLong: 'Podstawa może mieć najwyżej 300 znaków.',
    submit: 'Usuń dane osobowe',
    done: (reference: string, cancelled: boolean) =>
      `${reference}: dane osobowe usunięte${cancelled ? ', wizyta odwołana' : ''}.`,
    notFound: 'Nie znaleziono tej rezerwacji. Wyszukaj ją ponownie.',
    alreadyDeleted: (date: string) => `Dane osobowe tej rezerwacji usunięto już ${formatLocalDate(date)}.`,
    deletedOn: (date: string) => `Dane osobowe tej rezerwacji usunięto ${formatLocalDate(date)}.`,
    invalid: 'Nie udało się odczytać wniosku. Wyszukaj rezerwację ponownie.',
    cancelReason: 'usunięcie danych na wniosek mieszkańca',
  },
  /** The regulations' sentence on the retention period (prisma/regulations.ts). */
  regulations: (days: number) =>
    `Adres e-mail, numer telefonu oraz numer wniosku o wydanie dowodu osobistego są ${retentionPeriodPhrase(days)} (od odwołania, jeśli nastąpiło wcześniej), a dane rezerwacji niepotwierdzonej kodem — w ciągu doby. Zostają wyłącznie dane bez związku z osobą, służące statystyce. Po niestawieniu się na wizytę, przez okres stosowania ograniczenia z § 3 ust. 6, przechowywany jest jedynie kryptograficzny skrót adresu e-mail i numeru telefonu.`,
} as const;
