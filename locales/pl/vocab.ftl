## Names of the built-in vocabulary terms (data/vocab/*.toml), one message per term id.
## The ids after the prefix are fixed; translate only the text. Names are short labels used in
## headings, table cells and lists, so write them without a final full stop.
## `.article` attributes are legal citations: write them as your language cites the GDPR.
## `.description` and `.explanation` are full sentences addressed to the reader.

## Who a notice is addressed to (shown in "Who this notice is for").

vocab-audience-consumers = Konsumenci
vocab-audience-businesses = Kontakty biznesowe
vocab-audience-employees = Pracownicy
vocab-audience-job_applicants = Kandydaci do pracy
vocab-audience-children = Dzieci
vocab-audience-patients = Pacjenci
vocab-audience-students = Uczniowie i studenci
vocab-audience-visitors = Osoby odwiedzające stronę internetową

## Kinds of personal data (shown next to each category of data and in the summary).

vocab-data-identity = Dane identyfikacyjne
vocab-data-contact = Dane kontaktowe
vocab-data-account = Dane konta
vocab-data-credentials = Dane logowania
vocab-data-identifiers = Numery identyfikacyjne
vocab-data-online_identifiers = Identyfikatory internetowe
vocab-data-device = Dane urządzenia
vocab-data-usage = Dane o korzystaniu z usługi
vocab-data-location = Dane o lokalizacji
vocab-data-payment = Dane płatnicze
vocab-data-financial = Dane finansowe i transakcyjne
vocab-data-communications = Korespondencja
vocab-data-recordings = Nagrania
vocab-data-user_content = Treści, które nam przekazujesz
vocab-data-professional = Dane zawodowe
vocab-data-preferences = Preferencje
vocab-data-demographics = Dane demograficzne
vocab-data-marketing = Dane marketingowe
vocab-data-images = Zdjęcia i wizerunek
vocab-data-household = Dane o gospodarstwie domowym
vocab-data-education = Wykształcenie
vocab-data-racial_ethnic_origin = Pochodzenie rasowe lub etniczne
vocab-data-political_opinions = Poglądy polityczne
vocab-data-religious_beliefs = Przekonania religijne lub światopoglądowe
vocab-data-trade_union_membership = Przynależność do związków zawodowych
vocab-data-genetic = Dane genetyczne
vocab-data-biometric = Dane biometryczne
vocab-data-health = Dane dotyczące zdrowia
vocab-data-sex_life = Seksualność lub orientacja seksualna
vocab-data-criminal = Wyroki skazujące i czyny zabronione
vocab-data-unspecified = Nie określono

## Kinds of purpose (shown as the type of each purpose and in the summary).

vocab-purpose-service_provision = Świadczenie usługi
vocab-purpose-account_management = Zarządzanie twoim kontem
vocab-purpose-customer_support = Obsługa klienta
vocab-purpose-billing = Rozliczenia i płatności
vocab-purpose-order_fulfilment = Realizacja zamówień
vocab-purpose-communications = Komunikaty dotyczące usługi
vocab-purpose-security = Bezpieczeństwo informatyczne
vocab-purpose-premises_security = Bezpieczeństwo obiektów i osób
vocab-purpose-fraud_prevention = Zapobieganie oszustwom
vocab-purpose-legal_compliance = Wypełnianie obowiązków prawnych
vocab-purpose-legal_claims = Ustalenie, dochodzenie lub obrona roszczeń
vocab-purpose-marketing = Marketing bezpośredni
vocab-purpose-advertising = Reklama ukierunkowana
vocab-purpose-personalisation = Personalizacja
vocab-purpose-analytics = Statystyki korzystania
vocab-purpose-service_improvement = Ulepszanie usługi
vocab-purpose-research_development = Badania i rozwój
vocab-purpose-recruitment = Rekrutacja
vocab-purpose-business_transfer = Zbycie lub przekształcenie przedsiębiorstwa
vocab-purpose-record_keeping = Prowadzenie dokumentacji
vocab-purpose-quality_assurance = Kontrola jakości
vocab-purpose-feedback = Opinie i ankiety
vocab-purpose-product_updates = Aktualizacje produktów
vocab-purpose-identity_verification = Weryfikacja tożsamości
vocab-purpose-debt_collection = Windykacja należności
vocab-purpose-unspecified = Nie określono

## Legal bases of Art. 6(1) GDPR. The value is the short label of the basis; `.explanation` says in plain words what the basis means for the reader, following the wording of Art. 6(1).

vocab-basis-consent = Zgoda
    .explanation = Przetwarzamy twoje dane osobowe w tym konkretnym celu na podstawie twojej zgody.
    .article = art. 6 ust. 1 lit. a RODO
vocab-basis-contract = Wykonanie umowy
    .explanation = Przetwarzanie jest niezbędne do wykonania umowy, której jesteś stroną, lub do podjęcia działań na twoje żądanie przed zawarciem umowy.
    .article = art. 6 ust. 1 lit. b RODO
vocab-basis-legal_obligation = Obowiązek prawny
    .explanation = Przetwarzanie jest niezbędne do wypełnienia obowiązku prawnego, który na nas ciąży.
    .article = art. 6 ust. 1 lit. c RODO
vocab-basis-vital_interests = Żywotne interesy
    .explanation = Przetwarzanie jest niezbędne do ochrony twoich żywotnych interesów lub żywotnych interesów innej osoby.
    .article = art. 6 ust. 1 lit. d RODO
vocab-basis-public_task = Interes publiczny lub władza publiczna
    .explanation = Przetwarzanie jest niezbędne do wykonania zadania realizowanego w interesie publicznym lub w ramach sprawowania powierzonej nam władzy publicznej.
    .article = art. 6 ust. 1 lit. e RODO
vocab-basis-legitimate_interests = Prawnie uzasadnione interesy
    .explanation = Przetwarzanie jest niezbędne do celów wynikających z prawnie uzasadnionych interesów realizowanych przez nas lub przez stronę trzecią, a twoje interesy, prawa i wolności nie mają wobec nich nadrzędnego charakteru.
    .article = art. 6 ust. 1 lit. f RODO

## Conditions of Art. 9(2) GDPR for special categories of personal data.

vocab-condition-explicit_consent = Wyraźna zgoda
    .article = art. 9 ust. 2 lit. a RODO
vocab-condition-employment_social_security = Prawo pracy i zabezpieczenia społecznego
    .article = art. 9 ust. 2 lit. b RODO
vocab-condition-vital_interests = Żywotne interesy
    .article = art. 9 ust. 2 lit. c RODO
vocab-condition-non_profit_body = Podmiot niezarobkowy
    .article = art. 9 ust. 2 lit. d RODO
vocab-condition-made_public = Dane upublicznione przez osobę, której dotyczą
    .article = art. 9 ust. 2 lit. e RODO
vocab-condition-legal_claims = Ustalenie, dochodzenie lub obrona roszczeń
    .article = art. 9 ust. 2 lit. f RODO
vocab-condition-substantial_public_interest = Ważny interes publiczny
    .article = art. 9 ust. 2 lit. g RODO
vocab-condition-health_care = Opieka zdrowotna i zabezpieczenie społeczne
    .article = art. 9 ust. 2 lit. h RODO
vocab-condition-public_health = Zdrowie publiczne
    .article = art. 9 ust. 2 lit. i RODO
vocab-condition-archiving_research = Cele archiwalne, badawcze i statystyczne
    .article = art. 9 ust. 2 lit. j RODO

## Roles of recipients (a table column). Use the GDPR terms: processor, controller, joint controller.

vocab-role-processor = Podmiot przetwarzający
vocab-role-sub_processor = Dalszy podmiot przetwarzający
vocab-role-controller = Administrator (samodzielny)
vocab-role-joint_controller = Współadministrator
vocab-role-public_authority = Organ publiczny
vocab-role-affiliate = Spółka z grupy
vocab-role-other = Inna strona trzecia

## Whether a person has to provide data (Art. 13(2)(e)); answers the question "Do you have to provide it?".

vocab-requirement-statutory = Wymóg ustawowy
vocab-requirement-contractual = Wymóg umowny
vocab-requirement-contract_prerequisite = Warunek zawarcia umowy
vocab-requirement-voluntary = Dobrowolne

## Where personal data comes from (Art. 14(2)(f)).

vocab-source-data_subject = Od ciebie
vocab-source-observed = Z korzystania przez ciebie z usługi
vocab-source-third_party = Od podmiotów trzecich
vocab-source-publicly_available = Ze źródeł publicznie dostępnych
vocab-source-customer = Od twojego pracodawcy lub organizacji
vocab-source-generated = Wytworzone przez nas

## Data-subject rights. The value is the title of the right as in the GDPR; `.description` says what the right lets the reader do.

vocab-right-access = Prawo dostępu do danych
    .description = Możesz uzyskać informację, czy przetwarzamy twoje dane osobowe, a jeśli tak – otrzymać ich kopię wraz z informacjami o przetwarzaniu.
    .article = art. 15 RODO
vocab-right-rectification = Prawo do sprostowania danych
    .description = Możesz żądać sprostowania nieprawidłowych danych osobowych i uzupełnienia danych niekompletnych.
    .article = art. 16 RODO
vocab-right-erasure = Prawo do usunięcia danych („prawo do bycia zapomnianym”)
    .description = Możesz żądać usunięcia swoich danych osobowych, na przykład gdy nie są nam już potrzebne lub gdy cofniesz zgodę, na której opiera się przetwarzanie.
    .article = art. 17 RODO
vocab-right-restriction = Prawo do ograniczenia przetwarzania
    .description = Możesz żądać ograniczenia przetwarzania swoich danych, na przykład na czas, w którym sprawdzamy, czy dane są prawidłowe.
    .article = art. 18 RODO
vocab-right-portability = Prawo do przenoszenia danych
    .description = Jeżeli przetwarzamy dane na podstawie twojej zgody lub umowy, możesz otrzymać dane dostarczone nam przez ciebie w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego oraz żądać ich przesłania innemu administratorowi.
    .article = art. 20 RODO
vocab-right-objection = Prawo do sprzeciwu
    .description = Możesz wnieść sprzeciw wobec przetwarzania opartego na prawnie uzasadnionych interesach lub na zadaniu realizowanym w interesie publicznym, a w dowolnym momencie – wobec przetwarzania na potrzeby marketingu bezpośredniego.
    .article = art. 21 RODO
vocab-right-automated_decisions = Prawa związane ze zautomatyzowanym podejmowaniem decyzji
    .description = Masz prawo nie podlegać decyzji, która opiera się wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu, i wywołuje wobec ciebie skutki prawne lub w podobny sposób istotnie na ciebie wpływa.
    .article = art. 22 RODO
vocab-right-withdraw_consent = Prawo do cofnięcia zgody
    .description = Możesz w dowolnym momencie cofnąć zgodę, równie łatwo, jak się ją wyraża; nie wpływa to na zgodność z prawem przetwarzania dokonanego przed jej cofnięciem.
    .article = art. 7 ust. 3 RODO
vocab-right-complaint = Prawo do wniesienia skargi do organu nadzorczego
    .description = Możesz wnieść skargę do organu nadzorczego, w szczególności w państwie członkowskim, w którym mieszkasz, pracujesz lub w którym doszło do domniemanego naruszenia.
    .article = art. 77 RODO

## Safeguards for transfers outside the EU/EEA (Art. 45-49 GDPR).

vocab-mechanism-adequacy = Decyzja stwierdzająca odpowiedni stopień ochrony
    .description = Komisja Europejska stwierdziła, że w miejscu docelowym zapewniony jest odpowiedni stopień ochrony danych osobowych.
    .article = art. 45 ust. 3 RODO
vocab-mechanism-data_privacy_framework = Ramy ochrony danych UE-USA
    .description = Odbiorca w Stanach Zjednoczonych posiada certyfikat zgodności z Ramami ochrony danych UE-USA, które według Komisji Europejskiej zapewniają odpowiedni stopień ochrony.
    .article = art. 45 ust. 3 RODO
vocab-mechanism-legally_binding_instrument = Wiążący instrument między organami publicznymi
    .description = Dane chroni prawnie wiążący i egzekwowalny instrument między organami lub podmiotami publicznymi.
    .article = art. 46 ust. 2 lit. a RODO
vocab-mechanism-binding_corporate_rules = Wiążące reguły korporacyjne
    .description = Zasady ochrony danych zatwierdzone przez organ nadzorczy wiążą wszystkie spółki z grupy odbiorcy.
    .article = art. 46 ust. 2 lit. b RODO
vocab-mechanism-standard_contractual_clauses = Standardowe klauzule ochrony danych
    .description = Nasza umowa z odbiorcą zawiera standardowe klauzule ochrony danych przyjęte przez Komisję Europejską.
    .article = art. 46 ust. 2 lit. c RODO
vocab-mechanism-supervisory_authority_clauses = Standardowe klauzule ochrony danych przyjęte przez organ nadzorczy
    .description = Nasza umowa z odbiorcą zawiera standardowe klauzule ochrony danych przyjęte przez organ nadzorczy i zatwierdzone przez Komisję Europejską.
    .article = art. 46 ust. 2 lit. d RODO
vocab-mechanism-code_of_conduct = Zatwierdzony kodeks postępowania
    .description = Odbiorca przestrzega zatwierdzonego kodeksu postępowania i zaciągnął wiążące i egzekwowalne zobowiązania do stosowania przewidzianych w nim zabezpieczeń.
    .article = art. 46 ust. 2 lit. e RODO
vocab-mechanism-certification = Zatwierdzony mechanizm certyfikacji
    .description = Odbiorca posiada zatwierdzony certyfikat i zaciągnął wiążące i egzekwowalne zobowiązania do stosowania wynikających z niego zabezpieczeń.
    .article = art. 46 ust. 2 lit. f RODO
vocab-mechanism-ad_hoc_clauses = Indywidualnie zatwierdzone klauzule umowne
    .description = Dane chronią klauzule umowne opracowane na potrzeby tego przekazania i zatwierdzone przez właściwy organ nadzorczy.
    .article = art. 46 ust. 3 lit. a RODO
vocab-mechanism-administrative_arrangement = Porozumienie administracyjne
    .description = Dane chronią postanowienia porozumienia administracyjnego między organami lub podmiotami publicznymi, zatwierdzone przez właściwy organ nadzorczy.
    .article = art. 46 ust. 3 lit. b RODO
vocab-mechanism-explicit_consent_derogation = Wyraźna zgoda na przekazanie
    .description = Przekazanie odbywa się za twoją wyraźną zgodą, wyrażoną po uzyskaniu informacji o możliwym związanym z nim ryzyku.
    .article = art. 49 ust. 1 lit. a RODO
vocab-mechanism-contract_derogation = Niezbędne do wykonania umowy z tobą
    .description = Przekazanie jest niezbędne do wykonania umowy między tobą a nami lub do wprowadzenia w życie środków przedumownych podejmowanych na twoje żądanie.
    .article = art. 49 ust. 1 lit. b RODO
vocab-mechanism-third_party_contract_derogation = Niezbędne do umowy zawartej w twoim interesie
    .description = Przekazanie jest niezbędne do zawarcia lub wykonania umowy zawartej w twoim interesie między nami a inną osobą.
    .article = art. 49 ust. 1 lit. c RODO
vocab-mechanism-public_interest_derogation = Ważne względy interesu publicznego
    .description = Przekazanie jest niezbędne z ważnych względów interesu publicznego uznanych przez prawo.
    .article = art. 49 ust. 1 lit. d RODO
vocab-mechanism-legal_claims_derogation = Ustalenie, dochodzenie lub obrona roszczeń
    .description = Przekazanie jest niezbędne do ustalenia, dochodzenia lub obrony roszczeń.
    .article = art. 49 ust. 1 lit. e RODO
vocab-mechanism-vital_interests_derogation = Żywotne interesy
    .description = Przekazanie jest niezbędne do ochrony twoich żywotnych interesów lub żywotnych interesów innej osoby, jeżeli nie możesz wyrazić zgody.
    .article = art. 49 ust. 1 lit. f RODO
vocab-mechanism-public_register_derogation = Rejestr publiczny
    .description = Dane pochodzą z rejestru, który zgodnie z prawem Unii lub prawem państwa członkowskiego jest publicznie dostępny.
    .article = art. 49 ust. 1 lit. g RODO
vocab-mechanism-compelling_interests_derogation = Ważne prawnie uzasadnione interesy
    .description = Przekazanie nie jest powtarzalne, dotyczy tylko ograniczonej liczby osób i jest niezbędne do celów wynikających z ważnych prawnie uzasadnionych interesów, przy zastosowaniu odpowiednich zabezpieczeń; organ nadzorczy jest o nim informowany.
    .article = art. 49 ust. 1 akapit drugi RODO

## Categories of cookies and similar trackers.

vocab-cookie-strictly_necessary = Ściśle niezbędne
vocab-cookie-preferences = Preferencje
vocab-cookie-statistics = Statystyka
vocab-cookie-marketing = Marketing
vocab-cookie-unspecified = Nie określono

## Technologies of trackers.

vocab-technology-cookie = Plik cookie
vocab-technology-local_storage = Pamięć lokalna przeglądarki
vocab-technology-pixel = Piksel śledzący
vocab-technology-sdk = Zestaw narzędzi programistycznych (SDK)
vocab-technology-fingerprinting = Cyfrowy odcisk urządzenia (fingerprinting)

## How consent is given or withdrawn.

vocab-consent_channel-online = Na naszej stronie internetowej lub w naszej aplikacji
vocab-consent_channel-terms = Przez akceptację naszego regulaminu
vocab-consent_channel-email = E-mailem
vocab-consent_channel-phone = Telefonicznie
vocab-consent_channel-post = Pocztą
vocab-consent_channel-in_person = Osobiście

## Channels of marketing messages.

vocab-channel-email = E-mail
vocab-channel-sms = Wiadomości SMS
vocab-channel-automated_call = Połączenia automatyczne
vocab-channel-fax = Faks
vocab-channel-phone = Rozmowy telefoniczne
vocab-channel-push = Powiadomienia push
vocab-channel-post = Poczta tradycyjna

## Why a controller outside the EU has no representative there (Art. 27(2)).

vocab-exemption-occasional = Sporadyczne przetwarzanie
    .description = Nasze przetwarzanie ma charakter sporadyczny, nie obejmuje na dużą skalę szczególnych kategorii danych ani danych dotyczących wyroków skazujących i czynów zabronionych i prawdopodobnie nie powoduje ryzyka naruszenia twoich praw lub wolności.
    .article = art. 27 ust. 2 lit. a RODO
vocab-exemption-public_authority = Organ lub podmiot publiczny
    .description = Jesteśmy organem lub podmiotem publicznym.
    .article = art. 27 ust. 2 lit. b RODO
