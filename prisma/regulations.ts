// The first regulations version, written from regulamin-wso.txt and cup-instrukcja.txt, with the
// retention period of RETENTION_DAYS (§ 4 ust. 5). Later versions are published by administrators
// or, when RETENTION_DAYS changes, by the seed (prisma/sync-regulations.ts); each booking keeps
// the version it accepted.
import { retentionRegulations } from '@/lib/i18n/retention-messages';

export const regulationsV1 = (retentionDays: number) => ({
  version: 1,
  title: 'Regulamin internetowej rezerwacji terminu wizyty w Urzędzie Miasta Opola',
  body: `§ 1. Zakres
1. System rezerwacji służy wyłącznie ustalaniu terminów wizyt w Wydziale Spraw Obywatelskich Urzędu Miasta Opola (pl. Wolności 7-8) oraz w Centrum Usług Publicznych (ul. Rotmistrza Witolda Pileckiego), w sprawach wymienionych w systemie.
2. Usługa jest skierowana do mieszkańców Opola oraz osób przebywających w Opolu okresowo.
3. Sprawy, które nie wymagają rezerwacji, załatwiane są na bieżąco we wskazanych pokojach. W razie ograniczeń w obsłudze (np. w stanie epidemii) stosowane są zapisy telefoniczne.
4. W szczególnych przypadkach, m.in. z przyczyn technicznych, wizytę można zarezerwować telefonicznie pod numerem 77 54 11 361.

§ 2. Rezerwacja
1. Jeden termin wizyty odpowiada jednej sprawie: złożeniu jednego wniosku o wydanie dowodu osobistego, odbiorowi jednego dowodu osobistego albo sprawie z zakresu ewidencji ludności dotyczącej jednej osoby; w Centrum Usług Publicznych — jednej sprawie z wybranej kategorii.
2. Terminy udostępniane są na 30 dni naprzód.
3. Podanie adresu e-mail jest wymagane: na ten adres wysyłany jest kod potwierdzający. Opcjonalnie, po podaniu numeru telefonu i zaznaczeniu potwierdzenia SMS, kod zostanie wysłany także SMS-em.
4. Rezerwację należy potwierdzić, wpisując otrzymany kod na stronie. Niepotwierdzenie terminu w ciągu 1 godziny powoduje anulowanie rezerwacji i zwolnienie terminu.
5. Przy rezerwacji odbioru dowodu osobistego wymagane jest podanie numeru wniosku o wydanie dowodu osobistego (pkt 1 potwierdzenia złożenia wniosku), aby urzędnik mógł przygotować dokumenty przed wizytą.
6. Podany adres e-mail oraz numer telefonu powinny należeć do osoby, której dotyczy wizyta.
7. Zabrania się dokonywania rezerwacji w celu ich dalszego przekazywania, w tym czerpania z tego zysków.

§ 3. Wizyta
1. Rezerwacja oznacza konieczność przybycia do urzędu w wybranym terminie. Spóźnienie może skutkować anulowaniem wizyty.
2. Nadany identyfikator wizyty będzie widoczny w dniu wizyty na liście przyjęć przy stanowisku.
3. W Centrum Usług Publicznych bilet do zarezerwowanej wizyty pobiera się w automacie biletowym, wybierając „Umówiona wizyta” i wpisując kod rezerwacji.
4. W celu weryfikacji można zostać poproszonym o okazanie wiadomości potwierdzającej termin (SMS lub wydruk e-maila).
5. Rezerwację można w każdej chwili odwołać przez odnośnik z wiadomości potwierdzającej; zwolniony termin staje się dostępny dla innych.
6. Niestawienie się na wizytę w umówionym terminie może skutkować czasowym zablokowaniem możliwości internetowej rezerwacji wizyty.

§ 4. Dane osobowe
1. Administratorem danych osobowych jest Prezydent Miasta Opola, 45-015 Opole, Rynek-Ratusz.
2. Adres e-mail oraz, opcjonalnie, numer telefonu przetwarzane są wyłącznie w celu realizacji rezerwacji terminu wizyty i jej obsługi, w tym przesyłania informacji o rezerwacji drogą elektroniczną (oraz SMS, jeśli podano numer telefonu). Dane nie są przekazywane innym odbiorcom.
3. Osobie, której dane dotyczą, przysługuje prawo dostępu do treści jej danych oraz ich poprawiania; dane rezerwacji są widoczne pod odnośnikiem do zarządzania rezerwacją.
4. Podanie danych jest dobrowolne, lecz niezbędne do rezerwacji. Osoby, które nie akceptują regulaminu, mogą zarezerwować wizytę telefonicznie (77 54 11 361) lub pobrać bilet z numerem bezpośrednio w budynku.
5. ${retentionRegulations(retentionDays)}

§ 5. Akceptacja
Zaznaczenie pola „Akceptuję Regulamin” i wciśnięcie przycisku „Dalej” oznacza akceptację niniejszego regulaminu.`,
});
