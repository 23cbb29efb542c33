## `policyc diff --format md`: opis zmian do sekcji „Zmiany” polityki prywatności. Zmienne są
## objaśnione w locales/en/diff.ftl.
## Zmienne zawierają tekst w mianowniku (nazwy, opisy autora, nazwy państw, terminy w cudzysłowie),
## dlatego zdania są zbudowane tak, by ich nie odmieniać: po dwukropku, w cudzysłowie lub w
## konstrukcji „{ $field }: teraz …”.

diff-heading = Zmiany w wersji { $version }, obowiązujące od { $date } r.
diff-heading-version = Zmiany w wersji { $version }
diff-heading-date = Zmiany obowiązujące od { $date } r.
diff-heading-plain = Zmiany tej polityki

diff-none = Żadna zmiana w tej wersji nie wpływa na sposób, w jaki przetwarzamy twoje dane osobowe.

diff-yes = tak
diff-no = nie
diff-not-stated = nie określono
diff-session = do zamknięcia przeglądarki
diff-list-separator = {", "}
diff-quoted = „{ $words }”

diff-basis-consent = zgoda
diff-basis-contract = wykonanie umowy
diff-basis-legal_obligation = wypełnienie obowiązku prawnego
diff-basis-vital_interests = ochrona żywotnych interesów
diff-basis-public_task = wykonanie zadania realizowanego w interesie publicznym lub w ramach sprawowania władzy publicznej
diff-basis-legitimate_interests = prawnie uzasadnione interesy

diff-right-access = prawo dostępu do danych
diff-right-rectification = prawo do sprostowania danych
diff-right-erasure = prawo do usunięcia danych
diff-right-restriction = prawo do ograniczenia przetwarzania
diff-right-portability = prawo do przenoszenia danych
diff-right-objection = prawo do wniesienia sprzeciwu
diff-right-automated_decisions = prawo do niepodlegania decyzji, która opiera się wyłącznie na zautomatyzowanym przetwarzaniu
diff-right-withdraw_consent = prawo do cofnięcia zgody
diff-right-complaint = prawo do wniesienia skargi do organu nadzorczego

diff-field-name = nazwa
diff-field-address = adres pocztowy
diff-field-country = państwo
diff-field-registration = numer rejestrowy
diff-field-email = adres e-mail
diff-field-phone = numer telefonu
diff-field-url = strona internetowa
diff-field-contact_form = formularz kontaktowy
diff-field-form = formularz żądań
diff-field-manage_url = strona
diff-field-copy_from = adres, pod którym można uzyskać kopię zabezpieczeń
diff-field-purposes = cele
diff-field-audience = osoby, do których skierowana jest polityka
diff-field-required = obowiązek podania danych
diff-field-called_anonymous = określane jako anonimowe
diff-field-further_processing = wykorzystanie w celu innym niż cel, w którym dane zebrano
diff-field-necessary = niezbędne do świadczenia usługi
diff-field-response_time = termin odpowiedzi na twoje żądania
diff-field-fee = opłata za żądania
diff-field-conditional = prawa zależne od miejsca zamieszkania
diff-field-complaint = wzmianka o prawie do wniesienia skargi
diff-field-banner = baner plików cookie
diff-field-reject_button = przycisk odrzucenia plików cookie
diff-field-cookie_wall = dostęp dopiero po zaakceptowaniu plików cookie
diff-field-implied_consent = dalsze przeglądanie strony oznacza zgodę
diff-field-browser_settings_only = ustawienia przeglądarki jako jedyny sposób wyboru
diff-field-continued_use_is_acceptance = dalsze korzystanie z usługi oznacza akceptację zmian
diff-field-category = kategoria
diff-field-provider = dostawca
diff-field-party = umieszczane przez nas czy przez podmiot zewnętrzny
diff-field-technology = technologia
diff-field-consent = umieszczane tylko za twoją zgodą
diff-field-lifetime = czas przechowywania
diff-field-profiling = profilowanie
diff-field-solely_automated = decyzja bez udziału człowieka
diff-field-significant_effects = skutki prawne lub podobnie istotne skutki
diff-field-dpf_certified = certyfikat zgodności z Ramami ochrony danych UE-USA
diff-field-in_adequacy_scope = objęcie decyzją stwierdzającą odpowiedni stopień ochrony
diff-field-recipients = odbiorcy

diff-what-rights = żądania dotyczące wykonania twoich praw
diff-what-cookies = twoje wybory dotyczące plików cookie
diff-what-changes = zmiany tej polityki
diff-what-controller = kontakt z nami
diff-what-dpo = kontakt z naszym inspektorem ochrony danych
diff-what-representative = kontakt z naszym przedstawicielem w UE
diff-what-policy = ta polityka

diff-controller-changed = Zmieniły się nasze dane jako administratora – { $field }: teraz { $new } (wcześniej: { $old }).
diff-controller-changed-party = Administratorem twoich danych jest teraz { $new } (wcześniej: { $old }).
diff-contact-changed = Zmiana danych kontaktowych ({ $what }) – { $field }: teraz { $new } (wcześniej: { $old }).
diff-representative-added = Wyznaczyliśmy przedstawiciela w UE: { $new }.
diff-representative-removed = Nie wskazujemy już przedstawiciela w UE (wcześniej: { $old }).
diff-representative-changed = Zmieniły się dane naszego przedstawiciela w UE – { $field }: teraz { $new } (wcześniej: { $old }).
diff-dpo-added = Wyznaczyliśmy inspektora ochrony danych: { $new }.
diff-dpo-removed = Nie wskazujemy już inspektora ochrony danych (wcześniej: { $old }).
diff-dpo-changed = Zmieniły się dane naszego inspektora ochrony danych – { $field }: teraz { $new } (wcześniej: { $old }).
diff-joint-controller-added = Wspólnie z podmiotem { $new } ustalamy teraz, w jaki sposób przetwarzana jest część twoich danych.
diff-joint-controller-removed = Nie ustalamy już wspólnie z podmiotem { $old }, w jaki sposób przetwarzane są twoje dane.
diff-joint-controller-changed = Zmieniły się dane współadministratora { $what } – { $field }: teraz { $new } (wcześniej: { $old }).
diff-joint-controller-changed-purposes = Wspólnie z podmiotem { $what } ustalamy teraz również cele i sposoby przetwarzania w zakresie: { $new }.
diff-data-added = Przetwarzamy teraz nową kategorię danych osobowych: { $what }.
diff-data-kind-changed = Dane „{ $what }” są teraz zaliczane do kategorii { $new } (wcześniej: { $old }).
diff-data-items-added = Dane „{ $what }” obejmują teraz również: { $new }.
diff-source-changed = Zmieniło się źródło danych „{ $what }”: { $new } (wcześniej: { $old }).
diff-purpose-added = Wykorzystujemy teraz dane osobowe w nowym celu: { $what }.
diff-purpose-removed = Nie wykorzystujemy już danych osobowych w tym celu: { $what }.
diff-purpose-kind-changed = Cel „{ $what }” należy teraz do rodzaju { $new } (wcześniej: { $old }).
diff-data-linked = „{ $what }” – dotyczy teraz również tych danych: { $new }.
diff-basis-changed = Podstawą prawną dla celu „{ $what }” jest teraz { $new } (wcześniej: { $old }).
diff-basis-changed-basis-implied = Dla celu „{ $what }” zgodę uznaje się za wyrażoną bez wyraźnego działania z twojej strony: { $new } (wcześniej: { $old }).
diff-condition-changed = Przesłanką z art. 9 ust. 2 RODO, na podstawie której przetwarzamy szczególne kategorie danych osobowych w celu „{ $what }”, jest teraz { $new } (wcześniej: { $old }).
diff-retention-longer = Dłużej przechowujemy dane w celu „{ $what }”: { $new } zamiast { $old }.
diff-retention-changed = Zmienił się okres przechowywania danych w celu „{ $what }”: { $new } (wcześniej: { $old }).
diff-recipient-added = Przekazujemy teraz dane osobowe nowemu odbiorcy: { $what }.
diff-recipient-role-changed = Rola odbiorcy „{ $what }” to teraz { $new } (wcześniej: { $old }).
diff-recipient-changed = Przekazujemy teraz dane osobowe odbiorcy { $new } zamiast odbiorcy { $old }.
diff-recipient-changed-purposes = Odbiorca { $what } otrzymuje teraz dane osobowe również w celu: { $new }.
diff-recipient-changed-recipients = Przekazywanie danych ({ $what }) obejmuje teraz również odbiorców: { $new }.
diff-transfer-added = Przekazujemy teraz dane osobowe poza UE/EOG, do: { $new }.
diff-destination-added = Dane osobowe ({ $what }) trafiają teraz również do: { $new }.
diff-mechanism-changed = Zabezpieczenia przekazywania danych osobowych ({ $what }) to teraz { $new } (wcześniej: { $old }).
diff-mechanism-changed-field = W odniesieniu do „{ $what }” – { $field }: teraz { $new } (wcześniej: { $old }).
diff-automated-decision-added = Podejmujemy teraz wobec ciebie zautomatyzowane decyzje lub tworzymy twój profil: { $what }.
diff-automated-decision-changed = Zautomatyzowana decyzja „{ $what }” – { $field }: teraz { $new } (wcześniej: { $old }).
diff-automated-decision-changed-purposes = Zautomatyzowana decyzja „{ $what }” jest teraz wykorzystywana również w celu: { $new }.
diff-right-removed = Ta polityka nie wymienia już: { $old }.
diff-authority-changed = Organ nadzorczy, który wskazujemy do wnoszenia skarg, to teraz organ tego państwa: { $new } (wcześniej: { $old }).
diff-cookie-added = Używamy teraz nowego pliku cookie lub podobnej technologii: { $what }.
diff-cookie-changed = Plik cookie { $what } – { $field }: teraz { $new } (wcześniej: { $old }).
diff-lifetime-longer = Plik cookie { $what } jest teraz przechowywany przez okres: { $new } zamiast: { $old }.
diff-min-age-changed = Minimalny wiek korzystania z naszej usługi to teraz { $new } (wcześniej: { $old }).
diff-statement-removed = Nie składamy już tego oświadczenia: { $what }.
diff-statement-changed = Oświadczenie „{ $what }” należy teraz do rodzaju { $new } (wcześniej: { $old }).
diff-language-removed = Ta polityka nie jest już publikowana w języku: { $old }.
diff-detail-changed = W odniesieniu do „{ $what }” – { $field }: teraz { $new } (wcześniej: { $old }).
diff-detail-changed-audience-added = Ta polityka jest teraz skierowana również do: { $new }.
diff-detail-changed-audience-removed = Ta polityka nie jest już skierowana do: { $old }.
diff-basis-changed-bases-added = Ta polityka wskazuje teraz również podstawę prawną: { $new }.
diff-basis-changed-bases-removed = Ta polityka nie wskazuje już podstawy prawnej: { $old }.
