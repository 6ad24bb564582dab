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
    KIOSK_DISABLED: 'Biletomat jest wyłączony. Podejdź do punktu informacyjnego.',
    KIOSK_NOT_PAIRED:
      'To urządzenie nie jest już sparowane jako biletomat. Podejdź do punktu informacyjnego.',
    KIOSK_CODE_UNKNOWN:
      'Nie ma wizyty z takim kodem. Sprawdź kod w wiadomości e-mail. Podejdź do punktu informacyjnego.',
    KIOSK_CODE_OTHER_OFFICE: 'Ta wizyta jest umówiona w innym biurze. Podejdź do punktu informacyjnego.',
    KIOSK_CODE_OTHER_DAY: 'Ta wizyta jest umówiona na inny dzień. Podejdź do punktu informacyjnego.',
    KIOSK_TOO_EARLY:
      'Za wcześnie na bilet na tę wizytę: można go pobrać od godz. {from}. Podejdź do punktu informacyjnego.',
    KIOSK_TOO_LATE: 'Minął czas na pobranie biletu na tę wizytę. Podejdź do punktu informacyjnego.',
    KIOSK_CODE_USED:
      'Bilet na tę wizytę został już pobrany: numer {number}. Podejdź do punktu informacyjnego.',
    KIOSK_BOOKING_CANCELLED: 'Ta wizyta została odwołana. Podejdź do punktu informacyjnego.',
    KIOSK_BOOKING_UNCONFIRMED:
      'Ta rezerwacja nie została potwierdzona kodem z wiadomości. Podejdź do punktu informacyjnego.',
    KIOSK_RATE_LIMITED:
      'Zbyt wiele błędnych kodów na tym biletomacie. Spróbuj ponownie za {minutes} min. Podejdź do punktu informacyjnego.',
    WALK_IN_NOT_OFFERED:
      'W tej kategorii nie wydajemy biletów bez rezerwacji. Podejdź do punktu informacyjnego.',
    WALK_IN_STOPPED:
      'Na dziś skończyły się bilety bez rezerwacji w tej kategorii. Podejdź do punktu informacyjnego.',
    PAIRING_CODE_INVALID:
      'Kod parowania jest nieprawidłowy, został już użyty albo wygasł. Poproś administratora o nowy kod.',
    PAIRING_RATE_LIMITED: 'Zbyt wiele prób parowania z tego urządzenia. Spróbuj ponownie za {minutes} min.',
    TICKET_NOT_FOUND: 'Nie znaleziono tego biletu.',
    TICKET_STATE_CHANGED: 'Stan tego biletu zmienił się w międzyczasie. Odśwież stronę.',
    TICKET_OTHER_COUNTER: 'Ten bilet jest wezwany na stanowisko {counter}.',
    COUNTER_BUSY: 'Na tym stanowisku jest wezwany bilet {number}: zakończ go albo oznacz „Nie podszedł”.',
    TRANSFER_TARGET: 'Wybierz inną kategorię tego biura.',
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
  queue: {
    visitServed: 'Ta wizyta została już załatwiona. Podejdź do punktu informacyjnego.',
    walkInClosed: 'Ta kategoria jest dziś już nieczynna. Podejdź do punktu informacyjnego.',
    kioskCode: 'Wpisz 8 cyfr kodu z wiadomości e-mail.',
    pairingCode: 'Wpisz 8 cyfr kodu parowania.',
    deviceName: 'Podaj nazwę urządzenia (np. „Biletomat przy wejściu”), do 60 znaków.',
    counter: 'Podaj numer stanowiska od 1 do 99.',
    categories: 'Wybierz co najmniej jedną kategorię.',
    category: 'Wybierz kategorię.',
    minutes: 'Podaj liczbę minut od 0 do 240.',
  },
  kiosk: {},
  counter: {},
  // Everyday changes: a clerk cancels or moves one visit, a resident reschedules.
  changes: {},
  // The city's catalogue edited in the staff area (offices, categories, matters).
  catalogue: {},
  // The waiting-room display and the resident's live ticket.
  display: {
    title: 'Kolejka — {office}',
    enableSound: 'Włącz dźwięk',
    currentCall: 'Zapraszamy',
    counter: 'stanowisko {counter}',
    counterShort: 'stan. {counter}',
    noCalls: 'Za chwilę zaczniemy wzywać.',
    recentCalls: 'Ostatnie wezwania',
    noRecent: 'Brak wcześniejszych wezwań.',
    waiting: 'Oczekujący',
    waitingCount: '{count, plural, one {# osoba} few {# osoby} many {# osób} other {# osoby}}',
    pageTitle: 'Kolejka',
  },
  ticket: {
    pageTitle: 'Twój bilet',
    heading: 'Twój bilet',
    numberLabel: 'Numer biletu: {number}',
    visitAt: 'Wizyta umówiona na godz. {time}',
    ahead:
      '{count, plural, =0 {Twój bilet jest następny w kolejce.} one {Przed Tobą jest # osoba.} few {Przed Tobą są # osoby.} many {Przed Tobą jest # osób.} other {Przed Tobą są # osoby.}}',
    wait: 'Szacowany czas oczekiwania: około {minutes} min.',
    where: 'Poczekaj: {area}.',
    called: 'Zapraszamy do stanowiska {counter}.',
    served: 'Obsługa zakończona. Dziękujemy!',
    absent: 'Bilet został wywołany, ale nikt nie podszedł do stanowiska. Podejdź do punktu informacyjnego.',
    expires: 'Ta strona odświeża się sama. Link wygasa z końcem dnia.',
    goneTitle: 'Bilet nieaktualny',
    gone: 'Ten link do biletu wygasł albo jest nieprawidłowy. Link działa tylko w dniu wydania biletu.',
  },
} as const;
