## Denumirile termenilor din vocabularul integrat (data/vocab/*.toml), câte un mesaj pentru fiecare
## identificator. Identificatorii de după prefix sunt ficși; se traduce doar textul. Denumirile sunt
## etichete scurte (titluri, celule, liste): fără punct final.
## Atributele `.article` sunt citări juridice: „art. 6 alin. (1) lit. (a) din RGPD”.
## `.description` și `.explanation` sunt propoziții complete adresate cititorului.

## Cui i se adresează o notă de informare („Cui se adresează această notă de informare”).

vocab-audience-consumers = Consumatori
vocab-audience-businesses = Parteneri de afaceri
vocab-audience-employees = Angajați
vocab-audience-job_applicants = Candidați la angajare
vocab-audience-children = Copii
vocab-audience-patients = Pacienți
vocab-audience-students = Elevi și studenți
vocab-audience-visitors = Vizitatori ai site-ului

## Tipuri de date cu caracter personal (lângă fiecare categorie de date și în rezumat).

vocab-data-identity = Date de identificare
vocab-data-contact = Date de contact
vocab-data-account = Datele contului
vocab-data-credentials = Date de autentificare
vocab-data-identifiers = Numere de identificare
vocab-data-online_identifiers = Identificatori online
vocab-data-device = Date despre dispozitiv
vocab-data-usage = Date de utilizare
vocab-data-location = Date de localizare
vocab-data-payment = Date de plată
vocab-data-financial = Date financiare și privind tranzacțiile
vocab-data-communications = Comunicări
vocab-data-recordings = Înregistrări
vocab-data-user_content = Conținut furnizat de dumneavoastră
vocab-data-professional = Date profesionale
vocab-data-preferences = Preferințe
vocab-data-demographics = Date demografice
vocab-data-marketing = Date de marketing
vocab-data-images = Fotografii și imagini
vocab-data-household = Date despre gospodărie
vocab-data-education = Educație și formare
vocab-data-racial_ethnic_origin = Originea rasială sau etnică
vocab-data-political_opinions = Opiniile politice
vocab-data-religious_beliefs = Confesiunea religioasă sau convingerile filozofice
vocab-data-trade_union_membership = Apartenența la sindicate
vocab-data-genetic = Date genetice
vocab-data-biometric = Date biometrice
vocab-data-health = Date privind sănătatea
vocab-data-sex_life = Viața sexuală sau orientarea sexuală
vocab-data-criminal = Condamnări penale și infracțiuni
vocab-data-unspecified = Neprecizat

## Tipuri de scopuri (tipul fiecărui scop și rezumatul).

vocab-purpose-service_provision = Furnizarea serviciului
vocab-purpose-account_management = Gestionarea contului dumneavoastră
vocab-purpose-customer_support = Asistență pentru clienți
vocab-purpose-billing = Facturare și plăți
vocab-purpose-order_fulfilment = Procesarea comenzilor
vocab-purpose-communications = Mesaje legate de serviciu
vocab-purpose-security = Securitate informatică
vocab-purpose-premises_security = Securitatea spațiilor și a persoanelor
vocab-purpose-fraud_prevention = Prevenirea fraudelor
vocab-purpose-legal_compliance = Îndeplinirea obligațiilor legale
vocab-purpose-legal_claims = Apărarea drepturilor în instanță
vocab-purpose-marketing = Marketing direct
vocab-purpose-advertising = Publicitate direcționată
vocab-purpose-personalisation = Personalizare
vocab-purpose-analytics = Statistici de utilizare
vocab-purpose-service_improvement = Îmbunătățirea serviciului
vocab-purpose-research_development = Cercetare și dezvoltare
vocab-purpose-recruitment = Recrutare
vocab-purpose-business_transfer = Reorganizări și transferuri de afaceri
vocab-purpose-record_keeping = Păstrarea evidențelor
vocab-purpose-quality_assurance = Asigurarea calității
vocab-purpose-feedback = Feedback și sondaje
vocab-purpose-product_updates = Noutăți despre produse
vocab-purpose-identity_verification = Verificarea identității
vocab-purpose-debt_collection = Recuperarea creanțelor
vocab-purpose-unspecified = Neprecizat

## Temeiurile juridice de la art. 6 alin. (1) din RGPD. Valoarea este eticheta scurtă; `.explanation`
## spune în cuvinte simple ce înseamnă temeiul pentru cititor, urmând textul art. 6 alin. (1).

vocab-basis-consent = Consimțământ
    .explanation = V-ați dat consimțământul pentru prelucrarea datelor dumneavoastră cu caracter personal în acest scop specific.
    .article = art. 6 alin. (1) lit. (a) din RGPD
vocab-basis-contract = Executarea unui contract
    .explanation = Prelucrarea este necesară pentru executarea unui contract la care sunteți parte sau pentru a face demersuri la cererea dumneavoastră înainte de încheierea unui contract.
    .article = art. 6 alin. (1) lit. (b) din RGPD
vocab-basis-legal_obligation = Obligație legală
    .explanation = Prelucrarea este necesară pentru îndeplinirea unei obligații legale care ne revine.
    .article = art. 6 alin. (1) lit. (c) din RGPD
vocab-basis-vital_interests = Interese vitale
    .explanation = Prelucrarea este necesară pentru a proteja interesele dumneavoastră vitale sau pe cele ale altei persoane.
    .article = art. 6 alin. (1) lit. (d) din RGPD
vocab-basis-public_task = Interes public sau autoritate publică
    .explanation = Prelucrarea este necesară pentru îndeplinirea unei sarcini care servește unui interes public sau care rezultă din exercitarea autorității publice cu care suntem învestiți.
    .article = art. 6 alin. (1) lit. (e) din RGPD
vocab-basis-legitimate_interests = Interese legitime
    .explanation = Prelucrarea este necesară în scopul intereselor legitime urmărite de noi sau de o parte terță, iar interesele, drepturile și libertățile dumneavoastră nu prevalează asupra acestora.
    .article = art. 6 alin. (1) lit. (f) din RGPD

## Condițiile de la art. 9 alin. (2) din RGPD pentru categoriile speciale de date cu caracter personal.

vocab-condition-explicit_consent = Consimțământ explicit
    .article = art. 9 alin. (2) lit. (a) din RGPD
vocab-condition-employment_social_security = Ocuparea forței de muncă și securitatea socială
    .article = art. 9 alin. (2) lit. (b) din RGPD
vocab-condition-vital_interests = Interese vitale
    .article = art. 9 alin. (2) lit. (c) din RGPD
vocab-condition-non_profit_body = Organism fără scop lucrativ
    .article = art. 9 alin. (2) lit. (d) din RGPD
vocab-condition-made_public = Date făcute publice de persoana vizată
    .article = art. 9 alin. (2) lit. (e) din RGPD
vocab-condition-legal_claims = Apărarea drepturilor în instanță
    .article = art. 9 alin. (2) lit. (f) din RGPD
vocab-condition-substantial_public_interest = Interes public major
    .article = art. 9 alin. (2) lit. (g) din RGPD
vocab-condition-health_care = Asistență medicală și socială
    .article = art. 9 alin. (2) lit. (h) din RGPD
vocab-condition-public_health = Sănătate publică
    .article = art. 9 alin. (2) lit. (i) din RGPD
vocab-condition-archiving_research = Arhivare, cercetare și statistică
    .article = art. 9 alin. (2) lit. (j) din RGPD

## Rolurile destinatarilor (o coloană de tabel). Termenii RGPD: operator (controller), persoană
## împuternicită de operator (processor), operatori asociați (joint controllers).

vocab-role-processor = Persoană împuternicită de operator
vocab-role-sub_processor = Subîmputernicit
vocab-role-controller = Operator (independent)
vocab-role-joint_controller = Operator asociat
vocab-role-public_authority = Autoritate publică
vocab-role-affiliate = Societate din grup
vocab-role-other = Altă parte terță

## Dacă persoana trebuie să furnizeze datele (art. 13 alin. (2) lit. (e)); răspunde la întrebarea
## „Furnizarea lor este obligatorie?”.

vocab-requirement-statutory = Obligație legală
vocab-requirement-contractual = Obligație contractuală
vocab-requirement-contract_prerequisite = Necesară pentru încheierea unui contract
vocab-requirement-voluntary = Voluntară

## De unde provin datele cu caracter personal (art. 14 alin. (2) lit. (f)).

vocab-source-data_subject = De la dumneavoastră
vocab-source-observed = Din utilizarea serviciului de către dumneavoastră
vocab-source-third_party = De la părți terțe
vocab-source-publicly_available = Din surse disponibile public
vocab-source-customer = De la angajatorul sau organizația dumneavoastră
vocab-source-generated = Generate de noi

## Drepturile persoanei vizate. Valoarea este titlul dreptului din RGPD; `.description` spune ce îi
## permite dreptul cititorului.

vocab-right-access = Dreptul de acces
    .description = Puteți afla dacă vă prelucrăm datele cu caracter personal și, în caz afirmativ, puteți obține o copie a acestora, împreună cu informații despre prelucrare.
    .article = art. 15 din RGPD
vocab-right-rectification = Dreptul la rectificare
    .description = Puteți obține rectificarea datelor cu caracter personal inexacte și completarea celor incomplete.
    .article = art. 16 din RGPD
vocab-right-erasure = Dreptul la ștergerea datelor („dreptul de a fi uitat”)
    .description = Puteți obține ștergerea datelor dumneavoastră cu caracter personal, de exemplu atunci când nu mai avem nevoie de ele sau când vă retrageți consimțământul pe care se bazează prelucrarea.
    .article = art. 17 din RGPD
vocab-right-restriction = Dreptul la restricționarea prelucrării
    .description = Puteți obține restricționarea prelucrării datelor dumneavoastră, de exemplu cât timp verificăm dacă datele sunt exacte.
    .article = art. 18 din RGPD
vocab-right-portability = Dreptul la portabilitatea datelor
    .description = Puteți primi datele pe care ni le-ați furnizat, atunci când le prelucrăm pe baza consimțământului dumneavoastră sau a unui contract, într-un format structurat, utilizat în mod curent și care poate fi citit automat, și puteți cere ca acestea să fie transmise unui alt operator.
    .article = art. 20 din RGPD
vocab-right-objection = Dreptul la opoziție
    .description = Vă puteți opune prelucrării bazate pe interese legitime sau pe o sarcină de interes public și, în orice moment, prelucrării în scopuri de marketing direct.
    .article = art. 21 din RGPD
vocab-right-automated_decisions = Drepturi privind procesul decizional automatizat
    .description = Aveți dreptul de a nu face obiectul unei decizii bazate exclusiv pe prelucrarea automată, inclusiv crearea de profiluri, care produce efecte juridice care vă privesc sau vă afectează în mod similar într-o măsură semnificativă.
    .article = art. 22 din RGPD
vocab-right-withdraw_consent = Dreptul de a retrage consimțământul
    .description = Vă puteți retrage consimțământul în orice moment, la fel de ușor cum l-ați acordat, fără a afecta legalitatea prelucrării efectuate înainte de retragere.
    .article = art. 7 alin. (3) din RGPD
vocab-right-complaint = Dreptul de a depune o plângere în fața unei autorități de supraveghere
    .description = Puteți depune o plângere în fața unei autorități de supraveghere, în special în statul membru în care locuiți, în care lucrați sau în care a avut loc presupusa încălcare.
    .article = art. 77 din RGPD

## Garanții pentru transferurile în afara UE/SEE (art. 45–49 din RGPD).

vocab-mechanism-adequacy = Decizie privind caracterul adecvat al nivelului de protecție
    .description = Comisia Europeană a decis că țara de destinație asigură un nivel adecvat de protecție a datelor cu caracter personal.
    .article = art. 45 alin. (3) din RGPD
vocab-mechanism-data_privacy_framework = Cadrul UE-SUA privind confidențialitatea datelor
    .description = Destinatarul din Statele Unite este certificat conform Cadrului UE-SUA privind confidențialitatea datelor (EU-US Data Privacy Framework), despre care Comisia Europeană a constatat că asigură un nivel adecvat de protecție.
    .article = art. 45 alin. (3) din RGPD
vocab-mechanism-legally_binding_instrument = Instrument obligatoriu între autorități publice
    .description = Datele sunt protejate printr-un instrument obligatoriu din punct de vedere juridic și executoriu între autorități sau organisme publice.
    .article = art. 46 alin. (2) lit. (a) din RGPD
vocab-mechanism-binding_corporate_rules = Reguli corporatiste obligatorii
    .description = Reguli privind protecția datelor, aprobate de o autoritate de supraveghere, sunt obligatorii pentru toate societățile din grupul destinatarului.
    .article = art. 46 alin. (2) lit. (b) din RGPD
vocab-mechanism-standard_contractual_clauses = Clauze standard de protecție a datelor
    .description = Contractul nostru cu destinatarul conține clauzele standard de protecție a datelor adoptate de Comisia Europeană.
    .article = art. 46 alin. (2) lit. (c) din RGPD
vocab-mechanism-supervisory_authority_clauses = Clauze standard de protecție a datelor adoptate de o autoritate de supraveghere
    .description = Contractul nostru cu destinatarul conține clauze standard de protecție a datelor adoptate de o autoritate de supraveghere și aprobate de Comisia Europeană.
    .article = art. 46 alin. (2) lit. (d) din RGPD
vocab-mechanism-code_of_conduct = Cod de conduită aprobat
    .description = Destinatarul respectă un cod de conduită aprobat și și-a asumat angajamente obligatorii și executorii de a aplica garanțiile prevăzute de acesta.
    .article = art. 46 alin. (2) lit. (e) din RGPD
vocab-mechanism-certification = Mecanism de certificare aprobat
    .description = Destinatarul deține o certificare aprobată și și-a asumat angajamente obligatorii și executorii de a aplica garanțiile prevăzute de aceasta.
    .article = art. 46 alin. (2) lit. (f) din RGPD
vocab-mechanism-ad_hoc_clauses = Clauze contractuale autorizate individual
    .description = Datele sunt protejate prin clauze contractuale redactate pentru acest transfer și autorizate de autoritatea de supraveghere competentă.
    .article = art. 46 alin. (3) lit. (a) din RGPD
vocab-mechanism-administrative_arrangement = Acord administrativ
    .description = Datele sunt protejate prin dispoziții incluse într-un acord administrativ între autorități sau organisme publice, autorizate de autoritatea de supraveghere competentă.
    .article = art. 46 alin. (3) lit. (b) din RGPD
vocab-mechanism-explicit_consent_derogation = Consimțământ explicit pentru transfer
    .description = V-ați exprimat în mod explicit consimțământul pentru transfer, după ce v-am informat cu privire la posibilele riscuri ale acestuia.
    .article = art. 49 alin. (1) lit. (a) din RGPD
vocab-mechanism-contract_derogation = Necesar pentru un contract cu dumneavoastră
    .description = Transferul este necesar pentru executarea unui contract încheiat cu dumneavoastră sau pentru aplicarea unor măsuri precontractuale luate la cererea dumneavoastră.
    .article = art. 49 alin. (1) lit. (b) din RGPD
vocab-mechanism-third_party_contract_derogation = Necesar pentru un contract în interesul dumneavoastră
    .description = Transferul este necesar pentru un contract încheiat în interesul dumneavoastră între noi și o altă persoană.
    .article = art. 49 alin. (1) lit. (c) din RGPD
vocab-mechanism-public_interest_derogation = Motive importante de interes public
    .description = Transferul este necesar din motive importante de interes public recunoscute prin lege.
    .article = art. 49 alin. (1) lit. (d) din RGPD
vocab-mechanism-legal_claims_derogation = Apărarea drepturilor în instanță
    .description = Transferul este necesar pentru constatarea, exercitarea sau apărarea unui drept în instanță.
    .article = art. 49 alin. (1) lit. (e) din RGPD
vocab-mechanism-vital_interests_derogation = Interese vitale
    .description = Transferul este necesar pentru protejarea intereselor vitale ale dumneavoastră sau ale altei persoane, atunci când nu vă puteți da consimțământul.
    .article = art. 49 alin. (1) lit. (f) din RGPD
vocab-mechanism-public_register_derogation = Registru public
    .description = Datele provin dintr-un registru deschis publicului în temeiul dreptului Uniunii sau al dreptului intern al unui stat membru.
    .article = art. 49 alin. (1) lit. (g) din RGPD
vocab-mechanism-compelling_interests_derogation = Interese legitime imperioase
    .description = Un transfer care nu este repetitiv, privește doar un număr limitat de persoane și este necesar în scopul unor interese legitime imperioase, cu garanții adecvate; autoritatea de supraveghere este informată.
    .article = art. 49 alin. (1) al doilea paragraf din RGPD

## Categorii de cookie-uri și de instrumente de urmărire similare.

vocab-cookie-strictly_necessary = Strict necesare
vocab-cookie-preferences = Preferințe
vocab-cookie-statistics = Statistici
vocab-cookie-marketing = Marketing
vocab-cookie-unspecified = Neprecizat

## Tehnologii de urmărire.

vocab-technology-cookie = Cookie
vocab-technology-local_storage = Stocare locală
vocab-technology-pixel = Pixel de urmărire
vocab-technology-sdk = Kit de dezvoltare software (SDK)
vocab-technology-fingerprinting = Amprentarea dispozitivului (fingerprinting)

## Cum se acordă sau se retrage consimțământul.

vocab-consent_channel-online = Pe site-ul sau în aplicația noastră
vocab-consent_channel-terms = Prin acceptarea condițiilor noastre
vocab-consent_channel-email = Prin e-mail
vocab-consent_channel-phone = Telefonic
vocab-consent_channel-post = Prin poștă
vocab-consent_channel-in_person = În persoană

## Canalele mesajelor de marketing.

vocab-channel-email = E-mail
vocab-channel-sms = Mesaje text (SMS)
vocab-channel-automated_call = Apeluri automate
vocab-channel-fax = Fax
vocab-channel-phone = Apeluri telefonice
vocab-channel-push = Notificări push
vocab-channel-post = Poștă

## De ce un operator din afara UE nu are un reprezentant în UE (art. 27 alin. (2) din RGPD).

vocab-exemption-occasional = Prelucrare ocazională
    .description = Prelucrarea noastră este ocazională, nu include prelucrarea pe scară largă a unor categorii speciale de date sau a datelor privind condamnările penale și infracțiunile și nu este susceptibilă să genereze un risc pentru drepturile și libertățile dumneavoastră.
    .article = art. 27 alin. (2) lit. (a) din RGPD
vocab-exemption-public_authority = Autoritate sau organism public
    .description = Suntem o autoritate sau un organism public.
    .article = art. 27 alin. (2) lit. (b) din RGPD
