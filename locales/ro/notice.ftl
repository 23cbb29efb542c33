## Nota de informare pe care o citesc persoanele vizate (pagina HTML și Markdown).
##
## Convenții (vezi locales/README.md):
## - Cititorului ne adresăm cu „dumneavoastră”; operatorul vorbește la persoana întâi plural
##   („noi”), într-un limbaj simplu.
## - Terminologia oficială a versiunii în limba română a RGPD: operator (controller), persoană
##   împuternicită de operator (processor), persoana vizată, destinatar, autoritate de
##   supraveghere, temei juridic, responsabil cu protecția datelor.
## - Doar text simplu: fără HTML sau Markdown.
## - Variabilele conțin fie text al autorului (inserat ca atare), fie valori deja formatate în
##   limba română (`$date`, `$duration`).
## - Citări: „art. 6 alin. (1) lit. (a) din RGPD”.

## Cadrul paginii

language-name = Română
notice-title-default = Notă de informare privind protecția datelor
skip-link = Salt la nota de informare
toc-heading = Cuprins
languages-nav-label = Această notă de informare în alte limbi
# $version este eticheta de versiune a autorului, de exemplu „2026.2”.
meta-version = Versiunea { $version }
# $date este o dată în formă lungă („1 martie 2026”).
meta-effective = În vigoare de la { $date }
draft-banner-title = Versiune de lucru — nu se publică
draft-banner-text = Această notă de informare a fost generată dintr-o politică ce conține încă erori. Este incompletă și nu trebuie publicată în forma actuală.
footer-machine-readable = Versiunea acestei note de informare care poate fi citită automat (JSON)
# $url este o adresă web.
footer-published-at = Publicată la adresa { $url }

## Alegerea limbii (pagina de start a site-ului)

chooser-heading = Alegeți limba
chooser-intro = Această notă de informare privind protecția datelor este disponibilă în următoarele limbi.

## Valori generice

value-yes = Da
value-no = Nu
value-not-stated = Neprecizat
# Un nume urmat de citarea juridică: „Consimțământ (art. 6 alin. (1) lit. (a) din RGPD)”.
term-with-article = { $name } ({ $article })

## Date de contact (etichete)

label-name = Nume
label-person-name = Nume și prenume
label-address = Adresă poștală
label-email = E-mail
label-phone = Telefon
label-website = Site web
label-contact-form = Formular de contact
label-registration = Număr de înregistrare
label-country = Țară

## Pe scurt (primul nivel, în partea de sus a paginii)

summary-heading = Pe scurt
summary-intro = Punctele esențiale ale acestei note de informare. Nota completă, mai jos, oferă toate detaliile.
summary-controller = Cine este operatorul
summary-contact = Cum ne puteți contacta
summary-dpo = Responsabilul cu protecția datelor
summary-data = Ce date prelucrăm
# Și titlul tabelului de sinteză cu scopurile, temeiurile juridice și perioadele de stocare.
summary-purposes = De ce vă prelucrăm datele, pe ce temei juridic și pentru cât timp
summary-recipients = Cine primește datele dumneavoastră
summary-transfers = Transferuri în afara UE/SEE
summary-rights = Drepturile dumneavoastră
summary-complaint = Plângeri
summary-transfers-none = Nota de informare nu menționează niciun transfer de date cu caracter personal în afara UE/SEE.
summary-recipients-none = Nota de informare nu menționează niciun destinatar al datelor cu caracter personal.
# $authority este denumirea unei autorități de supraveghere.
summary-complaint-authority = Puteți depune o plângere la o autoritate de supraveghere, de exemplu la { $authority }.
summary-complaint-any = Puteți depune o plângere la o autoritate de supraveghere, în special în țara din UE/SEE în care locuiți sau lucrați.
children-heading = Pe scurt, pentru copii și tineri
# Trimite la secțiunea „Dreptul dumneavoastră la opoziție” (object-heading).
summary-object = Aveți dreptul de a vă opune unora dintre prelucrările descrise în această notă de informare.
# Capete de tabel.
col-purpose = Scop
col-data = Date cu caracter personal
col-basis = Temei juridic
col-retention = Perioada de stocare
col-recipient = Destinatar
col-role = Rol
col-location = Localizare
col-purposes = Scopuri

## Despre această notă de informare

section-about = Despre această notă de informare
label-scope = La ce se referă această notă de informare
label-audience = Cui se adresează această notă de informare
label-countries = Unde este oferit serviciul
label-min-age = Vârsta minimă
# $age este un număr de ani.
min-age-text = { PLURAL($age) ->
    [one] Pentru a utiliza serviciul, trebuie să aveți cel puțin { $age } an.
    [few] Pentru a utiliza serviciul, trebuie să aveți cel puțin { $age } ani.
   *[other] Pentru a utiliza serviciul, trebuie să aveți cel puțin { $age } de ani.
}
label-parental-consent = Copiii și consimțământul părinților
parental-consent-until-age = { PLURAL($age) ->
    [one] Pentru copiii sub { $age } an, consimțământul trebuie dat sau autorizat de titularul răspunderii părintești.
    [few] Pentru copiii sub { $age } ani, consimțământul trebuie dat sau autorizat de titularul răspunderii părintești.
   *[other] Pentru copiii sub { $age } de ani, consimțământul trebuie dat sau autorizat de titularul răspunderii părintești.
}
parental-consent-until-national = Pentru copiii care nu au împlinit vârsta consimțământului digital stabilită în țara lor, consimțământul trebuie dat sau autorizat de titularul răspunderii părintești.
parental-consent-national-ages = Vârsta consimțământului digital: { $ages }.
parental-consent-country-age = { $country } { $age }
# Art. 14 alin. (3): când sunt informate persoanele despre datele care nu au fost obținute de la ele.
label-notice-timing = Când vă informăm despre datele pe care le obținem din alte surse
# Art. 14 alin. (5): de ce persoanele nu sunt informate individual.
label-art14-exemption = De ce nu informăm individual fiecare persoană vizată

## Operator, operatori asociați, reprezentant (art. 13 alin. (1) lit. (a), art. 26, 27)

section-controller = Cine este operatorul datelor dumneavoastră
controller-intro = Operatorul care răspunde de prelucrarea datelor dumneavoastră cu caracter personal este:
controller-none = Nota de informare nu menționează operatorul.
# $brand este denumirea comercială a operatorului.
controller-brand = Denumire comercială: { $brand }
joint-heading = Operatori asociați
joint-intro = Stabilim împreună cu următoarele organizații de ce și cum sunt prelucrate datele dumneavoastră cu caracter personal. Suntem operatori asociați.
label-arrangement = Esența acordului nostru
arrangement-link = Citiți acordul
label-joint-purposes = Prelucrări pe care le efectuăm în comun
representative-heading = Reprezentantul nostru în UE
representative-intro = Întrucât nu suntem stabiliți în UE, am desemnat un reprezentant în UE, pe care îl puteți contacta pentru orice întrebare privind prelucrarea datelor dumneavoastră cu caracter personal:
representative-exempt = Nu suntem stabiliți în UE și nu am desemnat un reprezentant în UE. În cazul nostru, RGPD nu impune acest lucru, din următorul motiv:

## Responsabilul cu protecția datelor (art. 13 alin. (1) lit. (b))

section-dpo = Responsabilul cu protecția datelor
dpo-intro = Puteți contacta responsabilul nostru cu protecția datelor pentru orice întrebare privind prelucrarea datelor dumneavoastră cu caracter personal și exercitarea drepturilor dumneavoastră:

## Categorii de date, surse, obligația de a furniza datele (art. 13 alin. (2) lit. (e), art. 14)

section-data = Ce date cu caracter personal prelucrăm
data-intro = Prelucrăm următoarele categorii de date cu caracter personal.
label-data-kind = Tipul de date
label-items = Include
label-source = De unde provin
label-source-name = Obținute de la
source-public-yes = Această sursă este disponibilă public.
source-public-no = Această sursă nu este disponibilă public.
label-requirement = Furnizarea lor este obligatorie?
label-consequence = Dacă nu le furnizați
label-used-for = Utilizate pentru
label-data-retention = Perioada de stocare
# Date care intră sub incidența art. 9.
data-special-note = Aceasta este o categorie specială de date cu caracter personal, pe care RGPD o protejează mai strict.
# Date care intră sub incidența art. 10.
data-criminal-note = Acestea sunt date cu caracter personal referitoare la condamnări penale și infracțiuni, pe care RGPD le protejează mai strict.

## Scopuri și temeiuri juridice (art. 13 alin. (1) lit. (c) și (d), alin. (3))

section-purposes = De ce vă prelucrăm datele și pe ce temei juridic
purposes-intro = Pentru fiecare scop indicăm datele cu caracter personal pe care le utilizăm, temeiul juridic pe care ne bazăm și cât timp păstrăm datele.
label-purpose-kind = Tipul scopului
label-data-used = Date cu caracter personal utilizate
label-basis = Temei juridic
label-interest = Interesul nostru legitim
label-balancing = De ce interesele dumneavoastră nu prevalează asupra acestuia
label-law = Dispoziție legală
label-consent-mechanism = Cum vă solicităm consimțământul
label-withdraw = Cum vă puteți retrage consimțământul
consent-separate = Vă solicităm acest consimțământ separat, independent de orice alt consimțământ și de condițiile noastre.
consent-implied = Considerăm drept consimțământ al dumneavoastră utilizarea serviciului, tăcerea dumneavoastră sau o căsuță bifată în prealabil.
label-condition = Condiția pentru categoriile speciale de date
label-criminal-grounds = Autorizarea legală pentru datele privind condamnările penale și infracțiunile
label-retention = Perioada de stocare
label-recipients = Destinatari
label-necessary = Necesar pentru furnizarea serviciului
purpose-necessary-yes = Da: fără această prelucrare nu vă putem furniza serviciul.
purpose-necessary-no = Nu: această prelucrare este opțională.
# Art. 13 alin. (3): scopul depășește scopul pentru care au fost colectate datele.
purpose-further = Utilizăm datele în acest scop pe lângă scopul pentru care le-am colectat.
purpose-remote-access = În acest scop, putem accesa de la distanță dispozitivul dumneavoastră, de exemplu în timpul unei sesiuni de asistență.
label-channels = Cum trimitem aceste mesaje
label-messages = Despre aceste mesaje
marketing-soft-opt-in = Deoarece ați cumpărat deja de la noi, vă trimitem aceste mesaje despre propriile noastre produse și servicii similare celor pe care le-ați cumpărat, fără să vă cerem în prealabil consimțământul. Le puteți refuza oricând, gratuit.
marketing-unsubscribe = Fiecare mesaj conține o modalitate simplă și gratuită de dezabonare.
marketing-open-tracking-yes = Mesajele noastre conțin o imagine invizibilă sau linkuri care ne arată dacă și când le deschideți.
marketing-open-tracking-no = Mesajele noastre nu ne arată dacă și când le deschideți.
basis-not-stated = Nota de informare nu indică un temei juridic pentru acest scop.
# Urmat de o listă de temeiuri juridice.
unmapped-bases = Nota de informare mai menționează următoarele temeiuri juridice, fără a preciza cărui scop îi corespunde fiecare:

## Destinatari (art. 13 alin. (1) lit. (e))

section-recipients = Cine primește datele dumneavoastră cu caracter personal
recipients-intro = Divulgăm date cu caracter personal următorilor destinatari sau următoarelor categorii de destinatari.
recipients-caption = Destinatarii datelor cu caracter personal
recipients-none = Nota de informare nu menționează niciun destinatar al datelor cu caracter personal.
recipient-dpf = Certificat conform Cadrului UE-SUA privind confidențialitatea datelor (EU-US Data Privacy Framework).
recipient-adequacy-scope = Intră sub incidența deciziei Comisiei Europene privind caracterul adecvat al nivelului de protecție pentru țara sa.
recipient-privacy-link = Politica de confidențialitate a acestui destinatar

## Transferuri către țări terțe (art. 13 alin. (1) lit. (f), art. 44–49)

section-transfers = Transferuri în afara UE/SEE
transfers-intro = Transferăm date cu caracter personal către următoarele țări terțe. Pentru fiecare transfer indicăm garanția pe care se bazează.
transfers-none = Nota de informare nu menționează niciun transfer de date cu caracter personal către țări terțe sau organizații internaționale.
label-destination = Destinație
destination-not-stated = Nota de informare nu indică țara.
label-mechanism = Garanție
label-instrument = Instrument
label-approved-by = Aprobat de
label-copy = Cum puteți obține o copie a garanțiilor
label-tia = Evaluarea țării de destinație
transfer-tia-done = Am evaluat legislația și practica țării de destinație pentru a ne asigura că garanțiile vă protejează efectiv datele acolo.
transfer-tia-date = Am evaluat legislația și practica țării de destinație pentru a ne asigura că garanțiile vă protejează efectiv datele acolo. Ultima evaluare: { $date }.
label-transfer-recipients = Destinatari
label-transfer-data = Date cu caracter personal transferate

## Perioade de stocare (art. 13 alin. (2) lit. (a))

section-retention = Cât timp vă păstrăm datele
retention-intro = Păstrăm datele cu caracter personal numai atât timp cât este necesar pentru fiecare scop. Atunci când perioada nu poate fi stabilită dinainte, indicăm criteriile utilizate pentru a o stabili.
retention-caption = Perioada de stocare pentru fiecare scop
# O perioadă fără eveniment de pornire. $duration este deja formatată („2 ani”).
retention-period = { $duration }
# Criteriile care stabilesc perioada, în cuvintele autorului.
retention-criteria = Stabilită pe baza următoarelor criterii: { $criteria }
# Legea care stabilește perioada sau criteriile, în cuvintele autorului.
retention-law = Prevăzută de: { $law }
retention-as-long-as-necessary = Atât timp cât este necesar pentru scopul respectiv (nota de informare nu indică nici o perioadă, nici criterii).
retention-indefinite = Fără limită de timp.

## Stocare: o perioadă socotită de la un eveniment. $duration este deja formatată („2 ani”, „30 de zile”).

retention-after-collection = { $duration } de la colectarea datelor
retention-after-contract_end = { $duration } de la încetarea contractului
retention-after-account_closure = { $duration } de la închiderea contului
retention-after-last_contact = { $duration } de la ultimul nostru contact cu dumneavoastră
retention-after-last_activity = { $duration } de la ultima dumneavoastră activitate în cadrul serviciului
retention-after-last_login = { $duration } de la ultima dumneavoastră autentificare
retention-after-consent_withdrawal = { $duration } de la retragerea consimțământului
retention-after-end_of_session = { $duration } de la încheierea sesiunii
retention-after-purpose_fulfilled = { $duration } de la îndeplinirea scopului
retention-after-request_resolved = { $duration } de la soluționarea cererii dumneavoastră
retention-after-transaction = { $duration } de la efectuarea tranzacției
retention-after-end_of_year = { $duration } de la sfârșitul anului în care a fost făcută înregistrarea
retention-after-employment_end = { $duration } de la încetarea raporturilor de muncă
retention-after-subscription_end = { $duration } de la încetarea abonamentului
retention-after-legal_claim_resolved = { $duration } de la soluționarea definitivă a oricărui litigiu

## Stocare: până la un eveniment.

retention-until-collection = Până la colectarea datelor
retention-until-contract_end = Până la încetarea contractului
retention-until-account_closure = Până la închiderea contului
retention-until-last_contact = Până la ultimul nostru contact cu dumneavoastră
retention-until-last_activity = Până la ultima dumneavoastră activitate în cadrul serviciului
retention-until-last_login = Până la ultima dumneavoastră autentificare
retention-until-consent_withdrawal = Până la retragerea consimțământului
retention-until-end_of_session = Până la încheierea sesiunii
retention-until-purpose_fulfilled = Până la îndeplinirea scopului
retention-until-request_resolved = Până la soluționarea cererii dumneavoastră
retention-until-transaction = Până la efectuarea tranzacției
retention-until-end_of_year = Până la sfârșitul anului în care a fost făcută înregistrarea
retention-until-employment_end = Până la încetarea raporturilor de muncă
retention-until-subscription_end = Până la încetarea abonamentului
retention-until-legal_claim_resolved = Până la soluționarea definitivă a oricărui litigiu

## Drepturile dumneavoastră (art. 12–22, art. 7 alin. (3), art. 77)

section-rights = Drepturile dumneavoastră
rights-intro = În temeiul RGPD aveți următoarele drepturi. Care dintre ele se aplică depinde de temeiul juridic al prelucrării; le enumerăm pe cele care se aplică prelucrărilor pe care le efectuăm.
rights-exercise-heading = Cum vă puteți exercita drepturile
rights-exercise-intro = Pentru a vă exercita oricare dintre drepturi, contactați-ne:
rights-free = Exercitarea drepturilor dumneavoastră este gratuită.
rights-fee = Putem percepe o taxă rezonabilă sau putem refuza să dăm curs cererii numai dacă aceasta este în mod vădit nefondată sau excesivă.
# $duration este deja formatată („30 de zile”).
rights-response-time = Răspundem la cererea dumneavoastră în termen de { $duration }.
rights-response-default = Răspundem la cererea dumneavoastră fără întârzieri nejustificate și în cel mult o lună.
# Titlul casetei separate, evidențiate, despre dreptul la opoziție (art. 21).
object-heading = Dreptul dumneavoastră la opoziție
# Art. 21 alin. (1): prelucrare în temeiul intereselor legitime sau al unei sarcini de interes public.
object-general = Atunci când vă prelucrăm datele cu caracter personal în temeiul unor interese legitime sau pentru îndeplinirea unei sarcini care servește unui interes public, aveți dreptul de a vă opune în orice moment, din motive legate de situația dumneavoastră particulară. În acest caz încetăm prelucrarea, cu excepția cazului în care demonstrăm că avem motive legitime și imperioase care prevalează asupra intereselor, drepturilor și libertăților dumneavoastră sau că prelucrarea este necesară pentru constatarea, exercitarea sau apărarea unui drept în instanță.
# Art. 21 alin. (2)–(3): marketing direct.
object-marketing = Aveți dreptul de a vă opune în orice moment prelucrării datelor dumneavoastră cu caracter personal în scopuri de marketing direct, inclusiv creării de profiluri legate de acesta. Dacă vă opuneți, nu vă mai prelucrăm datele în acest scop.
# Urmat de o listă a scopurilor în cauză.
object-purposes = Acest drept privește următoarele scopuri:
label-object-how = Cum vă puteți opune
withdraw-heading = Retragerea consimțământului
withdraw-text = Atunci când ne bazăm pe consimțământul dumneavoastră, îl puteți retrage în orice moment, la fel de ușor cum l-ați acordat. Retragerea consimțământului nu afectează legalitatea prelucrării efectuate pe baza consimțământului înainte de retragerea acestuia.
complaint-heading = Dreptul dumneavoastră de a depune o plângere
complaint-text = Aveți dreptul de a depune o plângere în fața unei autorități de supraveghere, în special în statul membru al UE/SEE în care aveți reședința obișnuită, în care se află locul dumneavoastră de muncă sau în care a avut loc presupusa încălcare.
complaint-authority = Autoritatea de supraveghere competentă în ceea ce ne privește este:
court-text = Aveți, de asemenea, dreptul la o cale de atac judiciară eficientă: ne puteți acționa în justiție în fața instanțelor din statul membru al UE/SEE în care avem un sediu sau în care aveți reședința obișnuită.

## Procesul decizional automatizat și crearea de profiluri (art. 13 alin. (2) lit. (f), art. 22)

section-automated = Procesul decizional automatizat și crearea de profiluri
automated-profiling = Această prelucrare implică crearea de profiluri.
automated-solely-yes = Decizia se bazează exclusiv pe prelucrarea automată.
automated-solely-no = La luarea deciziei participă o persoană; decizia nu se bazează exclusiv pe prelucrarea automată.
automated-effects-yes = Poate produce efecte juridice care vă privesc sau vă poate afecta în mod similar într-o măsură semnificativă.
automated-effects-no = Nu produce efecte juridice care vă privesc și nu vă afectează în mod similar într-o măsură semnificativă.
label-logic = Logica utilizată
label-significance = Importanța pentru dumneavoastră
label-consequences = Consecințele preconizate
label-safeguards = Garanții
label-purposes = Scopuri
# Art. 22 alin. (3): decizii bazate exclusiv pe prelucrarea automată, cu efecte semnificative.
automated-rights = Aveți dreptul de a obține intervenție umană, de a vă exprima punctul de vedere și de a contesta decizia.

## Cookie-uri și tehnologii similare

section-cookies = Cookie-uri și tehnologii similare
cookies-intro = Următoarele cookie-uri și tehnologii similare stochează informații pe dispozitivul dumneavoastră sau citesc informații de pe acesta.
cookies-caption = Cookie-uri și tehnologii similare
col-name = Nume
col-provider = Furnizor
col-category = Categorie
col-party = Plasat de
col-technology = Tehnologie
col-lifetime = Durată
col-consent = Necesită consimțământ
col-description = Ce face
party-first = Noi (prima parte)
party-third = O parte terță
lifetime-session = Până la închiderea browserului
cookies-banner = Înainte de plasarea oricărui instrument de urmărire care nu este strict necesar, un banner vă solicită consimțământul.
cookies-reject = Refuzul este la fel de simplu ca acceptarea.
cookies-not-pre-ticked = Nicio căsuță nu este bifată în prealabil: instrumentele de urmărire care nu sunt strict necesare sunt plasate numai dacă le alegeți.
cookies-pre-ticked = În bannerul de consimțământ, căsuțele pentru instrumentele de urmărire care nu sunt strict necesare sunt bifate în prealabil.
cookies-no-wall = Puteți utiliza site-ul fără să acceptați instrumente de urmărire care nu sunt strict necesare.
# Fidel politicii: accesul depinde de acceptarea instrumentelor de urmărire neesențiale.
cookies-wall = Accesul la site necesită acceptarea unor instrumente de urmărire care nu sunt strict necesare.
# Fidel politicii: continuarea navigării este considerată consimțământ.
cookies-implied = Considerăm continuarea navigării drept consimțământ pentru instrumentele de urmărire.
cookies-browser-only = Puteți controla cookie-urile din setările browserului dumneavoastră.
cookies-manage-link = Modificați setările privind cookie-urile

## Securitate (art. 32)

section-security = Cum vă protejăm datele
security-measures = Măsurile noastre includ:

## Alte declarații

section-statements = Informații suplimentare
statement-no-sale = Nu vindem datele dumneavoastră cu caracter personal.
statement-no-automated-decisions = Nu luăm cu privire la dumneavoastră decizii bazate exclusiv pe prelucrarea automată care produc efecte juridice care vă privesc sau care vă afectează în mod similar într-o măsură semnificativă.
statement-no-special-categories = Nu prelucrăm categorii speciale de date cu caracter personal, cum ar fi date privind sănătatea, religia sau opiniile dumneavoastră politice.

## Modificări și istoricul versiunilor

section-changes = Modificări ale acestei note de informare
# $duration este deja formatată („30 de zile”).
changes-notice = Vă informăm despre modificări cu cel puțin { $duration } înainte ca acestea să intre în vigoare.
changes-active = Vă informăm direct despre modificări, de exemplu prin e-mail, nu doar pe această pagină.
changes-passive = Anunțăm modificările pe această pagină.
# Fidel politicii: utilizarea în continuare a serviciului este considerată acceptare a modificărilor.
changes-continued-use = Nota de informare consideră că utilizarea în continuare a serviciului după o modificare reprezintă acceptarea modificării respective.
history-heading = Istoricul versiunilor
history-caption = Versiunile acestei note de informare
col-version = Versiune
col-date = Data
col-changes = Ce s-a modificat
