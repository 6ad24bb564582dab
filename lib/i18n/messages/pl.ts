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
    APPLICATION_NUMBER:
      'Podaj numer wniosku o wydanie dowodu osobistego (pkt 1 potwierdzenia złożenia wniosku).',
    BAD_CREDENTIALS: 'Nieprawidłowy e-mail lub hasło.',
    BAD_PASSWORD: 'Obecne hasło jest nieprawidłowe.',
    BEFORE_VISIT_DAY: 'Można to odnotować dopiero w dniu wizyty.',
    CANNOT_RESEND: 'Tej wiadomości nie można wysłać ponownie.',
    CODE: 'Kod jest nieprawidłowy.',
    CONCURRENT: 'W tej chwili ktoś inny zmienił te dane. Odśwież stronę i sprawdź je.',
    BOOKINGS_AFFECTED: 'Nic nie zapisano: ta zmiana dotyczy zarezerwowanych wizyt.',
    CONTACT_BLOCKED: 'Rezerwacja internetowa nie jest możliwa dla podanych danych kontaktowych.',
    CONTACT_BUSY:
      'Na ten adres e-mail lub numer telefonu jest już zarezerwowana wizyta w tej kategorii. Można mieć jedną naraz: odwołaj poprzednią (odnośnik w e-mailu), aby wybrać nowy termin.',
    EMAIL_TAKEN: 'Konto z tym adresem e-mail już istnieje.',
    FORBIDDEN: 'Nie masz uprawnień do tej czynności.',
    FORBIDDEN_OFFICE: 'Nie masz dostępu do tego biura.',
    HOLD_EXPIRED:
      'Czas na potwierdzenie minął (60 minut) i termin został zwolniony. Zarezerwuj wizytę ponownie.',
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
    SLOT_GONE: 'Tej godziny nie ma już w harmonogramie.',
    SLOT_TAKEN: 'Ten termin został właśnie zajęty przez inną osobę. Wybierz inny z odświeżonej listy.',
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
  validation: {
    badReturnPath: 'Nieprawidłowy adres powrotu.',
    acceptRegulations: 'Zaznacz „Akceptuję Regulamin”.',
    phone: 'Podaj poprawny numer telefonu, np. 600 100 200 lub +48 600 100 200.',
    applicationNumberFormat:
      'Numer wniosku składa się z 6–30 liter i cyfr (może zawierać „/” i „-”), np. ABC123456.',
    emailMissing: 'Podaj adres e-mail: wyślemy na niego kod potwierdzający.',
    emailTooLong: 'Adres e-mail może mieć najwyżej {max} znaki.',
    email: 'Podaj poprawny adres e-mail, np. jan.kowalski@example.com.',
    smsOptIn: 'Nieprawidłowa wartość pola „Wyślij kod SMS-em”.',
    phoneForSmsCode: 'Aby otrzymać kod SMS-em, podaj numer telefonu.',
    codeFormat: 'Kod ma 6 cyfr — przepisz go z e-maila lub SMS-a.',
    staffEmailMissing: 'Podaj adres e-mail.',
    staffEmail: 'Podaj poprawny adres e-mail.',
    passwordMissing: 'Podaj hasło.',
    passwordTooLongSignIn: 'Hasło jest za długie.',
    passwordTooShort: 'Hasło musi mieć co najmniej {min} znaków.',
    passwordTooLong: 'Hasło może mieć najwyżej 200 znaków.',
    currentPassword: 'Podaj obecne hasło.',
    passwordsDiffer: 'Hasła nie są takie same.',
    name: 'Podaj imię i nazwisko.',
    nameTooLong: 'Najwyżej 120 znaków.',
    role: 'Wybierz rolę.',
    office: 'Wybierz biuro.',
    account: 'Nie wskazano konta.',
    message: 'Nie wskazano wiadomości.',
    export: {
      badDate: 'Podaj obie daty w formacie RRRR-MM-DD (np. 2026-12-01).',
      reversed: 'Data „od” musi być wcześniejsza niż data „do” (lub taka sama).',
      tooLong: 'Eksport obejmuje najwyżej {max} dni — podziel okres na części.',
    },
    phoneBooking: {
      time: 'Wybierz godzinę wizyty.',
      category: 'Wybierz kategorię.',
      matter: 'Wybierz sprawę.',
      regulations: 'Potwierdź, że rozmówca zna i akceptuje regulamin (odczytany lub wskazany na stronie).',
      contact: 'Podaj adres e-mail lub numer telefonu rozmówcy (co najmniej jedno).',
      phoneForSms: 'Aby wysłać SMS, podaj numer telefonu.',
    },
    phoneOnly: {
      category: 'Nie wskazano kategorii.',
      mode: 'Nie wskazano trybu rezerwacji.',
      noteTooLong: 'Uwaga może mieć najwyżej 500 znaków.',
    },
    blocks: {
      office: 'Nie wskazano biura. Odśwież stronę.',
      reason: 'Podaj powód (co najmniej 3 znaki).',
      reasonTooLong: 'Powód może mieć najwyżej 300 znaków.',
      endsOn: 'Podaj datę końca blokady.',
      endsOnReal: 'Podaj rzeczywistą datę końca blokady (RRRR-MM-DD).',
      contact: 'Podaj adres e-mail lub numer telefonu (albo oba).',
      block: 'Nie wskazano blokady.',
      number: '{what}: podaj liczbę.',
      integer: '{what}: podaj liczbę całkowitą.',
      atLeastOne: '{what}: co najmniej 1.',
      atMost: '{what}: najwyżej {max}.',
    },
    visits: {
      booking: 'Nie wskazano wizyty. Odśwież listę.',
      intent: 'Wybierz, co odnotować.',
      expected: 'Odśwież listę i spróbuj ponownie.',
    },
    notices: {
      text: 'Wpisz treść ogłoszenia (co najmniej 5 znaków).',
      textTooLong: 'Ogłoszenie może mieć najwyżej 1000 znaków.',
      date: 'Podaj datę w formacie RRRR-MM-DD.',
      realDate: 'Podaj rzeczywistą datę (RRRR-MM-DD).',
      announcement: 'Nie wskazano ogłoszenia.',
      title: 'Wpisz tytuł regulaminu (co najmniej 5 znaków).',
      titleTooLong: 'Tytuł może mieć najwyżej 200 znaków.',
      body: 'Wpisz treść regulaminu (co najmniej 50 znaków).',
      bodyTooLong: 'Treść może mieć najwyżej 50 000 znaków.',
    },
    schedule: {
      cancelReasonTooLong: 'Powód może mieć najwyżej 500 znaków.',
      category: 'Nie wskazano kategorii. Wybierz ją z listy i spróbuj ponownie.',
      weekday: 'Nieprawidłowy dzień tygodnia.',
      opensMissing: 'Podaj godzinę otwarcia.',
      opensFormat: 'Wpisz godzinę w formacie GG:MM, np. 07:30.',
      closesMissing: 'Podaj godzinę zamknięcia.',
      closesFormat: 'Wpisz godzinę w formacie GG:MM, np. 15:30.',
      closesBeforeOpens: 'Godzina zamknięcia musi być późniejsza niż otwarcia ({opens}).',
      slotMissing: 'Podaj długość wizyty w pełnych minutach.',
      slotTooShort: 'Wizyta musi trwać co najmniej {min} minut.',
      slotTooLong: 'Wizyta może trwać najwyżej {max} minut.',
      slotLongerThanBlock: 'Wizyta ({slot} min) jest dłuższa niż cały blok {opens}–{closes}.',
      slotRemainder:
        'Od {opens} do {closes} ({length}) nie mieści się pełna liczba wizyt po {slot} min — ostatnie {rest} min przepadłoby. Zmień godzinę zamknięcia lub długość wizyty.',
      counters: 'Liczba stanowisk musi być liczbą całkowitą od 1 do {max}.',
      date: 'Podaj poprawną datę.',
      validToBeforeFrom: 'Data „obowiązuje do” nie może być wcześniejsza niż „obowiązuje od”.',
      tooManyRows: 'Za dużo bloków w jednym formularzu.',
      overlap: 'Ten blok nachodzi na blok {opens}–{closes} {day}.',
      horizon: 'Podaj liczbę dni od 1 do {max}.',
      scope: 'Wybierz, czego dotyczy zamknięcie.',
      fromMissing: 'Podaj pierwszy dzień zamknięcia.',
      fromDate: 'Podaj poprawną datę początkową (dzień, miesiąc, rok).',
      toDate: 'Podaj poprawną datę końcową (dzień, miesiąc, rok).',
      reason: 'Podaj powód zamknięcia — zobaczą go mieszkańcy w kalendarzu.',
      reasonTooLong: 'Powód może mieć najwyżej 200 znaków.',
      toBeforeFrom: 'Data końcowa nie może być wcześniejsza niż początkowa.',
      tooLong: 'Jedno zamknięcie może trwać najwyżej rok.',
      closure: 'Nie wskazano zamknięcia.',
    },
    // The environment's variables (lib/validation/config.ts), read by the operator at start-up.
    config: {
      title: 'Błędna konfiguracja Termin:',
      smsCountries: 'SMS_COUNTRIES to dwuliterowe kody krajów (ISO 3166) oddzielone przecinkami, np. PL,UA',
      hopsHelp:
        'ile serwerów pośredniczących przed aplikacją dopisuje adres klienta do X-Forwarded-For: 0 bez proxy, 1 za nginx, 2 za CDN i nginx (zob. README)',
      url: '{name} musi być pełnym adresem URL (np. https://…)',
      retentionDays:
        'RETENTION_DAYS musi być liczbą całkowitą dni od 1 do 365 (domyślnie {days}): tyle dni po wizycie usuwane są dane kontaktowe',
      databaseUrlMissing: 'DATABASE_URL jest wymagany (adres PostgreSQL, postgresql://…)',
      databaseUrl: 'DATABASE_URL musi zaczynać się od postgresql://',
      secret: '{name} musi mieć co najmniej 32 znaki (openssl rand -base64 32)',
      smtpUrl: 'SMTP_URL musi mieć postać smtp://użytkownik:hasło@host:port lub smtps://…',
      smsSender: 'SMS_SENDER może mieć najwyżej 11 znaków',
      number: '{name} musi być liczbą',
      integer: '{name} musi być liczbą całkowitą',
      positive: '{name} musi być dodatni',
      hops: 'TRUSTED_PROXY_HOPS musi być liczbą całkowitą od 0 do 5 — {help}',
      required:
        '{name} jest wymagany, gdy DATABASE_URL wskazuje własny serwer PostgreSQL (zob. .env.example)',
      hopsRequired:
        'TRUSTED_PROXY_HOPS jest wymagany, gdy DATABASE_URL wskazuje własny serwer PostgreSQL — {help}',
      smsapiToken: 'SMSAPI_TOKEN jest wymagany przy SMS_GATEWAY=smsapi',
      dataSecretMissing: 'DATA_SECRET nie jest ustawiony (wymagany poza trybem lokalnym).',
      inRange: 'musi być liczbą całkowitą w dozwolonym zakresie',
      noPeer:
        '[termin] TRUSTED_PROXY_HOPS=0, a serwer nie został uruchomiony przez npm start (scripts/server.mjs): adres klienta jest nieznany, więc wszyscy dzielą jeden limit rezerwacji i logowań.',
    },
  },
  // The booking flow's server-side sentences (actions, use cases' outcomes, SMS).
  flow: {
    restart: 'Rezerwacja wymaga wyboru sprawy, terminu i akceptacji regulaminu. Zacznij od wyboru terminu.',
    phoneOnlyNow:
      'Ta kategoria jest teraz rezerwowana wyłącznie telefonicznie: zadzwoń pod numer {phone}. Niczego nie zarezerwowano.',
    submitFailed:
      'Nie udało się zarezerwować terminu z powodu błędu po naszej stronie. Spróbuj ponownie za chwilę.',
    notAccepted: 'Aby zarezerwować wizytę przez internet, zaznacz „Akceptuję Regulamin”.',
    fixCode: 'Popraw kod.',
    wrongCode: 'Kod jest nieprawidłowy. Pozostało prób: {left}.',
    phoneOnly: 'Wizyty w tej kategorii rezerwujemy obecnie wyłącznie telefonicznie: {phone}.',
    contactBlocked:
      'Rezerwacja internetowa nie jest możliwa dla podanych danych kontaktowych. Zarezerwuj wizytę telefonicznie: {phone}.',
    fixPhone: 'Popraw numer telefonu.',
    confirmed: 'Wizyta potwierdzona.',
    codeResent: 'Wysłaliśmy nowy kod. Poprzedni jest już nieważny.',
    cancelled: 'Wizyta została odwołana.',
    phoneSaved: 'Zapisano numer telefonu.',
    bookingNotFound: 'Nie znaleziono rezerwacji. Sprawdź odnośnik z e-maila.',
    cannotCancelPast: 'Wizyta już się rozpoczęła lub minęła — nie można jej odwołać.',
    phoneNotChangeable: 'Nie można zmienić danych tej rezerwacji.',
    phoneBusy:
      'Na ten numer telefonu jest już zarezerwowana inna wizyta w tej kategorii (można mieć jedną naraz). Numeru nie zmieniono: podaj inny albo najpierw odwołaj tamtą wizytę.',
    phoneContactBusy:
      'Na ten adres e-mail lub numer telefonu jest już zarezerwowana wizyta w tej kategorii (jedna naraz). Rozmówca może ją odwołać odnośnikiem z e-maila albo zmienić termin po jej odwołaniu.',
    resendLimit: 'Kod wysłano już ponownie 3 razy. Sprawdź folder spam albo zadzwoń: {phone}.',
    resendWait: 'Nowy kod można wysłać za {seconds} s.',
    rateLimited: 'Zbyt wiele prób z tego urządzenia. Spróbuj ponownie za {minutes} min.',
    rateLimitedCall:
      'Zbyt wiele prób z tego urządzenia. Spróbuj ponownie za {minutes} min albo zarezerwuj wizytę telefonicznie: {phone}.',
    rateLimitedSignIn: 'Zbyt wiele prób logowania z tego urządzenia. Spróbuj ponownie za {minutes} min.',
  },
  schedule: {
    weekdayLocative: {
      d1: 'w poniedziałek',
      d2: 'we wtorek',
      d3: 'w środę',
      d4: 'w czwartek',
      d5: 'w piątek',
      d6: 'w sobotę',
      d7: 'w niedzielę',
    },
    categoryGone: 'Nie znaleziono tej kategorii. Odśwież stronę i wybierz ją ponownie.',
    categoryNotFound: 'Nie znaleziono tej kategorii.',
    closurePast: 'Nie można zamknąć dnia, który już minął. Podaj dzisiejszą lub późniejszą datę.',
    closureGone: 'To zamknięcie zostało już usunięte.',
    rulesSaved: 'Zapisano godziny przyjęć.',
    rulesUnchanged: 'Nie wprowadzono żadnych zmian w godzinach przyjęć.',
    horizonSaved: 'Zapisano: terminy są udostępniane {days} dni naprzód.',
    horizonUnchanged: 'Nie wprowadzono zmian.',
    closureAdded: 'Zamknięto: {closed}, {range}.',
    closureRemoved: 'Usunięto zamknięcie ({range}). Te dni są znów dostępne do rezerwacji.',
    dateRange: 'od {from} do {to}',
    savedAndCancelled:
      '{saved} Odwołano {count, plural, one {# wizytę} few {# wizyty} many {# wizyt} other {# wizyty}}; mieszkańcy z adresem e-mail dostaną wiadomość.',
    impact: {
      wouldDrop:
        'Nic nie zapisano: ta zmiana usunęłaby {count, plural, one {# wizytę} few {# wizyty} many {# wizyt} other {# wizyty}} (lista poniżej). Zmień ją albo zapisz ją, odwołując te wizyty — mieszkańcy dostaną e-mail z powodem.',
      listChanged:
        'Nic nie zapisano ani nie odwołano: w międzyczasie zmieniły się rezerwacje, których dotyczy zmiana. Sprawdź aktualną listę poniżej i potwierdź ponownie.',
      listGone:
        'Nic nie zapisano: wizyty z listy zostały w międzyczasie odwołane. Zmianę można teraz zapisać bez odwoływania wizyt.',
      reasonMissing:
        'Podaj powód odwołania wizyt (co najmniej {min} znaków) — mieszkańcy dostaną go w e-mailu.',
      statusChanged:
        'Nic nie zapisano ani nie odwołano: część wizyt z listy zmieniła w międzyczasie status. Odśwież stronę i spróbuj ponownie.',
      confirm:
        'Zapisz i odwołaj {count, plural, one {# wizytę} few {# wizyty} many {# wizyt} other {# wizyty}}',
    },
  },
  blocks: {
    added: 'Blokada dodana.',
    addedBoth: 'Zablokowano adres e-mail i numer telefonu.',
    lifted: 'Blokada zdjęta.',
    ruleSaved: 'Zasada blokowania zapisana. Obowiązuje od następnej odnotowanej nieobecności.',
    ruleField: { limit: 'Liczba nieobecności', windowDays: 'Okres liczenia', blockDays: 'Czas blokady' },
    contact: { email: 'adres e-mail {value}', phone: 'numer telefonu {value}' },
    pastEnd: 'Data końca blokady nie może być wcześniejsza niż dzisiaj.',
    noContact: 'Podaj adres e-mail lub numer telefonu do zablokowania.',
    alreadyBlocked: '{contact} jest już zablokowany do {endsAt}. Zdejmij tamtą blokadę, aby ustawić nową.',
    notFound: 'Nie znaleziono tej blokady. Odśwież stronę.',
    undoLiftReason: 'cofnięto nieobecność',
    ruleReason:
      '{count, plural, one {# nieobecność} other {# nieobecności}} na umówionych wizytach w ciągu {days} dni',
  },
  notices: {
    published: 'Ogłoszenie opublikowano.',
    deactivated: 'Ogłoszenie wyłączono.',
    phoneOnlyOn: '{office} — {category}: rezerwacja tylko telefonicznie.',
    phoneOnlyOff: '{office} — {category}: przywrócono rezerwację internetową.',
    regulationsPublished:
      'Opublikowano wersję {version}. Rezerwujący przez internet zaakceptują ją przed kolejną rezerwacją.',
    regulationsUnchanged:
      'Treść i tytuł są takie same jak w obecnej wersji {version}; nie opublikowano nowej.',
    regulationsConcurrent:
      'W tej chwili opublikowano inną wersję regulaminu. Odśwież stronę i sprawdź treść.',
    publishedBy: {
      deleted: 'konto usunięte',
      initial: 'wersja początkowa (system)',
      retention: 'system: nowy okres przechowywania danych (RETENTION_DAYS)',
    },
    pastEnd: 'Data końcowa nie może być w przeszłości.',
    officeNotFound: 'Nie znaleziono tego biura.',
    announcementNotFound: 'Nie znaleziono tego ogłoszenia.',
  },
  staff: {
    signInInvalid: 'Podaj e-mail i hasło.',
    adminOnly: 'Ta czynność jest dostępna tylko dla administratora.',
    badCallbackUrl: 'Nieprawidłowy adres powrotu po zalogowaniu.',
    badSignInError: 'Nieprawidłowy kod błędu logowania.',
    noSuchSignIn: 'Nie ma takiej metody logowania.',
    badCredentialsWarning:
      'Nieprawidłowy e-mail lub hasło. Po {left} kolejnych nieudanych próbach konto zostanie czasowo zablokowane.',
    locked:
      '{bad}Konto zostało zablokowane po {failed} nieudanych próbach logowania — do {until}. Spróbuj ponownie później albo poproś administratora o odblokowanie.',
    wait: '{bad}Zbyt wiele nieudanych prób. Następna próba będzie możliwa za {seconds} s.',
    accountNotFound: 'Nie znaleziono konta.',
    created:
      'Utworzono konto {email}. Hasło początkowe (pokazywane tylko raz — przekaż je osobiście): {password}',
    activated: 'Konto {email} jest znowu aktywne.',
    deactivated: 'Konto {email} zostało wyłączone; jego sesje zakończono.',
    unlocked: 'Konto {email} zostało odblokowane.',
    passwordReset: 'Nowe hasło dla {email} (pokazywane tylko raz): {password}',
  },
  visits: {
    statusInvalid: 'Nie udało się odczytać zmiany statusu. Odśwież listę i spróbuj ponownie.',
    statusSaved: '{reference}: zapisano status „{status}”.',
    statusUndone: '{reference}: cofnięto, status „{status}”.',
    contactShown: 'Pokazano kontakt.',
    contactFailed: 'Nie udało się pobrać kontaktu. Spróbuj ponownie za chwilę.',
    notFound: 'Nie znaleziono tej wizyty. Odśwież listę.',
    notStarted: '{intent}: można odnotować dopiero od godziny wizyty ({time}).',
    beforeVisitDay: '{intent}: można odnotować dopiero w dniu wizyty ({date}).',
    statusNotAllowed: 'Wizyty ze statusem „{status}” nie można oznaczyć jako „{intent}”.',
    undoSlotGone:
      'Nie można cofnąć anulowania: tej godziny nie ma już w harmonogramie. Umów mieszkańca na inny termin.',
    undoSlotTaken:
      'Nie można cofnąć anulowania: miejsce o {time} zajęła już inna rezerwacja. Umów mieszkańca na inny termin.',
    undoContactBusy:
      'Nie można cofnąć: mieszkaniec ma już inną aktualną rezerwację w tej kategorii. Odwołaj jedną z nich.',
    // Stored with a cancelled booking (staff read them on the list and in the export).
    cancelReason: {
      byResident: 'odwołana przez mieszkańca',
      notConfirmed: 'nie potwierdzono w ciągu 60 minut',
      wrongCodes: 'pięć błędnych kodów',
    },
    // The CSV export (lib/server/visits/export-bookings.ts).
    export: {
      column: {
        date: 'data',
        time: 'godzina',
        reference: 'identyfikator',
        category: 'kategoria',
        matter: 'sprawa',
        status: 'status',
        cancelledBy: 'odwołana przez',
        channel: 'sposób rezerwacji',
        created: 'utworzona',
      },
      status: {
        HELD: 'oczekuje na kod',
        CONFIRMED: 'potwierdzona',
        CHECKED_IN: 'zgłosił się',
        SERVED: 'obsłużony',
        CANCELLED: 'odwołana',
        EXPIRED: 'wygasła',
        NO_SHOW: 'nieobecność',
      },
      cancelledBy: { RESIDENT: 'mieszkaniec', STAFF: 'urząd', SYSTEM: 'system' },
      channel: { PHONE: 'telefonicznie', ONLINE: 'internet' },
    },
  },
  // Mail and SMS written by the server (subjects, plain texts, SMS) and the outbox's words.
  notify: {
    mailFrom: 'Urząd Miasta Opola — rezerwacje <rezerwacje@um.opole.pl>',
    code: {
      subject: 'Kod potwierdzający rezerwację: {code}',
      sms: 'UM Opole: kod potwierdzajacy rezerwacje: {code}. Wpisz go do {until}.',
      resentSubject: 'Nowy kod potwierdzający: {code}',
      resentText:
        'Twój nowy kod potwierdzający rezerwację: {code}\nPoprzedni kod jest nieważny. Termin czeka do {until}.',
      resentSms: 'UM Opole: nowy kod potwierdzajacy: {code}',
    },
    confirmed: {
      subject: 'Wizyta potwierdzona: {when} — {reference}',
      icsDescription: 'Identyfikator wizyty: {reference}',
      icsFilename: 'wizyta.ics',
      sms: 'UM Opole: wizyta potwierdzona {when}, {office}. Identyfikator {reference}.',
      smsKiosk:
        'UM Opole: wizyta potwierdzona {when}, {office}. Identyfikator {reference}, kod do biletomatu {kioskCode}.',
    },
    reminder: {
      when: 'jutro, {when}',
      subject: 'Przypomnienie: wizyta {when}',
      sms: 'UM Opole: przypomnienie o wizycie {when}, {office}. Identyfikator {reference}.',
    },
    cancelled: {
      subject: 'Wizyta odwołana — {reference}',
      text: 'Twoja wizyta {reference} została odwołana. Termin jest znowu dostępny dla innych.',
    },
    cancelledByOffice: {
      subject: 'Wizyta odwołana przez urząd — {reference}',
      text: 'Dzień dobry,\n\nprzepraszamy, ale urząd musiał odwołać Twoją wizytę:\n\n{matter}\n{when}\n{place}\nIdentyfikator wizyty: {reference}\n\nPowód: {reason}\n\nNowy termin możesz zarezerwować na stronie {bookUrl}\nalbo telefonicznie: {phone}.\n\nUrząd Miasta Opola',
    },
    cancelledLate: { subject: 'Wizyta anulowana z powodu spóźnienia — {reference}' },
    reinstated: {
      subject: 'Wizyta {reference} jednak aktualna',
      text: 'Anulowanie wizyty {reference} ({when}, {office}) zostało cofnięte: wizyta jest aktualna. Przepraszamy za pomyłkę.',
    },
    blocked: { subject: 'Rezerwacja internetowa zablokowana do {endsAt}' },
    unblocked: {
      subject: 'Blokada rezerwacji internetowej zdjęta',
      text: '{office}: blokada rezerwacji internetowej ({contacts}) została zdjęta. Możesz znowu rezerwować wizyty przez internet.',
    },
    // What the resident or the clerk reads next to the phone field.
    sms: {
      notMobile:
        'Na ten numer nie wyślemy SMS-a: to nie jest numer komórkowy (np. telefon stacjonarny albo numer specjalny). Podaj numer komórkowy albo odznacz wysyłkę SMS — wtedy zapiszemy go tylko jako telefon kontaktowy.',
      country:
        'SMS-y wysyłamy tylko na numery komórkowe z tych krajów: {countries}. Podaj taki numer albo odznacz wysyłkę SMS — wtedy zapiszemy go tylko jako telefon kontaktowy.',
      hint: 'SMS-y wysyłamy tylko na numery komórkowe z tych krajów: {countries}.',
      turnedOff:
        'Zapisano numer telefonu. Na ten numer nie wysyłamy SMS-ów (to nie jest numer komórkowy z obsługiwanego kraju), więc powiadomienia SMS zostały wyłączone.',
    },
    // Messages that could not be sent (/admin/wiadomosci), by the outbox's template name.
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
    },
    outbox: {
      notFound: 'Nie znaleziono tej wiadomości.',
      alreadyHandled: 'Tę wiadomość już wysłano ponownie albo zamknięto.',
      codeCannotBeResent:
        'Kodu potwierdzającego nie można wysłać ponownie: kod nie jest przechowywany, a czas na potwierdzenie minął. Mieszkaniec musi zarezerwować wizytę jeszcze raz (albo zarezerwuj ją telefonicznie).',
      secretsGone:
        'Tej wiadomości nie można wysłać ponownie: zawierała kod lub odnośnik, których już nie ma.',
      visitNotLive:
        'Tej wiadomości nie ma już po co wysyłać: wizyta została odwołana albo już się rozpoczęła.',
      resent: 'Wiadomość dodano do wysłania ponownie.',
      resentWithNewLink:
        'Potwierdzenie dodano do wysłania ponownie, z nowym odnośnikiem do zarządzania wizytą (poprzedni przestał działać).',
      closed: 'Wiadomość zamknięto (nie będzie wysyłana).',
    },
    // The worker's log and a message's last error, for the operator and the administrators.
    log: {
      expired: 'Nie wysłano przed końcem ważności wiadomości.',
      lastError: ' Ostatni błąd: ',
      noGateway: 'Brak skonfigurowanej bramki dla tego kanału (SMTP_URL / SMS_GATEWAY)',
      noChannelGateway: 'Brak bramki dla kanału {channel}',
      secretsMissing: 'Brak kodu lub odnośnika, których wymaga wiadomość',
      secretsUnreadable: 'Nie można odszyfrować kodu lub odnośnika tej wiadomości (zmieniony DATA_SECRET?)',
      tokenRemoved: '[usunięty po wysłaniu]',
      localMode: '[termin] Tryb lokalny: e-maile i SMS-y nie są wysyłane, zob. /dev/mailbox',
      failed: '[termin] Outbox: {count} wiadomości nie udało się wysłać (FAILED)',
      runFailed: '[termin] Outbox: przebieg nie powiódł się, ponowię',
      jobFailed: '[termin] Zadanie okresowe „{job}” nie powiodło się, ponowię',
      reminders: 'przypomnienia',
      housekeeping: 'porządki',
      smsUnreadable: 'nieczytelna odpowiedź',
      smsRefused: 'SMSAPI odrzuciło SMS (HTTP {status}): {detail}',
    },
  },
  // Keeping and erasing personal data (docs/data-retention.md).
  retention: {
    /** The words of the regulations that state the period (the seed finds and updates them). */
    periodPhrase: 'usuwane po {days, plural, one {# dniu} other {# dniach}} od terminu wizyty',
    regulations:
      'Adres e-mail, numer telefonu oraz numer wniosku o wydanie dowodu osobistego są {period} (od odwołania, jeśli nastąpiło wcześniej), a dane rezerwacji niepotwierdzonej kodem — w ciągu doby. Zostają wyłącznie dane bez związku z osobą, służące statystyce. Po niestawieniu się na wizytę, przez okres stosowania ograniczenia z § 3 ust. 6, przechowywany jest jedynie kryptograficzny skrót adresu e-mail i numeru telefonu.',
    resident: {
      readOnlyTitle: 'Wizyta zakończona',
      readOnly: 'Termin wizyty minął, więc rezerwacji nie można już zmienić ani odwołać.',
      erasureOn:
        'Dane osobowe tej rezerwacji (adres e-mail, numer telefonu, numer wniosku) usuniemy {date}. Do tego czasu możesz je sprawdzić poniżej.',
      erasureSoon:
        'Dane osobowe tej niepotwierdzonej rezerwacji (adres e-mail, numer telefonu, numer wniosku) usuniemy w ciągu doby.',
      deletedTitle: 'Rezerwacja zakończona, dane usunięte',
      deleted:
        'Rezerwacja {reference} jest zakończona. Zgodnie z regulaminem usunęliśmy jej dane osobowe: adres e-mail, numer telefonu i numer wniosku. Pozostały wyłącznie dane bez związku z Tobą, służące statystyce urzędu.',
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
      done: '{reference}: dane osobowe usunięte.',
      doneCancelled: '{reference}: dane osobowe usunięte, wizyta odwołana.',
      notFound: 'Nie znaleziono tej rezerwacji. Wyszukaj ją ponownie.',
      alreadyDeleted: 'Dane osobowe tej rezerwacji usunięto już {date}.',
      deletedOn: 'Dane osobowe tej rezerwacji usunięto {date}.',
      invalid: 'Nie udało się odczytać wniosku. Wyszukaj rezerwację ponownie.',
      cancelReason: 'usunięcie danych na wniosek mieszkańca',
    },
    log: {
      claimLost: 'retencja: inna instancja przejęła dzisiejszy przebieg',
      runFailed: '[termin] Retencja danych: przebieg nie powiódł się, ponowię',
    },
  },
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
} as const;
