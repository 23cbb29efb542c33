## Nomi dei termini del vocabolario integrato (data/vocab/*.toml), un messaggio per identificativo.
## Gli identificativi dopo il prefisso sono fissi; si traduce solo il testo. I nomi sono etichette
## brevi (titoli, celle, elenchi): senza punto finale.
## Gli attributi `.article` sono citazioni normative nella forma «art. 6, par. 1, lett. a), GDPR».
## `.description` e `.explanation` sono frasi complete rivolte al lettore.

## A chi si rivolge un'informativa («A chi è rivolta questa informativa»).

vocab-audience-consumers = Consumatori
vocab-audience-businesses = Contatti commerciali
vocab-audience-employees = Dipendenti
vocab-audience-job_applicants = Candidati a un impiego
vocab-audience-children = Minori
vocab-audience-patients = Pazienti
vocab-audience-students = Studenti
vocab-audience-visitors = Visitatori del sito web

## Tipi di dati personali (accanto a ogni categoria di dati e nella sintesi).

vocab-data-identity = Dati identificativi
vocab-data-contact = Dati di contatto
vocab-data-account = Dati dell'account
vocab-data-credentials = Credenziali di accesso
vocab-data-identifiers = Numeri di identificazione
vocab-data-online_identifiers = Identificativi online
vocab-data-device = Dati del dispositivo
vocab-data-usage = Dati di utilizzo
vocab-data-location = Dati relativi all'ubicazione
vocab-data-payment = Dati di pagamento
vocab-data-financial = Dati finanziari e sulle transazioni
vocab-data-communications = Comunicazioni
vocab-data-recordings = Registrazioni
vocab-data-user_content = Contenuti che fornisci
vocab-data-professional = Dati professionali
vocab-data-preferences = Preferenze
vocab-data-demographics = Dati demografici
vocab-data-marketing = Dati di marketing
vocab-data-images = Foto e immagini
vocab-data-household = Dati sul nucleo familiare
vocab-data-education = Istruzione e formazione
vocab-data-racial_ethnic_origin = Origine razziale o etnica
vocab-data-political_opinions = Opinioni politiche
vocab-data-religious_beliefs = Convinzioni religiose o filosofiche
vocab-data-trade_union_membership = Appartenenza sindacale
vocab-data-genetic = Dati genetici
vocab-data-biometric = Dati biometrici
vocab-data-health = Dati relativi alla salute
vocab-data-sex_life = Vita sessuale o orientamento sessuale
vocab-data-criminal = Condanne penali e reati
vocab-data-unspecified = Non specificato

## Tipi di finalità (tipo di ciascuna finalità e sintesi).

vocab-purpose-service_provision = Fornitura del servizio
vocab-purpose-account_management = Gestione del tuo account
vocab-purpose-customer_support = Assistenza clienti
vocab-purpose-billing = Fatturazione e pagamenti
vocab-purpose-order_fulfilment = Gestione degli ordini
vocab-purpose-communications = Comunicazioni di servizio
vocab-purpose-security = Sicurezza informatica
vocab-purpose-premises_security = Sicurezza dei locali e delle persone
vocab-purpose-fraud_prevention = Prevenzione delle frodi
vocab-purpose-legal_compliance = Adempimento di obblighi di legge
vocab-purpose-legal_claims = Tutela dei diritti in sede giudiziaria
vocab-purpose-marketing = Marketing diretto
vocab-purpose-advertising = Pubblicità mirata
vocab-purpose-personalisation = Personalizzazione
vocab-purpose-analytics = Statistiche di utilizzo
vocab-purpose-service_improvement = Miglioramento del servizio
vocab-purpose-research_development = Ricerca e sviluppo
vocab-purpose-recruitment = Selezione del personale
vocab-purpose-business_transfer = Operazioni societarie
vocab-purpose-record_keeping = Tenuta della documentazione
vocab-purpose-quality_assurance = Controllo della qualità
vocab-purpose-feedback = Feedback e sondaggi
vocab-purpose-product_updates = Aggiornamenti sui prodotti
vocab-purpose-identity_verification = Verifica dell'identità
vocab-purpose-debt_collection = Recupero crediti
vocab-purpose-unspecified = Non specificata

## Basi giuridiche dell'art. 6, par. 1, GDPR. Il valore è l'etichetta breve; `.explanation` spiega
## con parole semplici che cosa significa la base per il lettore, seguendo il testo dell'art. 6.

vocab-basis-consent = Consenso
    .explanation = Hai espresso il consenso al trattamento dei tuoi dati personali per questa specifica finalità.
    .article = art. 6, par. 1, lett. a), GDPR
vocab-basis-contract = Esecuzione di un contratto
    .explanation = Il trattamento è necessario all'esecuzione di un contratto di cui sei parte o all'esecuzione di misure precontrattuali adottate su tua richiesta.
    .article = art. 6, par. 1, lett. b), GDPR
vocab-basis-legal_obligation = Obbligo legale
    .explanation = Il trattamento è necessario per adempiere un obbligo legale al quale siamo soggetti.
    .article = art. 6, par. 1, lett. c), GDPR
vocab-basis-vital_interests = Interessi vitali
    .explanation = Il trattamento è necessario per la salvaguardia dei tuoi interessi vitali o di quelli di un'altra persona.
    .article = art. 6, par. 1, lett. d), GDPR
vocab-basis-public_task = Interesse pubblico o esercizio di pubblici poteri
    .explanation = Il trattamento è necessario per l'esecuzione di un compito di interesse pubblico o connesso all'esercizio di pubblici poteri di cui siamo investiti.
    .article = art. 6, par. 1, lett. e), GDPR
vocab-basis-legitimate_interests = Legittimo interesse
    .explanation = Il trattamento è necessario per il perseguimento del legittimo interesse nostro o di terzi, e i tuoi interessi, diritti e libertà non prevalgono su di esso.
    .article = art. 6, par. 1, lett. f), GDPR

## Condizioni dell'art. 9, par. 2, GDPR per le categorie particolari di dati personali.

vocab-condition-explicit_consent = Consenso esplicito
    .article = art. 9, par. 2, lett. a), GDPR
vocab-condition-employment_social_security = Diritto del lavoro e della sicurezza sociale
    .article = art. 9, par. 2, lett. b), GDPR
vocab-condition-vital_interests = Interessi vitali
    .article = art. 9, par. 2, lett. c), GDPR
vocab-condition-non_profit_body = Organismo senza scopo di lucro
    .article = art. 9, par. 2, lett. d), GDPR
vocab-condition-made_public = Dati resi pubblici dall'interessato
    .article = art. 9, par. 2, lett. e), GDPR
vocab-condition-legal_claims = Tutela dei diritti in sede giudiziaria
    .article = art. 9, par. 2, lett. f), GDPR
vocab-condition-substantial_public_interest = Interesse pubblico rilevante
    .article = art. 9, par. 2, lett. g), GDPR
vocab-condition-health_care = Assistenza sanitaria e sociale
    .article = art. 9, par. 2, lett. h), GDPR
vocab-condition-public_health = Sanità pubblica
    .article = art. 9, par. 2, lett. i), GDPR
vocab-condition-archiving_research = Archiviazione, ricerca e statistica
    .article = art. 9, par. 2, lett. j), GDPR

## Ruoli dei destinatari (colonna di tabella). Attenzione: «responsabile del trattamento» è il
## processor; il controller è il «titolare del trattamento».

vocab-role-processor = Responsabile del trattamento
vocab-role-sub_processor = Sub-responsabile del trattamento
vocab-role-controller = Titolare autonomo del trattamento
vocab-role-joint_controller = Contitolare del trattamento
vocab-role-public_authority = Autorità pubblica
vocab-role-affiliate = Società del gruppo
vocab-role-other = Altro soggetto terzo

## Se una persona è tenuta a fornire i dati (art. 13, par. 2, lett. e)); risponde alla domanda
## «È obbligatorio fornirli?».

vocab-requirement-statutory = Obbligatorio per legge
vocab-requirement-contractual = Obbligatorio per contratto
vocab-requirement-contract_prerequisite = Necessario per concludere un contratto
vocab-requirement-voluntary = Facoltativo

## Da dove provengono i dati personali (art. 14, par. 2, lett. f)).

vocab-source-data_subject = Da te
vocab-source-observed = Dal tuo utilizzo del servizio
vocab-source-third_party = Da terzi
vocab-source-publicly_available = Da fonti accessibili al pubblico
vocab-source-customer = Dal tuo datore di lavoro o dalla tua organizzazione
vocab-source-generated = Generati da noi

## Diritti dell'interessato. Il valore è il titolo del diritto nel GDPR; `.description` dice che
## cosa il diritto consente di fare al lettore.

vocab-right-access = Diritto di accesso
    .description = Puoi sapere se trattiamo dati personali che ti riguardano e, in tal caso, ottenerne una copia insieme alle informazioni sul trattamento.
    .article = art. 15 GDPR
vocab-right-rectification = Diritto di rettifica
    .description = Puoi ottenere la rettifica dei dati personali inesatti e l'integrazione di quelli incompleti.
    .article = art. 16 GDPR
vocab-right-erasure = Diritto alla cancellazione («diritto all'oblio»)
    .description = Puoi ottenere la cancellazione dei tuoi dati personali, ad esempio quando non ci sono più necessari o quando revochi il consenso su cui si basa il trattamento.
    .article = art. 17 GDPR
vocab-right-restriction = Diritto di limitazione di trattamento
    .description = Puoi ottenere la limitazione del trattamento dei tuoi dati, ad esempio mentre verifichiamo se sono esatti.
    .article = art. 18 GDPR
vocab-right-portability = Diritto alla portabilità dei dati
    .description = Puoi ricevere i dati che ci hai fornito, quando li trattiamo sulla base del tuo consenso o di un contratto, in un formato strutturato, di uso comune e leggibile da dispositivo automatico, e ottenerne la trasmissione a un altro titolare del trattamento.
    .article = art. 20 GDPR
vocab-right-objection = Diritto di opposizione
    .description = Puoi opporti al trattamento basato sul legittimo interesse o su un compito di interesse pubblico e, in qualsiasi momento, al trattamento per finalità di marketing diretto.
    .article = art. 21 GDPR
vocab-right-automated_decisions = Diritti relativi al processo decisionale automatizzato
    .description = Hai il diritto di non essere oggetto di una decisione basata unicamente sul trattamento automatizzato, compresa la profilazione, che produca effetti giuridici che ti riguardano o incida in modo analogo significativamente sulla tua persona.
    .article = art. 22 GDPR
vocab-right-withdraw_consent = Diritto di revocare il consenso
    .description = Puoi revocare il consenso in qualsiasi momento, con la stessa facilità con cui lo hai prestato, senza pregiudicare la liceità del trattamento effettuato prima della revoca.
    .article = art. 7, par. 3, GDPR
vocab-right-complaint = Diritto di proporre reclamo a un'autorità di controllo
    .description = Puoi proporre reclamo a un'autorità di controllo, in particolare nello Stato membro in cui vivi, in cui lavori o in cui si è verificata la presunta violazione.
    .article = art. 77 GDPR

## Garanzie per i trasferimenti al di fuori dell'UE/SEE (artt. 45-49 GDPR).

vocab-mechanism-adequacy = Decisione di adeguatezza
    .description = La Commissione europea ha stabilito che il paese di destinazione garantisce un livello di protezione adeguato dei dati personali.
    .article = art. 45, par. 3, GDPR
vocab-mechanism-data_privacy_framework = Quadro UE-USA per la protezione dei dati personali
    .description = Il destinatario negli Stati Uniti è certificato nell'ambito del quadro UE-USA per la protezione dei dati personali (EU-US Data Privacy Framework), che secondo la Commissione europea garantisce un livello di protezione adeguato.
    .article = art. 45, par. 3, GDPR
vocab-mechanism-legally_binding_instrument = Strumento vincolante tra autorità pubbliche
    .description = I dati sono tutelati da uno strumento giuridicamente vincolante e avente efficacia esecutiva tra autorità pubbliche o organismi pubblici.
    .article = art. 46, par. 2, lett. a), GDPR
vocab-mechanism-binding_corporate_rules = Norme vincolanti d'impresa
    .description = Norme sulla protezione dei dati approvate da un'autorità di controllo vincolano tutte le società del gruppo del destinatario.
    .article = art. 46, par. 2, lett. b), GDPR
vocab-mechanism-standard_contractual_clauses = Clausole tipo di protezione dei dati
    .description = Il nostro contratto con il destinatario contiene le clausole tipo di protezione dei dati adottate dalla Commissione europea.
    .article = art. 46, par. 2, lett. c), GDPR
vocab-mechanism-supervisory_authority_clauses = Clausole tipo di protezione dei dati adottate da un'autorità di controllo
    .description = Il nostro contratto con il destinatario contiene clausole tipo di protezione dei dati adottate da un'autorità di controllo e approvate dalla Commissione europea.
    .article = art. 46, par. 2, lett. d), GDPR
vocab-mechanism-code_of_conduct = Codice di condotta approvato
    .description = Il destinatario aderisce a un codice di condotta approvato e si è impegnato in modo vincolante ed esecutivo ad applicarne le garanzie.
    .article = art. 46, par. 2, lett. e), GDPR
vocab-mechanism-certification = Meccanismo di certificazione approvato
    .description = Il destinatario dispone di una certificazione approvata e si è impegnato in modo vincolante ed esecutivo ad applicarne le garanzie.
    .article = art. 46, par. 2, lett. f), GDPR
vocab-mechanism-ad_hoc_clauses = Clausole contrattuali autorizzate caso per caso
    .description = I dati sono tutelati da clausole contrattuali redatte per questo trasferimento e autorizzate dall'autorità di controllo competente.
    .article = art. 46, par. 3, lett. a), GDPR
vocab-mechanism-administrative_arrangement = Accordo amministrativo
    .description = I dati sono tutelati da disposizioni inserite in un accordo amministrativo tra autorità pubbliche o organismi pubblici, autorizzate dall'autorità di controllo competente.
    .article = art. 46, par. 3, lett. b), GDPR
vocab-mechanism-explicit_consent_derogation = Consenso esplicito al trasferimento
    .description = Hai acconsentito esplicitamente al trasferimento dopo che ti abbiamo informato dei possibili rischi.
    .article = art. 49, par. 1, lett. a), GDPR
vocab-mechanism-contract_derogation = Necessario per un contratto con te
    .description = Il trasferimento è necessario all'esecuzione di un contratto concluso con te o all'esecuzione di misure precontrattuali adottate su tua richiesta.
    .article = art. 49, par. 1, lett. b), GDPR
vocab-mechanism-third_party_contract_derogation = Necessario per un contratto nel tuo interesse
    .description = Il trasferimento è necessario per un contratto stipulato nel tuo interesse tra noi e un altro soggetto.
    .article = art. 49, par. 1, lett. c), GDPR
vocab-mechanism-public_interest_derogation = Importanti motivi di interesse pubblico
    .description = Il trasferimento è necessario per importanti motivi di interesse pubblico riconosciuti dalla legge.
    .article = art. 49, par. 1, lett. d), GDPR
vocab-mechanism-legal_claims_derogation = Tutela dei diritti in sede giudiziaria
    .description = Il trasferimento è necessario per accertare, esercitare o difendere un diritto in sede giudiziaria.
    .article = art. 49, par. 1, lett. e), GDPR
vocab-mechanism-vital_interests_derogation = Interessi vitali
    .description = Il trasferimento è necessario per tutelare i tuoi interessi vitali o quelli di un'altra persona, qualora tu non possa prestare il consenso.
    .article = art. 49, par. 1, lett. f), GDPR
vocab-mechanism-public_register_derogation = Registro pubblico
    .description = I dati provengono da un registro che, secondo il diritto dell'Unione o degli Stati membri, è accessibile al pubblico.
    .article = art. 49, par. 1, lett. g), GDPR
vocab-mechanism-compelling_interests_derogation = Interessi legittimi cogenti
    .description = Si tratta di un trasferimento non ripetitivo, che riguarda un numero limitato di persone ed è necessario per il perseguimento di interessi legittimi cogenti, con garanzie adeguate; l'autorità di controllo ne è informata.
    .article = art. 49, par. 1, secondo comma, GDPR

## Categorie di cookie e di strumenti di tracciamento simili.

vocab-cookie-strictly_necessary = Strettamente necessari
vocab-cookie-preferences = Preferenze
vocab-cookie-statistics = Statistiche
vocab-cookie-marketing = Marketing
vocab-cookie-unspecified = Non specificata

## Tecnologie di tracciamento.

vocab-technology-cookie = Cookie
vocab-technology-local_storage = Archiviazione locale
vocab-technology-pixel = Pixel di tracciamento
vocab-technology-sdk = Kit di sviluppo software (SDK)
vocab-technology-fingerprinting = Fingerprinting

## Come si presta o si revoca il consenso.

vocab-consent_channel-online = Sul nostro sito web o nella nostra app
vocab-consent_channel-terms = Accettando le nostre condizioni
vocab-consent_channel-email = Via e-mail
vocab-consent_channel-phone = Per telefono
vocab-consent_channel-post = Per posta
vocab-consent_channel-in_person = Di persona

## Canali dei messaggi di marketing.

vocab-channel-email = E-mail
vocab-channel-sms = SMS
vocab-channel-automated_call = Chiamate automatizzate
vocab-channel-fax = Fax
vocab-channel-phone = Telefonate
vocab-channel-push = Notifiche push
vocab-channel-post = Posta

## Perché un titolare del trattamento stabilito fuori dall'UE non vi ha un rappresentante (art. 27, par. 2, GDPR).

vocab-exemption-occasional = Trattamento occasionale
    .description = Il nostro trattamento è occasionale, non include il trattamento su larga scala di categorie particolari di dati o di dati relativi a condanne penali e reati ed è improbabile che presenti un rischio per i tuoi diritti e le tue libertà.
    .article = art. 27, par. 2, lett. a), GDPR
vocab-exemption-public_authority = Autorità pubblica o organismo pubblico
    .description = Siamo un'autorità pubblica o un organismo pubblico.
    .article = art. 27, par. 2, lett. b), GDPR
