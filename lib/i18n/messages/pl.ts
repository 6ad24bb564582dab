// Every sentence Termin shows or sends, in Polish: the message catalogue. Keyed by area; values
// are plain strings with ICU-style parameters — `{phone}`, and plurals as
// `{count, plural, one {# wizyta} few {# wizyty} many {# wizyt} other {# wizyty}}` — so that
// English and Ukrainian are added as files of the same shape (`en.ts`, `uk.ts`, typed
// `satisfies Catalogue`). Read through `t()` (lib/i18n/t.ts); never import a sentence directly.
//
// The only other places Polish text is written: prisma/ seed data (the catalogue of matters, the
// regulations) and this file. A unit test (lib/i18n/catalogue.test.ts) fails when code uses a key
// the catalogue lacks, or when the catalogue keeps a key nobody uses.

export const pl = {
  common: {
    failed: 'Wystąpił błąd po naszej stronie. Spróbuj ponownie za chwilę.',
    fixFields: 'Popraw zaznaczone pola.',
    notAForm: 'Nie udało się odczytać formularza. Odśwież stronę i wypełnij go ponownie.',
    invalidValue: 'Nieprawidłowa wartość.',
    dateTime: '{date}, godz. {time}',
  },
  /** The default sentence of each AppError code (lib/server/core/errors.ts): the code union is these keys. */
  errors: {
    // everyday changes
    NOT_MOVABLE: 'Termin można zmienić tylko wizycie umówionej, przed jej rozpoczęciem.',
    REASON_REQUIRED: 'Podaj powód odwołania.',
    ALREADY_ANONYMISED: 'Dane tej rezerwacji zostały już usunięte.',
    ALREADY_BLOCKED: 'Ten kontakt jest już zablokowany.',
    ALREADY_HANDLED: 'To zostało już załatwione.',
    ALREADY_LIFTED: 'Ta blokada została już zdjęta.',
    ANONYMISED: 'Dane tej rezerwacji zostały usunięte.',
    APPLICATION_NUMBER: 'Podaj prawidłowy numer wniosku.',
    BAD_CREDENTIALS: 'Nieprawidłowy adres e-mail lub hasło.',
    BAD_PASSWORD: 'Obecne hasło jest nieprawidłowe.',
    BEFORE_VISIT_DAY: 'Można to odnotować dopiero w dniu wizyty.',
    CANNOT_RESEND: 'Tej wiadomości nie można wysłać ponownie.',
    CODE: 'Kod jest nieprawidłowy.',
    CONCURRENT: 'W tej chwili ktoś inny zmienił te dane. Odśwież stronę i sprawdź je.',
    CONTACT_BLOCKED: 'Rezerwacja internetowa nie jest możliwa dla podanych danych kontaktowych.',
    CONTACT_BUSY: 'Na te dane kontaktowe jest już rezerwacja w tej kategorii.',
    EMAIL_TAKEN: 'Konto z tym adresem e-mail już istnieje.',
    FORBIDDEN: 'Nie masz uprawnień do tej czynności.',
    FORBIDDEN_OFFICE: 'Nie masz dostępu do tego biura.',
    HOLD_EXPIRED: 'Czas na potwierdzenie rezerwacji minął. Zarezerwuj wizytę ponownie.',
    LAST_ADMIN: 'Musi pozostać co najmniej jedno aktywne konto administratora.',
    LOCKED: 'Konto jest chwilowo zablokowane.',
    MATTER_UNKNOWN: 'Wybrana sprawa nie należy do tej kategorii.',
    NOTHING_TO_UNDO: 'Tej wizyty nie ma już czego cofnąć.',
    NOT_CANCELLABLE: 'Tej rezerwacji nie można już odwołać.',
    NOT_FOUND: 'Nie znaleziono.',
    NOT_HELD: 'Ta rezerwacja nie czeka już na potwierdzenie.',
    NOT_STARTED: 'Można to odnotować dopiero od godziny wizyty.',
    NO_CATEGORY: 'To biuro nie ma jeszcze żadnej kategorii spraw.',
    NO_CONTACT: 'Podaj adres e-mail lub numer telefonu.',
    NO_OFFICE: 'Twoje konto nie jest przypisane do żadnego biura. Skontaktuj się z administratorem.',
    OFFICE_REQUIRED: 'Urzędnik musi mieć przypisane biuro.',
    PAST: 'Wizyta już się rozpoczęła lub minęła.',
    PAST_END: 'Data końca nie może być wcześniejsza niż dzisiaj.',
    PHONE_ONLY: 'W tej kategorii wizytę można obecnie zarezerwować tylko telefonicznie.',
    RATE_LIMITED: 'Zbyt wiele prób z tego urządzenia. Spróbuj ponownie później.',
    RESEND_LIMIT: 'Kod właśnie wysłano. Sprawdź skrzynkę.',
    SAME_PASSWORD: 'Nowe hasło musi różnić się od obecnego.',
    SELF: 'Nie możesz wyłączyć własnego konta.',
    SIGN_IN_REFUSED: 'Nie udało się zalogować.',
    SLOT_GONE: 'Tej godziny nie ma już w harmonogramie.',
    SLOT_TAKEN: 'Ten termin został właśnie zajęty. Wybierz inny.',
    SLOT_UNAVAILABLE: 'Ten termin nie jest dostępny do rezerwacji. Wybierz inny.',
    SMS_NUMBER: 'Na ten numer nie można wysłać SMS-a.',
    STATUS_CHANGED: 'Status tej wizyty zmienił się w międzyczasie. Odśwież listę i sprawdź go.',
    STATUS_NOT_ALLOWED: 'Tej wizyty nie można oznaczyć w ten sposób.',
    TOO_MANY_ATTEMPTS:
      'Pięć razy wpisano błędny kod, więc rezerwacja została anulowana, a termin zwolniony. Zarezerwuj wizytę ponownie.',
    UNCHANGED: 'Nic się nie zmieniło.',
    VISIT_OVER: 'Termin wizyty minął.',
    WRONG_CODE: 'Kod jest nieprawidłowy.',
    // — the ticket machine and the counter (queue) from here down —
  },
  // Form fields' messages (zod schemas), all forms.
  validation: {},
  // The booking flow's server-side sentences (actions, use cases' outcomes, SMS).
  flow: {},
  schedule: {},
  blocks: {},
  notices: {},
  staff: {},
  visits: {},
  notify: {},
  retention: {},
  // Residents' pages: home, layout, booking steps, calendar, manage page, e-mails.
  site: {},
  booking: {},
  calendar: {},
  manage: {},
  email: {},
  // The staff area's pages and components.
  admin: {},
  // The ticket machine, the counter and the queue.
  queue: {},
  kiosk: {},
  counter: {},
  // Everyday changes: a clerk cancels or moves one visit, a resident reschedules.
  changes: {
    visitNotFound: 'Nie znaleziono tej wizyty. Odśwież listę.',
    bookingNotFound: 'Nie znaleziono rezerwacji. Sprawdź odnośnik z najnowszego e-maila.',
    changedMeanwhile: 'Ta wizyta zmieniła się w międzyczasie. Odśwież stronę i sprawdź ją.',
    notCancellable: 'Tę wizytę można odwołać tylko przed jej terminem, dopóki jest umówiona.',
    sameTime: 'To jest obecny termin wizyty. Wybierz inny.',
    slotUnavailable: 'Ten termin nie jest dostępny. Wybierz inny z listy.',
    slotTaken:
      'Ten termin został właśnie zajęty przez inną osobę. Wizyta zostaje w dotychczasowym terminie — wybierz inny.',
    phoneOnly: 'Termin wizyty w tej kategorii zmienimy obecnie tylko telefonicznie: {phone}.',
    blocked:
      'Zmiana terminu przez internet nie jest możliwa dla danych kontaktowych tej rezerwacji. Zadzwoń: {phone}.',
    validation: {
      reason: 'Podaj powód odwołania (co najmniej 5 znaków) — mieszkaniec go dostanie.',
      reasonLong: 'Powód może mieć najwyżej 300 znaków.',
      pickTime: 'Wybierz nowy termin.',
      visit: 'Nie wiadomo, której wizyty to dotyczy. Odśwież stronę.',
    },
    cancelled: {
      email: 'Wizyta {reference} odwołana. Mieszkaniec dostanie e-mail z powodem.',
      sms: 'Wizyta {reference} odwołana. Mieszkaniec dostanie SMS z powodem.',
      none: 'Wizyta {reference} odwołana. Nie możemy powiadomić mieszkańca (brak e-maila i numeru komórkowego) — przekaż mu to sam(a).',
    },
    moved: {
      email:
        'Wizyta przeniesiona na {when}, identyfikator {reference}. Mieszkaniec dostanie e-mail z nowym terminem.',
      sms: 'Wizyta przeniesiona na {when}, identyfikator {reference}. Mieszkaniec dostanie SMS z nowym terminem.',
      none: 'Wizyta przeniesiona na {when}, identyfikator {reference}. Nie możemy powiadomić mieszkańca (brak e-maila i numeru komórkowego) — przekaż mu to sam(a).',
    },
    // The resident's page "Zmień termin" (app/wizyta/[token]/zmien).
    reschedule: {
      link: 'Zmień termin',
      linkHint:
        'Wybierz inny wolny dzień lub godzinę. Dotychczasowy termin zwolnimy dopiero, gdy nowy będzie Twój.',
      title: 'Zmień termin wizyty',
      intro: 'Sprawa: {matter}. Obecny termin: {when}. Wybierz nowy dzień i godzinę.',
      current: 'Obecny termin',
      next: 'Nowy termin',
      confirmHeading: 'Potwierdź zmianę terminu',
      newReference: 'Wizyta w inny dzień dostanie nowy identyfikator (lista przyjęć przy stanowisku).',
      newLink:
        'Wyślemy nowe potwierdzenie z nowym odnośnikiem do rezerwacji. Dotychczasowy odnośnik przestanie działać.',
      submit: 'Zmień termin',
      back: '‹ Wróć do rezerwacji',
      otherTime: '‹ Wybierz inną godzinę',
      dayUnavailable: 'Ten dzień nie jest dostępny. Wybierz dzień oznaczony na niebiesko.',
      timeUnavailable: 'Ta godzina jest już zajęta albo niedostępna. Wybierz inną.',
      closed: 'Termin tej wizyty nie może już zostać zmieniony.',
    },
    // A visit's page for staff (app/admin/(panel)/wizyta/[id]).
    visit: {
      metaTitle: 'Wizyta',
      title: 'Wizyta {reference}',
      when: 'Termin',
      matter: 'Sprawa',
      category: 'Kategoria',
      status: 'Status',
      channel: 'Kanał',
      online: 'online',
      phone: 'telefon',
      notice: 'Powiadomienie',
      noticeEmail: 'e-mailem',
      noticeSms: 'SMS-em',
      noticeNone: 'brak e-maila i numeru komórkowego — przekaż zmianę sam(a)',
      back: '‹ Lista dnia',
      closed: 'Tę wizytę można odwołać lub przenieść tylko przed jej terminem, dopóki jest umówiona.',
      cancelHeading: 'Odwołaj na prośbę mieszkańca',
      reason: 'Powód (mieszkaniec go dostanie)',
      cancelSubmit: 'Odwołaj wizytę',
      moveHeading: 'Przenieś',
      moveIntro:
        'Wolne terminy tej samej kategorii. Dotychczasowe miejsce zwolni się dopiero, gdy nowe będzie zajęte.',
      moveSubmit: 'Przenieś na {when}',
      timeUnavailable: 'Ta godzina jest już zajęta albo niedostępna. Wybierz inną.',
      dayUnavailable: 'Ten dzień nie jest dostępny. Wybierz dzień z wolnymi terminami.',
      open: 'Odwołaj / przenieś',
      openLabel: 'Wizyta {reference}: odwołaj lub przenieś',
    },
    email: {
      // Sample values of the templates' previews (default props).
      sample: {
        office: 'Wydział Spraw Obywatelskich',
        address: 'pl. Wolności 7-8, 45-018 Opole',
        matter: 'Odbiór nowego dowodu osobistego',
        reason: 'wyjazd służbowy',
      },
      reference: 'Identyfikator wizyty: {reference}',
      rebook: 'Nowy termin możesz zarezerwować na stronie {url} albo telefonicznie: {phone}.',
      cancelled: {
        subject: 'Wizyta odwołana na Twoją prośbę — {reference}',
        heading: 'Wizyta odwołana',
        body: 'Na Twoją prośbę urzędnik odwołał wizytę:',
        reason: 'Powód: {reason}',
      },
      moved: {
        subject: 'Wizyta przeniesiona: {when} — {reference}',
        heading: 'Nowy termin wizyty',
        body: 'Na Twoją prośbę urzędnik przeniósł wizytę na nowy termin:',
        previous: 'Poprzedni termin ({when}) jest już nieaktualny.',
        newReference:
          'Wizyta ma nowy identyfikator: na liście przy stanowisku szukaj go zamiast poprzedniego ({previous}).',
        kiosk: 'Kod do automatu biletowego („Umówiona wizyta”): {code}',
        manage: 'Tu sprawdzisz, zmienisz lub odwołasz wizytę (poprzedni odnośnik już nie działa): {url}',
      },
    },
    sms: {
      cancelled:
        'UM Opole: na Twoją prośbę odwołaliśmy wizytę {reference} ({when}). Powód: {reason}. Nowy termin: {phone}.',
      moved: 'UM Opole: wizyta przeniesiona na {when}, {office}. Identyfikator {reference}.',
    },
  },
  // The city's catalogue edited in the staff area (offices, categories, matters).
  catalogue: {},
} as const;
