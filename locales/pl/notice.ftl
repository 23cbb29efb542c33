## The privacy notice people read (HTML page and Markdown).
##
## Conventions (see locales/README.md):
## - Address the reader as "you" and the controller as "we", in plain language.
## - Use the official GDPR terminology of your language (../shared/reference/gdpr-terms.md):
##   controller, processor, data subject, recipient, supervisory authority, legal basis…
## - Messages are plain text: no HTML, no Markdown. Links, lists and emphasis are added by the
##   templates around the message.
## - Variables hold either author text (names, addresses, free text from the policy, inserted
##   as written) or values already formatted for your language (`$date`, `$duration`).
## - Legal citations are messages too (`.article` attributes): write them the way your
##   language cites the GDPR (e.g. German "Art. 6 Abs. 1 lit. a DSGVO").

## Page frame

# The name of this catalog's language, written in the language itself ("Deutsch", "Română").
# Shown in the language chooser and in the language switcher of every page.
language-name = Polski
# Title of the notice when the policy gives none.
notice-title-default = Polityka prywatności
# A link at the very top of the page, visible on keyboard focus, that jumps to the notice.
skip-link = Przejdź do polityki prywatności
# Heading and label of the table of contents.
toc-heading = Spis treści
# Label (for screen readers) of the list of links to the notice in other languages.
languages-nav-label = Ta polityka w innych językach
# Under the title. $version is the author's version label, such as "2026.2".
meta-version = Wersja { $version }
# Under the title. $date is a long date already formatted for the language ("1 March 2026").
meta-effective = Obowiązuje od { $date } r.
# The banner shown when the notice was built from a policy with errors.
draft-banner-title = Wersja robocza — nie do publikacji
draft-banner-text = Ten dokument wygenerowano z pliku, który nadal zawiera błędy. Jest niekompletny i nie może zostać opublikowany w obecnej postaci.
# Footer: link text to the machine-readable form of the notice (policy.json).
footer-machine-readable = Wersja tej polityki do odczytu maszynowego (JSON)
# Footer: where the notice is published. $url is a web address.
footer-published-at = Opublikowano pod adresem { $url }

## Language chooser (site index page)

# Heading of the page that sends readers to their language.
chooser-heading = Wybierz język
# Sentence under the heading.
chooser-intro = Ta polityka prywatności jest dostępna w następujących językach.

## Generic values

value-yes = Tak
value-no = Nie
# When the policy does not say something the notice should say.
value-not-stated = Nie określono
# A name followed by its legal citation, such as "Consent (Art. 6(1)(a) GDPR)".
# $name is a term from this catalog; $article is an `.article` attribute from this catalog.
term-with-article = { $name } ({ $article })

## Contact details (labels of a description list)

label-name = Nazwa
label-person-name = Imię i nazwisko
label-address = Adres pocztowy
label-email = Adres e-mail
label-phone = Telefon
label-website = Strona internetowa
label-contact-form = Formularz kontaktowy
label-registration = Numer w rejestrze
label-country = Kraj

## At a glance (the summary layer, first on the page)

summary-heading = W skrócie
summary-intro = Najważniejsze informacje z tej polityki. Wszystkie szczegóły znajdziesz w jej pełnej treści poniżej.
# Row labels of the summary.
summary-controller = Kto odpowiada za twoje dane
summary-contact = Jak się z nami skontaktować
summary-dpo = Inspektor ochrony danych
summary-data = Jakie dane przetwarzamy
# Also the caption of the summary table of purposes, legal bases and storage periods.
summary-purposes = W jakich celach, na jakiej podstawie prawnej i jak długo przetwarzamy twoje dane
summary-recipients = Kto otrzymuje twoje dane
summary-transfers = Przekazywanie danych poza UE/EOG
summary-rights = Twoje prawa
summary-complaint = Skargi
# When the policy names no transfer outside the EU/EEA.
summary-transfers-none = Polityka nie wskazuje przypadków przekazywania danych osobowych poza UE/EOG.
# When the policy names no recipients.
summary-recipients-none = Polityka nie wskazuje odbiorców danych osobowych.
# $authority is the name of a supervisory authority.
summary-complaint-authority = Możesz wnieść skargę do organu nadzorczego, na przykład: { $authority }.
summary-complaint-any = Możesz wnieść skargę do organu nadzorczego, w szczególności w państwie UE/EOG, w którym mieszkasz lub pracujesz.
children-heading = W skrócie dla dzieci i młodzieży
# A short, prominent pointer to the right to object in the summary; the sentence links to the
# section "Your right to object" (object-heading).
summary-object = Masz prawo wnieść sprzeciw wobec części przetwarzania opisanego w tej polityce.
# Column headers of tables.
col-purpose = Cel
col-data = Dane osobowe
col-basis = Podstawa prawna
col-retention = Okres przechowywania
col-recipient = Odbiorca
col-role = Rola
col-location = Lokalizacja
col-purposes = Cele

## About this notice

section-about = O tej polityce
label-scope = Czego dotyczy ta polityka
label-audience = Do kogo jest skierowana ta polityka
label-countries = Gdzie oferujemy usługę
label-min-age = Minimalny wiek
# $age is a number of years.
min-age-text = { PLURAL($age) ->
    [one] Aby korzystać z usługi, musisz mieć co najmniej { $age } rok.
    [few] Aby korzystać z usługi, musisz mieć co najmniej { $age } lata.
    [many] Aby korzystać z usługi, musisz mieć co najmniej { $age } lat.
   *[other] Aby korzystać z usługi, musisz mieć co najmniej { $age } roku.
}
label-parental-consent = Dzieci i zgoda rodziców
parental-consent-until-age = { PLURAL($age) ->
    [one] W przypadku dzieci poniżej { $age } roku zgodę musi wyrazić lub zaaprobować osoba sprawująca władzę rodzicielską.
    [few] W przypadku dzieci poniżej { $age } lat zgodę musi wyrazić lub zaaprobować osoba sprawująca władzę rodzicielską.
    [many] W przypadku dzieci poniżej { $age } lat zgodę musi wyrazić lub zaaprobować osoba sprawująca władzę rodzicielską.
   *[other] W przypadku dzieci poniżej { $age } roku zgodę musi wyrazić lub zaaprobować osoba sprawująca władzę rodzicielską.
}
parental-consent-until-national = W przypadku dzieci, które nie osiągnęły wieku samodzielnej zgody określonego przez prawo ich państwa, zgodę musi wyrazić lub zaaprobować osoba sprawująca władzę rodzicielską.
parental-consent-national-ages = Wiek samodzielnej zgody: { $ages }.
parental-consent-country-age = { $country } { $age }
# Art. 14(3): when people are told about data that was not obtained from them.
label-notice-timing = Kiedy informujemy cię o danych uzyskanych z innych źródeł
# Art. 14(5): why people are not informed individually.
label-art14-exemption = Dlaczego nie informujemy każdej osoby indywidualnie

## Controller, joint controllers, representative (Art. 13(1)(a), 26, 27)

section-controller = Kto odpowiada za twoje dane
controller-intro = Administratorem twoich danych osobowych jest:
controller-none = Polityka nie wskazuje administratora.
# The brand name of the controller. $brand is the trade name.
controller-brand = Nazwa handlowa: { $brand }
joint-heading = Współadministratorzy
joint-intro = Wspólnie z poniższymi organizacjami ustalamy, w jakich celach i w jaki sposób przetwarzane są twoje dane osobowe. Jesteśmy współadministratorami.
label-arrangement = Zasadnicza treść naszych uzgodnień
# Link text to the full arrangement between joint controllers.
arrangement-link = Przeczytaj uzgodnienia
label-joint-purposes = Przetwarzanie, którego dokonujemy wspólnie
representative-heading = Nasz przedstawiciel w UE
representative-intro = Ponieważ nie mamy siedziby w UE, wyznaczyliśmy przedstawiciela w UE. Możesz się z nim kontaktować we wszystkich sprawach dotyczących przetwarzania twoich danych osobowych:
representative-exempt = Nie mamy siedziby w UE i nie wyznaczyliśmy w niej przedstawiciela. W naszym przypadku RODO tego nie wymaga z następującego powodu:

## Data protection officer (Art. 13(1)(b))

section-dpo = Inspektor ochrony danych
dpo-intro = Z naszym inspektorem ochrony danych możesz się kontaktować we wszystkich sprawach dotyczących przetwarzania twoich danych osobowych oraz wykonywania przysługujących ci praw:

## Categories of personal data, sources, requirement to provide (Art. 13(2)(e), 14(1)(d), 14(2)(f))

section-data = Jakie dane osobowe przetwarzamy
data-intro = Przetwarzamy następujące kategorie danych osobowych.
label-data-kind = Rodzaj danych
label-items = Obejmuje
label-source = Źródło
label-source-name = Pozyskane od
source-public-yes = To źródło jest publicznie dostępne.
source-public-no = To źródło nie jest publicznie dostępne.
label-requirement = Czy musisz je podać?
label-consequence = Jeśli ich nie podasz
label-used-for = Wykorzystywane do
label-data-retention = Okres przechowywania
# Shown on a category of data that falls under Art. 9.
data-special-note = Jest to szczególna kategoria danych osobowych, którą RODO chroni w sposób szczególny.
# Shown on a category of data that falls under Art. 10.
data-criminal-note = Są to dane osobowe dotyczące wyroków skazujących oraz czynów zabronionych, które RODO chroni w sposób szczególny.

## Purposes and legal bases (Art. 13(1)(c), (d), 13(3))

section-purposes = W jakich celach i na jakiej podstawie prawnej przetwarzamy twoje dane
purposes-intro = Dla każdego celu podajemy, jakie dane osobowe wykorzystujemy, na jakiej podstawie prawnej się opieramy i jak długo przechowujemy dane.
label-purpose-kind = Rodzaj celu
label-data-used = Wykorzystywane dane osobowe
label-basis = Podstawa prawna
label-interest = Nasz prawnie uzasadniony interes
label-balancing = Dlaczego twoje interesy nie są wobec niego nadrzędne
label-law = Przepis prawa
label-consent-mechanism = Jak prosimy o twoją zgodę
label-withdraw = Jak cofnąć zgodę
consent-separate = O tę zgodę prosimy osobno, niezależnie od innych zgód i od naszego regulaminu.
consent-implied = Korzystanie z usługi, twoje milczenie lub wstępnie zaznaczone pole traktujemy jako twoją zgodę.
label-condition = Warunek przetwarzania szczególnych kategorii danych
label-criminal-grounds = Podstawa prawna przetwarzania danych dotyczących czynów zabronionych
label-retention = Okres przechowywania
label-recipients = Odbiorcy
label-necessary = Niezbędne do świadczenia usługi
purpose-necessary-yes = Tak: bez tego nie możemy świadczyć usługi.
purpose-necessary-no = Nie: jest to opcjonalne.
# Art. 13(3): the purpose goes beyond the one the data was collected for.
purpose-further = Wykorzystujemy dane w tym celu dodatkowo, poza celem, w którym je zebraliśmy.
purpose-remote-access = W tym celu możemy uzyskać zdalny dostęp do twojego urządzenia, na przykład podczas sesji pomocy technicznej.
label-channels = Jak wysyłamy te wiadomości
label-messages = O tych wiadomościach
marketing-soft-opt-in = Ponieważ korzystasz już z naszych produktów lub usług, bez wcześniejszego pytania o zgodę wysyłamy ci te wiadomości o naszych własnych, podobnych produktach i usługach. W każdej chwili możesz bezpłatnie z nich zrezygnować.
marketing-unsubscribe = Każda wiadomość umożliwia bezpłatne i łatwe wypisanie się.
marketing-open-tracking-yes = Nasze wiadomości zawierają niewidoczny obraz lub linki, dzięki którym wiemy, czy i kiedy je otwierasz.
marketing-open-tracking-no = Z naszych wiadomości nie dowiadujemy się, czy i kiedy je otwierasz.
basis-not-stated = Polityka nie wskazuje podstawy prawnej dla tego celu.
# Followed by a list of legal bases.
unmapped-bases = Polityka wymienia też następujące podstawy prawne, nie określając, któremu celowi służy każda z nich:

## Recipients (Art. 13(1)(e))

section-recipients = Kto otrzymuje twoje dane osobowe
recipients-intro = Ujawniamy dane osobowe następującym odbiorcom lub kategoriom odbiorców.
recipients-caption = Odbiorcy danych osobowych
recipients-none = Polityka nie wskazuje odbiorców danych osobowych.
recipient-dpf = Odbiorca posiada certyfikat zgodności z Ramami ochrony danych UE-USA.
recipient-adequacy-scope = Odbiorca jest objęty decyzją Komisji Europejskiej stwierdzającą odpowiedni stopień ochrony w jego państwie.
# Link text to a recipient's own privacy notice.
recipient-privacy-link = Polityka prywatności tego odbiorcy

## Transfers to third countries (Art. 13(1)(f), 44–49)

section-transfers = Przekazywanie danych poza UE/EOG
transfers-intro = Przekazujemy dane osobowe do następujących państw trzecich. Dla każdego przekazania podajemy zabezpieczenie, na którym się ono opiera.
transfers-none = Polityka nie wskazuje przypadków przekazywania danych osobowych do państw trzecich ani organizacji międzynarodowych.
label-destination = Państwo docelowe
destination-not-stated = Polityka nie wskazuje państwa.
label-mechanism = Zabezpieczenie
label-instrument = Instrument prawny
label-approved-by = Zatwierdzone przez
label-copy = Jak uzyskać kopię zabezpieczeń
label-tia = Ocena państwa docelowego
transfer-tia-done = Oceniliśmy prawo i praktykę państwa docelowego, aby upewnić się, że zabezpieczenia skutecznie chronią tam twoje dane.
transfer-tia-date = Oceniliśmy prawo i praktykę państwa docelowego, aby upewnić się, że zabezpieczenia skutecznie chronią tam twoje dane. Ostatnia ocena: { $date }.
label-transfer-recipients = Odbiorcy
label-transfer-data = Przekazywane dane osobowe

## Storage periods (Art. 13(2)(a))

section-retention = Jak długo przechowujemy twoje dane
retention-intro = Przechowujemy dane osobowe tylko tak długo, jak wymaga tego dany cel. Jeśli okresu nie da się z góry określić, podajemy kryteria jego ustalania.
retention-caption = Okres przechowywania dla każdego celu
# A period with no starting event. $duration is already formatted ("2 years").
retention-period = { $duration }
# The criteria that set the period, in the author's words.
retention-criteria = Ustalany według następujących kryteriów: { $criteria }
# The law that sets a period or criteria, in the author's words.
retention-law = Wynika z: { $law }
retention-as-long-as-necessary = Tak długo, jak jest to niezbędne do realizacji celu (polityka nie określa okresu ani kryteriów).
retention-indefinite = Bez ograniczenia czasowego.

## Retention: a period after an event. $duration is already formatted ("2 years", "30 days").

retention-after-collection = { $duration } od zebrania danych
retention-after-contract_end = { $duration } od zakończenia umowy
retention-after-account_closure = { $duration } od zamknięcia konta
retention-after-last_contact = { $duration } od naszego ostatniego kontaktu z tobą
retention-after-last_activity = { $duration } od twojej ostatniej aktywności w usłudze
retention-after-last_login = { $duration } od twojego ostatniego logowania
retention-after-consent_withdrawal = { $duration } od cofnięcia przez ciebie zgody
retention-after-end_of_session = { $duration } od zakończenia sesji
retention-after-purpose_fulfilled = { $duration } od osiągnięcia celu
retention-after-request_resolved = { $duration } od rozpatrzenia twojego żądania
retention-after-transaction = { $duration } od przeprowadzenia transakcji
retention-after-end_of_year = { $duration } od końca roku, w którym sporządzono zapis
retention-after-employment_end = { $duration } od ustania twojego zatrudnienia
retention-after-subscription_end = { $duration } od zakończenia twojej subskrypcji
retention-after-legal_claim_resolved = { $duration } od ostatecznego rozstrzygnięcia ewentualnych roszczeń

## Retention: until an event happens.

retention-until-collection = Do zebrania danych
retention-until-contract_end = Do zakończenia umowy
retention-until-account_closure = Do zamknięcia konta
retention-until-last_contact = Do naszego ostatniego kontaktu z tobą
retention-until-last_activity = Do twojej ostatniej aktywności w usłudze
retention-until-last_login = Do twojego ostatniego logowania
retention-until-consent_withdrawal = Do cofnięcia przez ciebie zgody
retention-until-end_of_session = Do zakończenia sesji
retention-until-purpose_fulfilled = Do osiągnięcia celu
retention-until-request_resolved = Do rozpatrzenia twojego żądania
retention-until-transaction = Do przeprowadzenia transakcji
retention-until-end_of_year = Do końca roku, w którym sporządzono zapis
retention-until-employment_end = Do ustania twojego zatrudnienia
retention-until-subscription_end = Do zakończenia twojej subskrypcji
retention-until-legal_claim_resolved = Do ostatecznego rozstrzygnięcia ewentualnych roszczeń

## Your rights (Art. 12–22, 7(3), 77)

section-rights = Twoje prawa
rights-intro = Na podstawie RODO przysługują ci następujące prawa. To, które z nich mają zastosowanie, zależy od podstawy prawnej przetwarzania; wymieniamy te, które dotyczą naszych działań.
rights-exercise-heading = Jak skorzystać ze swoich praw
rights-exercise-intro = Aby skorzystać z któregokolwiek ze swoich praw, skontaktuj się z nami:
rights-free = Korzystanie z praw jest bezpłatne.
rights-fee = Możemy pobrać rozsądną opłatę lub odmówić podjęcia działań wyłącznie wtedy, gdy żądanie jest ewidentnie nieuzasadnione lub nadmierne.
# $duration is already formatted ("30 days").
rights-response-time = Termin odpowiedzi na twoje żądanie wynosi { $duration }.
rights-response-default = Odpowiadamy na twoje żądanie bez zbędnej zwłoki, a w każdym razie w terminie miesiąca.
# Heading of the separate, prominent box about the right to object (Art. 21).
object-heading = Twoje prawo do sprzeciwu
# Art. 21(1): processing based on legitimate interests or a task in the public interest.
object-general = Jeżeli przetwarzamy twoje dane osobowe na podstawie prawnie uzasadnionych interesów lub w celu wykonania zadania realizowanego w interesie publicznym, masz prawo w dowolnym momencie wnieść sprzeciw wobec takiego przetwarzania z przyczyn związanych z twoją szczególną sytuacją. Wówczas zaprzestajemy przetwarzania, chyba że wykażemy istnienie ważnych prawnie uzasadnionych podstaw, nadrzędnych wobec twoich interesów, praw i wolności, lub że przetwarzanie jest potrzebne do ustalenia, dochodzenia lub obrony roszczeń.
# Art. 21(2)-(3): direct marketing.
object-marketing = Masz prawo w dowolnym momencie wnieść sprzeciw wobec przetwarzania twoich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania związanego z takim marketingiem. Jeśli wniesiesz sprzeciw, przestaniemy przetwarzać twoje dane w tym celu.
# Followed by a list of the purposes concerned.
object-purposes = Dotyczy to następujących celów:
label-object-how = Jak wnieść sprzeciw
withdraw-heading = Cofnięcie zgody
withdraw-text = Jeżeli opieramy się na twojej zgodzie, możesz ją w dowolnym momencie cofnąć, i to równie łatwo, jak się ją wyraża. Cofnięcie zgody nie wpływa na zgodność z prawem przetwarzania, którego dokonano na podstawie zgody przed jej cofnięciem.
complaint-heading = Twoje prawo do wniesienia skargi
complaint-text = Masz prawo wnieść skargę do organu nadzorczego, w szczególności w państwie członkowskim UE/EOG swojego zwykłego pobytu, swojego miejsca pracy lub miejsca popełnienia domniemanego naruszenia.
complaint-authority = Właściwym dla nas organem nadzorczym jest:
court-text = Masz również prawo do skutecznego środka ochrony prawnej przed sądem: możesz wystąpić przeciwko nam do sądu państwa członkowskiego UE/EOG, w którym mamy jednostkę organizacyjną lub w którym masz miejsce zwykłego pobytu.

## Automated decisions and profiling (Art. 13(2)(f), 22)

section-automated = Zautomatyzowane podejmowanie decyzji i profilowanie
automated-profiling = Obejmuje to profilowanie.
automated-solely-yes = Decyzja opiera się wyłącznie na zautomatyzowanym przetwarzaniu.
automated-solely-no = W podejmowaniu decyzji uczestniczy człowiek; nie opiera się ona wyłącznie na zautomatyzowanym przetwarzaniu.
automated-effects-yes = Może wywoływać wobec ciebie skutki prawne lub w podobny sposób istotnie na ciebie wpływać.
automated-effects-no = Nie wywołuje wobec ciebie skutków prawnych ani nie wpływa na ciebie istotnie w podobny sposób.
label-logic = Zasady podejmowania decyzji
label-significance = Znaczenie dla ciebie
label-consequences = Przewidywane konsekwencje
label-safeguards = Zabezpieczenia
label-purposes = Cele
# Art. 22(3): shown for decisions based solely on automated processing with significant effects.
automated-rights = Masz prawo do uzyskania interwencji ludzkiej, do wyrażenia własnego stanowiska i do zakwestionowania decyzji.

## Cookies and similar technologies

section-cookies = Pliki cookie i podobne technologie
cookies-intro = Wymienione poniżej pliki cookie i podobne technologie zapisują informacje na twoim urządzeniu lub odczytują je z niego.
cookies-caption = Pliki cookie i podobne technologie
col-name = Nazwa
col-provider = Dostawca
col-category = Kategoria
col-party = Podmiot umieszczający
col-technology = Technologia
col-lifetime = Czas przechowywania
col-consent = Wymagana zgoda
col-description = Do czego służy
party-first = My (własne)
party-third = Podmiot zewnętrzny
lifetime-session = Do zamknięcia przeglądarki
cookies-banner = Zanim zostanie umieszczone jakiekolwiek narzędzie śledzące, które nie jest ściśle niezbędne, baner prosi cię o zgodę.
cookies-reject = Odrzucenie jest równie łatwe jak akceptacja.
cookies-not-pre-ticked = Żadne pole nie jest wstępnie zaznaczone: narzędzia śledzące, które nie są ściśle niezbędne, są umieszczane tylko wtedy, gdy je wybierzesz.
cookies-pre-ticked = W banerze zgody pola narzędzi śledzących, które nie są ściśle niezbędne, są wstępnie zaznaczone.
cookies-no-wall = Możesz korzystać ze strony internetowej bez akceptowania narzędzi śledzących, które nie są ściśle niezbędne.
# Faithful to the policy: the notice says access needs acceptance of non-essential trackers.
cookies-wall = Dostęp do strony internetowej wymaga zaakceptowania narzędzi śledzących, które nie są ściśle niezbędne.
# Faithful to the policy: the notice treats continued browsing as consent.
cookies-implied = Dalsze przeglądanie strony traktujemy jako zgodę na narzędzia śledzące.
cookies-browser-only = Możesz zarządzać plikami cookie w ustawieniach przeglądarki.
# Link text to the page where people change their cookie choices.
cookies-manage-link = Zmień ustawienia plików cookie

## Security (Art. 32)

section-security = Jak chronimy twoje dane
security-measures = Stosujemy następujące środki:

## Further statements

section-statements = Informacje dodatkowe
statement-no-sale = Nie sprzedajemy twoich danych osobowych.
statement-no-automated-decisions = Nie podejmujemy wobec ciebie decyzji, które opierają się wyłącznie na zautomatyzowanym przetwarzaniu i wywołują wobec ciebie skutki prawne lub w podobny sposób istotnie na ciebie wpływają.
statement-no-special-categories = Nie przetwarzamy szczególnych kategorii danych osobowych, takich jak dane o twoim zdrowiu, wyznaniu czy poglądach politycznych.

## Changes and version history

section-changes = Zmiany tej polityki
# $duration is already formatted ("30 days").
changes-notice = Informujemy o zmianach z wyprzedzeniem wynoszącym co najmniej { $duration }.
changes-active = Informujemy cię o zmianach bezpośrednio, na przykład e-mailem, a nie tylko na tej stronie.
changes-passive = Zmiany ogłaszamy na tej stronie.
# Faithful to the policy: the notice treats continued use as acceptance of changes.
changes-continued-use = Polityka uznaje dalsze korzystanie z usługi po wprowadzeniu zmiany za akceptację tej zmiany.
history-heading = Historia wersji
history-caption = Wersje tej polityki
col-version = Wersja
col-date = Data
col-changes = Zmiany
