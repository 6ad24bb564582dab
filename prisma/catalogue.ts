// Opole's catalogue, as each office's own document gives it (../shared/seeds):
// regulamin-wso.txt for the Wydział Spraw Obywatelskich, cup-instrukcja.txt for the Centrum
// Usług Publicznych. Opening rules are plausible defaults, documented in
// docs/decisions/005-catalogue-defaults.md, that the city changes in the staff area.
// PEUP paths are appended to PEUP_BASE_URL; staff correct them later.

export type RuleSeed = {
  weekdays: number[];
  opens: string;
  closes: string;
  slotMinutes: number;
  counters: number;
};
export type MatterSeed = {
  slug: string;
  name: string;
  peupPath: string;
  requiresApplicationNumber?: boolean;
};
export type CategorySeed = {
  slug: string;
  name: string;
  description?: string;
  ticketPrefix: string;
  matters: MatterSeed[];
  rules: RuleSeed[];
};
export type OfficeSeed = {
  slug: string;
  name: string;
  shortName: string;
  address: string;
  postalCode: string;
  bookingPhone: string;
  sortOrder: number;
  categories: CategorySeed[];
  walkIn: { slug: string; name: string; room: string; phones: string[] }[];
  /**
   * The ticket machine (docs/decisions/021): off at the WSO, whose regulations speak of the list
   * at the counter; on at the CUP, whose instructions end at the "automat biletowy" and send
   * residents without a booking to take a ticket in the building. `waitingArea` is printed on
   * the ticket (neither document names a room: a plain description of the hall).
   */
  kiosk: { enabled: boolean; walkIns: boolean; waitingArea: string };
};

// Mon 7:30–17:00, Tue–Fri 7:30–15:30: the usual hours of Opole's city hall.
const cityHallHours = (slotMinutes: number, counters: number): RuleSeed[] => [
  { weekdays: [1], opens: '07:30', closes: '17:00', slotMinutes, counters },
  { weekdays: [2, 3, 4, 5], opens: '07:30', closes: '15:30', slotMinutes, counters },
];

const citizenMatters = (prefix: string): MatterSeed[] => [
  {
    slug: 'dowod-wniosek',
    name: 'Złożenie wniosku o wydanie dowodu osobistego (względnie wraz ze zgłoszeniem utraty dokumentu)',
    peupPath: `/${prefix}/dowod-osobisty-wniosek`,
  },
  {
    slug: 'dowod-odbior',
    name: 'Odbiór nowego dowodu osobistego',
    peupPath: `/${prefix}/dowod-osobisty-odbior`,
    requiresApplicationNumber: true,
  },
  { slug: 'meldunek', name: 'Zameldowanie i wymeldowanie', peupPath: `/${prefix}/zameldowanie-wymeldowanie` },
  { slug: 'zaswiadczenie', name: 'Wydanie zaświadczenia (na wniosek)', peupPath: `/${prefix}/zaswiadczenie` },
];

export const OFFICES: OfficeSeed[] = [
  {
    slug: 'wso',
    name: 'Wydział Spraw Obywatelskich',
    shortName: 'WSO',
    address: 'pl. Wolności 7-8',
    postalCode: '45-018',
    bookingPhone: '77 54 11 361',
    sortOrder: 1,
    kiosk: {
      enabled: false,
      walkIns: false,
      waitingArea: 'Korytarz przy stanowiskach obsługi: proszę czekać na wywołanie numeru.',
    },
    categories: [
      {
        slug: 'sprawy-obywatelskie',
        name: 'Sprawy obywatelskie',
        description: 'Dowody osobiste, zameldowanie i wymeldowanie, zaświadczenia, numer PESEL.',
        ticketPrefix: 'D',
        matters: [
          ...citizenMatters('sprawy'),
          {
            slug: 'pesel',
            name: 'Nadanie numeru PESEL (na wniosek)',
            peupPath: '/sprawy/nadanie-numeru-pesel',
          },
        ],
        rules: cityHallHours(15, 4),
      },
    ],
    walkIn: [
      {
        slug: 'wymeldowanie-postepowanie',
        name: 'Postępowania administracyjne w sprawie wymeldowania z pobytu stałego lub czasowego',
        room: 'pokój nr 5',
        phones: ['77 54 11 357'],
      },
      {
        slug: 'rejestr-wyborcow',
        name: 'Sprawy wyborcze – rejestr wyborców',
        room: 'pokój nr 6',
        phones: ['77 54 11 350'],
      },
      {
        slug: 'udostepnianie-danych',
        name: 'Udostępnianie jednostkowych danych osobowych z rejestru mieszkańców, rejestru PESEL oraz Rejestru Dowodów Osobistych',
        room: 'pokój nr 9 oraz 207A',
        phones: ['77 54 11 359', '77 54 11 382'],
      },
    ],
  },
  {
    slug: 'cup',
    name: 'Centrum Usług Publicznych',
    shortName: 'CUP',
    address: 'ul. Rotmistrza Witolda Pileckiego',
    postalCode: '45-331',
    bookingPhone: '77 54 11 361',
    sortOrder: 2,
    kiosk: {
      enabled: true,
      walkIns: true,
      waitingArea: 'Sala obsługi: proszę obserwować ekran z numerami biletów.',
    },
    categories: [
      {
        slug: 'sprawy-obywatelskie',
        name: 'Sprawy obywatelskie',
        ticketPrefix: 'S',
        matters: citizenMatters('cup'),
        rules: cityHallHours(15, 2),
      },
      {
        slug: 'rejestracja-pojazdu',
        name: 'Rejestracja pojazdu',
        ticketPrefix: 'R',
        matters: [
          {
            slug: 'pierwsza-rejestracja',
            name: 'Pierwsza rejestracja pojazdu',
            peupPath: '/cup/pierwsza-rejestracja-pojazdu',
          },
          { slug: 'rejestracja', name: 'Rejestracja pojazdu', peupPath: '/cup/rejestracja-pojazdu' },
          {
            slug: 'rejestracja-czasowa',
            name: 'Rejestracja czasowa pojazdu',
            peupPath: '/cup/rejestracja-czasowa-pojazdu',
          },
          {
            slug: 'tablice',
            name: 'Wydanie nowej tablicy, wtórnika lub dodatkowej tablicy rejestracyjnej',
            peupPath: '/cup/tablice-rejestracyjne',
          },
          {
            slug: 'nabycie',
            name: 'Zawiadomienie o nabyciu pojazdu',
            peupPath: '/cup/zawiadomienie-o-nabyciu-pojazdu',
          },
        ],
        rules: cityHallHours(20, 4),
      },
      {
        slug: 'wyrejestrowanie-zbycie',
        name: 'Wyrejestrowanie / zgłoszenie zbycia',
        ticketPrefix: 'W',
        matters: [
          {
            slug: 'czasowe-wycofanie',
            name: 'Czasowe wycofanie pojazdu z ruchu',
            peupPath: '/cup/czasowe-wycofanie-pojazdu',
          },
          {
            slug: 'zbycie',
            name: 'Zawiadomienie o zbyciu pojazdu',
            peupPath: '/cup/zawiadomienie-o-zbyciu-pojazdu',
          },
          {
            slug: 'wyrejestrowanie',
            name: 'Wyrejestrowanie pojazdu',
            peupPath: '/cup/wyrejestrowanie-pojazdu',
          },
        ],
        rules: cityHallHours(15, 2),
      },
      {
        slug: 'odbiory-adnotacje',
        name: 'Odbiory dowodów rejestracyjnych / Adnotacje',
        ticketPrefix: 'O',
        matters: [
          {
            slug: 'odbior-dowodu',
            name: 'Odbiór dowodu rejestracyjnego',
            peupPath: '/cup/odbior-dowodu-rejestracyjnego',
          },
          {
            slug: 'wtornik-dowodu',
            name: 'Uzyskanie wtórnika dowodu rejestracyjnego',
            peupPath: '/cup/wtornik-dowodu-rejestracyjnego',
          },
          {
            slug: 'wymiana-dowodu',
            name: 'Wymiana dowodu rejestracyjnego',
            peupPath: '/cup/wymiana-dowodu-rejestracyjnego',
          },
          {
            slug: 'adnotacje',
            name: 'Dokonywanie adnotacji w dowodzie rejestracyjnym',
            peupPath: '/cup/adnotacje-w-dowodzie-rejestracyjnym',
          },
        ],
        rules: cityHallHours(10, 2),
      },
      {
        slug: 'prawa-jazdy',
        name: 'Prawa jazdy',
        ticketPrefix: 'P',
        matters: [
          { slug: 'wydanie', name: 'Wydanie prawa jazdy', peupPath: '/cup/wydanie-prawa-jazdy' },
          { slug: 'wtornik', name: 'Wydanie wtórnika prawa jazdy', peupPath: '/cup/wtornik-prawa-jazdy' },
          { slug: 'wymiana', name: 'Wymiana prawa jazdy', peupPath: '/cup/wymiana-prawa-jazdy' },
          {
            slug: 'przywrocenie',
            name: 'Przywrócenie uprawnienia do kierowania pojazdem',
            peupPath: '/cup/przywrocenie-uprawnien',
          },
          {
            slug: 'zwrot',
            name: 'Zwrot zatrzymanego prawa jazdy',
            peupPath: '/cup/zwrot-zatrzymanego-prawa-jazdy',
          },
        ],
        rules: cityHallHours(15, 3),
      },
      {
        slug: 'flota',
        name: 'Flota',
        ticketPrefix: 'F',
        matters: [
          {
            slug: 'rejestracja-firma',
            name: 'Rejestracja pojazdów przez firmę',
            peupPath: '/cup/rejestracja-pojazdow-flota',
          },
        ],
        rules: [{ weekdays: [2, 4], opens: '08:00', closes: '14:00', slotMinutes: 30, counters: 1 }],
      },
    ],
    walkIn: [],
  },
];
