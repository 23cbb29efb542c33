## L'informativa che le persone leggono (pagina HTML e Markdown).
##
## Convenzioni (vedi locales/README.md):
## - Ci si rivolge al lettore con il «tu» e il titolare del trattamento parla in prima persona
##   plurale («noi»), in linguaggio semplice.
## - Terminologia ufficiale della versione italiana del GDPR: titolare del trattamento
##   (controller), responsabile del trattamento (processor), interessato, destinatario, autorità di
##   controllo, base giuridica, responsabile della protezione dei dati.
## - Solo testo semplice: niente HTML né Markdown.
## - Le variabili contengono testo dell'autore (inserito così com'è) oppure valori già formattati
##   in italiano (`$date`, `$duration`).
## - Citazioni: «art. 6, par. 1, lett. a), GDPR».

## Cornice della pagina

language-name = Italiano
notice-title-default = Informativa sulla privacy
skip-link = Vai all'informativa
toc-heading = Indice
languages-nav-label = Questa informativa in altre lingue
# $version è l'etichetta di versione dell'autore, ad esempio «2026.2».
meta-version = Versione { $version }
# $date è una data estesa («1 marzo 2026»); la forma con i due punti evita «dal 8 marzo».
meta-effective = Data di entrata in vigore: { $date }
draft-banner-title = Bozza — non pubblicare
draft-banner-text = Questa informativa è stata generata da una policy che contiene ancora errori. È incompleta e non deve essere pubblicata così com'è.
footer-machine-readable = Versione di questa informativa leggibile da dispositivo automatico (JSON)
# $url è un indirizzo web.
footer-published-at = Pubblicata all'indirizzo { $url }

## Scelta della lingua (pagina iniziale del sito)

chooser-heading = Scegli la lingua
chooser-intro = Questa informativa sulla privacy è disponibile nelle seguenti lingue.

## Valori generici

value-yes = Sì
value-no = No
value-not-stated = Non indicato
# Un nome seguito dalla citazione normativa: «Consenso (art. 6, par. 1, lett. a), GDPR)».
term-with-article = { $name } ({ $article })

## Dati di contatto (etichette)

label-name = Nome
label-person-name = Nome e cognome
label-address = Indirizzo postale
label-email = E-mail
label-phone = Telefono
label-website = Sito web
label-contact-form = Modulo di contatto
label-registration = Numero di registrazione
label-country = Paese

## In sintesi (il primo livello, in cima alla pagina)

summary-heading = In sintesi
summary-intro = I punti essenziali di questa informativa. L'informativa completa, qui sotto, riporta tutti i dettagli.
summary-controller = Chi è il titolare del trattamento
summary-contact = Come contattarci
summary-dpo = Responsabile della protezione dei dati
summary-data = Quali dati trattiamo
# Anche didascalia della tabella riassuntiva di finalità, basi giuridiche e periodi di conservazione.
summary-purposes = Perché trattiamo i tuoi dati, su quale base giuridica e per quanto tempo
summary-recipients = Chi riceve i tuoi dati
summary-transfers = Trasferimenti al di fuori dell'UE/SEE
summary-rights = I tuoi diritti
summary-complaint = Reclami
summary-transfers-none = L'informativa non indica trasferimenti di dati personali al di fuori dell'UE/SEE.
summary-recipients-none = L'informativa non indica destinatari dei dati personali.
# $authority è il nome di un'autorità di controllo (senza articolo: da qui i due punti).
summary-complaint-authority = Puoi proporre reclamo a un'autorità di controllo, ad esempio: { $authority }.
summary-complaint-any = Puoi proporre reclamo a un'autorità di controllo, in particolare nel paese dell'UE/SEE in cui vivi o lavori.
children-heading = In breve, per bambini e ragazzi
# Rinvia alla sezione «Il tuo diritto di opposizione» (object-heading).
summary-object = Hai il diritto di opporti ad alcuni dei trattamenti descritti in questa informativa.
# Intestazioni di colonna.
col-purpose = Finalità
col-data = Dati personali
col-basis = Base giuridica
col-retention = Periodo di conservazione
col-recipient = Destinatario
col-role = Ruolo
col-location = Ubicazione
col-purposes = Finalità

## Informazioni sull'informativa

section-about = A proposito di questa informativa
label-scope = A che cosa si riferisce questa informativa
label-audience = A chi è rivolta questa informativa
label-countries = Dove è offerto il servizio
label-min-age = Età minima
# $age è un numero di anni.
min-age-text = { PLURAL($age) ->
    [one] Per usare il servizio devi avere almeno { $age } anno.
    [many] Per usare il servizio devi avere almeno { $age } di anni.
   *[other] Per usare il servizio devi avere almeno { $age } anni.
}
label-parental-consent = Minori e consenso dei genitori
parental-consent-until-age = { PLURAL($age) ->
    [one] Per i minori di { $age } anno, il consenso deve essere prestato o autorizzato dal titolare della responsabilità genitoriale.
    [many] Per i minori di { $age } anni, il consenso deve essere prestato o autorizzato dal titolare della responsabilità genitoriale.
   *[other] Per i minori di { $age } anni, il consenso deve essere prestato o autorizzato dal titolare della responsabilità genitoriale.
}
parental-consent-until-national = Per i minori che non hanno raggiunto l'età del consenso digitale fissata dal loro paese, il consenso deve essere prestato o autorizzato dal titolare della responsabilità genitoriale.
parental-consent-national-ages = Età del consenso digitale: { $ages }.
parental-consent-country-age = { $country } { $age }
# Art. 14, par. 3: quando informiamo sui dati non ottenuti presso l'interessato.
label-notice-timing = Quando ti informiamo sui dati che otteniamo da altri
# Art. 14, par. 5: perché non informiamo ciascuno individualmente.
label-art14-exemption = Perché non informiamo individualmente ogni interessato

## Titolare, contitolari, rappresentante (art. 13, par. 1, lett. a), 26, 27)

section-controller = Chi è il titolare del trattamento dei tuoi dati
controller-intro = Il titolare del trattamento dei tuoi dati personali è:
controller-none = L'informativa non indica il titolare del trattamento.
# $brand è il nome commerciale del titolare.
controller-brand = Nome commerciale: { $brand }
joint-heading = Contitolari del trattamento
joint-intro = Decidiamo insieme alle seguenti organizzazioni perché e come vengono trattati i tuoi dati personali: siamo contitolari del trattamento.
label-arrangement = Contenuto essenziale del nostro accordo
arrangement-link = Leggi l'accordo
label-joint-purposes = Trattamenti che effettuiamo congiuntamente
representative-heading = Il nostro rappresentante nell'UE
representative-intro = Poiché non siamo stabiliti nell'UE, abbiamo designato un rappresentante nell'UE, al quale puoi rivolgerti per qualsiasi domanda sul trattamento dei tuoi dati personali:
representative-exempt = Non siamo stabiliti nell'UE e non vi abbiamo designato un rappresentante. Nel nostro caso il GDPR non lo richiede, per il seguente motivo:

## Responsabile della protezione dei dati (art. 13, par. 1, lett. b))

section-dpo = Responsabile della protezione dei dati
dpo-intro = Puoi contattare il nostro responsabile della protezione dei dati per qualsiasi domanda sul trattamento dei tuoi dati personali e sull'esercizio dei tuoi diritti:

## Categorie di dati personali, fonti, obbligo di fornirli (art. 13, par. 2, lett. e), 14)

section-data = Quali dati personali trattiamo
data-intro = Trattiamo le seguenti categorie di dati personali.
label-data-kind = Tipo di dati
label-items = Comprende
label-source = Da dove provengono
label-source-name = Ottenuti da
source-public-yes = Questa fonte è accessibile al pubblico.
source-public-no = Questa fonte non è accessibile al pubblico.
label-requirement = È obbligatorio fornirli?
label-consequence = Se non li fornisci
label-used-for = Utilizzati per
label-data-retention = Periodo di conservazione
# Dati che rientrano nell'art. 9.
data-special-note = Si tratta di una categoria particolare di dati personali, che il GDPR tutela in modo più rigoroso.
# Dati che rientrano nell'art. 10.
data-criminal-note = Si tratta di dati personali relativi a condanne penali e reati, che il GDPR tutela in modo più rigoroso.

## Finalità e basi giuridiche (art. 13, par. 1, lett. c) e d), par. 3)

section-purposes = Perché trattiamo i tuoi dati e su quale base giuridica
purposes-intro = Per ciascuna finalità indichiamo i dati personali che utilizziamo, la base giuridica su cui si fonda il trattamento e per quanto tempo conserviamo i dati.
label-purpose-kind = Tipo di finalità
label-data-used = Dati personali utilizzati
label-basis = Base giuridica
label-interest = Il nostro legittimo interesse
label-balancing = Perché i tuoi interessi non prevalgono su di esso
label-law = Disposizione di legge
label-consent-mechanism = Come chiediamo il tuo consenso
label-withdraw = Come revocare il consenso
consent-separate = Chiediamo questo consenso separatamente, distinto da ogni altro consenso e dalle nostre condizioni.
consent-implied = Consideriamo come tuo consenso l'uso del servizio, il tuo silenzio o una casella già selezionata.
label-condition = Condizione per il trattamento di categorie particolari di dati
label-criminal-grounds = Base normativa per i dati relativi a condanne penali e reati
label-retention = Periodo di conservazione
label-recipients = Destinatari
label-necessary = Necessario per fornire il servizio
purpose-necessary-yes = Sì: senza questo trattamento non possiamo fornire il servizio.
purpose-necessary-no = No: è facoltativo.
# Art. 13, par. 3: la finalità va oltre quella per cui i dati sono stati raccolti.
purpose-further = Trattiamo i dati per questa finalità oltre che per quella per cui li abbiamo raccolti.
purpose-remote-access = Per questa finalità possiamo accedere a distanza al tuo dispositivo, ad esempio durante una sessione di assistenza.
label-channels = Come inviamo questi messaggi
label-messages = Informazioni su questi messaggi
marketing-soft-opt-in = Poiché hai già acquistato da noi, ti inviamo questi messaggi sui nostri prodotti e servizi analoghi a quelli che hai acquistato, senza chiederti prima il consenso. Puoi rifiutarli in qualsiasi momento, gratuitamente.
marketing-unsubscribe = Ogni messaggio offre un modo semplice e gratuito per annullare l'iscrizione.
marketing-open-tracking-yes = I nostri messaggi contengono un'immagine invisibile o link che ci segnalano se e quando li apri.
marketing-open-tracking-no = I nostri messaggi non ci segnalano se e quando li apri.
basis-not-stated = L'informativa non indica una base giuridica per questa finalità.
# Seguito da un elenco di basi giuridiche.
unmapped-bases = L'informativa indica inoltre le seguenti basi giuridiche, senza precisare a quale finalità si riferisca ciascuna:

## Destinatari (art. 13, par. 1, lett. e))

section-recipients = Chi riceve i tuoi dati personali
recipients-intro = Comunichiamo i dati personali ai seguenti destinatari o categorie di destinatari.
recipients-caption = Destinatari dei dati personali
recipients-none = L'informativa non indica destinatari dei dati personali.
recipient-dpf = Certificato nell'ambito del quadro UE-USA per la protezione dei dati personali (EU-US Data Privacy Framework).
recipient-adequacy-scope = Rientra nella decisione di adeguatezza della Commissione europea relativa al suo paese.
recipient-privacy-link = Informativa sulla privacy di questo destinatario

## Trasferimenti verso paesi terzi (art. 13, par. 1, lett. f), 44-49)

section-transfers = Trasferimenti al di fuori dell'UE/SEE
transfers-intro = Trasferiamo dati personali verso i seguenti paesi terzi. Per ciascun trasferimento indichiamo la garanzia su cui si basa.
transfers-none = L'informativa non indica trasferimenti di dati personali verso paesi terzi o organizzazioni internazionali.
label-destination = Destinazione
destination-not-stated = L'informativa non indica il paese.
label-mechanism = Garanzia
label-instrument = Strumento
label-approved-by = Approvato da
label-copy = Come ottenere una copia delle garanzie
label-tia = Valutazione del paese di destinazione
transfer-tia-done = Abbiamo valutato la legislazione e le prassi del paese di destinazione per accertarci che le garanzie vi proteggano efficacemente i tuoi dati.
transfer-tia-date = Abbiamo valutato la legislazione e le prassi del paese di destinazione per accertarci che le garanzie vi proteggano efficacemente i tuoi dati. Ultima valutazione: { $date }.
label-transfer-recipients = Destinatari
label-transfer-data = Dati personali trasferiti

## Periodi di conservazione (art. 13, par. 2, lett. a))

section-retention = Per quanto tempo conserviamo i tuoi dati
retention-intro = Conserviamo i dati personali solo per il tempo necessario a ciascuna finalità. Quando non è possibile stabilire in anticipo un periodo, indichiamo i criteri utilizzati per determinarlo.
retention-caption = Periodo di conservazione per ciascuna finalità
# Un periodo senza evento iniziale. $duration è già formattata («2 anni»).
retention-period = { $duration }
# I criteri che determinano il periodo, con le parole dell'autore.
retention-criteria = Determinato in base ai seguenti criteri: { $criteria }
# La norma che fissa il periodo o i criteri, con le parole dell'autore.
retention-law = Previsto da: { $law }
retention-as-long-as-necessary = Per il tempo necessario alla finalità (l'informativa non indica né un periodo né dei criteri).
retention-indefinite = Senza limiti di tempo.

## Conservazione: un periodo a partire da un evento. $duration è già formattata («2 anni», «30 giorni»).

retention-after-collection = { $duration } dalla raccolta dei dati
retention-after-contract_end = { $duration } dalla cessazione del contratto
retention-after-account_closure = { $duration } dalla chiusura dell'account
retention-after-last_contact = { $duration } dal nostro ultimo contatto con te
retention-after-last_activity = { $duration } dalla tua ultima attività nel servizio
retention-after-last_login = { $duration } dal tuo ultimo accesso
retention-after-consent_withdrawal = { $duration } dalla revoca del tuo consenso
retention-after-end_of_session = { $duration } dalla fine della sessione
retention-after-purpose_fulfilled = { $duration } dal conseguimento della finalità
retention-after-request_resolved = { $duration } dalla chiusura della tua richiesta
retention-after-transaction = { $duration } dalla transazione
retention-after-end_of_year = { $duration } dalla fine dell'anno in cui è stata effettuata la registrazione
retention-after-employment_end = { $duration } dalla cessazione del rapporto di lavoro
retention-after-subscription_end = { $duration } dalla fine del tuo abbonamento
retention-after-legal_claim_resolved = { $duration } dalla conclusione definitiva di eventuali contenziosi

## Conservazione: fino a un evento.

retention-until-collection = Fino alla raccolta dei dati
retention-until-contract_end = Fino alla cessazione del contratto
retention-until-account_closure = Fino alla chiusura dell'account
retention-until-last_contact = Fino al nostro ultimo contatto con te
retention-until-last_activity = Fino alla tua ultima attività nel servizio
retention-until-last_login = Fino al tuo ultimo accesso
retention-until-consent_withdrawal = Fino alla revoca del tuo consenso
retention-until-end_of_session = Fino alla fine della sessione
retention-until-purpose_fulfilled = Fino al conseguimento della finalità
retention-until-request_resolved = Fino alla chiusura della tua richiesta
retention-until-transaction = Fino al completamento della transazione
retention-until-end_of_year = Fino alla fine dell'anno in cui è stata effettuata la registrazione
retention-until-employment_end = Fino alla cessazione del rapporto di lavoro
retention-until-subscription_end = Fino alla fine del tuo abbonamento
retention-until-legal_claim_resolved = Fino alla conclusione definitiva di eventuali contenziosi

## I tuoi diritti (artt. 12-22, 7, par. 3, 77)

section-rights = I tuoi diritti
rights-intro = Il GDPR ti riconosce i seguenti diritti. Quali di essi si applichino dipende dalla base giuridica del trattamento: indichiamo quelli che valgono per i trattamenti che effettuiamo.
rights-exercise-heading = Come esercitare i tuoi diritti
rights-exercise-intro = Per esercitare uno qualsiasi dei tuoi diritti, contattaci:
rights-free = L'esercizio dei tuoi diritti è gratuito.
rights-fee = Possiamo addebitare un contributo spese ragionevole, oppure rifiutare di soddisfare la richiesta, solo se questa è manifestamente infondata o eccessiva.
# $duration è già formattata («30 giorni»).
rights-response-time = Rispondiamo alla tua richiesta entro { $duration }.
rights-response-default = Rispondiamo alla tua richiesta senza ingiustificato ritardo e comunque entro un mese.
# Titolo del riquadro, separato ed evidenziato, sul diritto di opposizione (art. 21).
object-heading = Il tuo diritto di opposizione
# Art. 21, par. 1: trattamento basato sul legittimo interesse o su un compito di interesse pubblico.
object-general = Se trattiamo i tuoi dati personali sulla base di un legittimo interesse o per l'esecuzione di un compito di interesse pubblico, hai il diritto di opporti in qualsiasi momento, per motivi connessi alla tua situazione particolare. In tal caso smettiamo di trattarli, salvo che dimostriamo l'esistenza di motivi legittimi cogenti che prevalgano sui tuoi interessi, diritti e libertà, oppure che il trattamento sia necessario per l'accertamento, l'esercizio o la difesa di un diritto in sede giudiziaria.
# Art. 21, par. 2-3: marketing diretto.
object-marketing = Hai il diritto di opporti in qualsiasi momento al trattamento dei tuoi dati personali per finalità di marketing diretto, compresa la profilazione connessa a tale marketing. Se ti opponi, non trattiamo più i tuoi dati per questa finalità.
# Seguito da un elenco delle finalità interessate.
object-purposes = Riguarda le seguenti finalità:
label-object-how = Come opporti
withdraw-heading = Revoca del consenso
withdraw-text = Quando il trattamento si basa sul tuo consenso, puoi revocarlo in qualsiasi momento, con la stessa facilità con cui lo hai prestato. La revoca del consenso non pregiudica la liceità del trattamento basata sul consenso prima della revoca.
complaint-heading = Il tuo diritto di proporre reclamo
complaint-text = Hai il diritto di proporre reclamo a un'autorità di controllo, in particolare nello Stato membro dell'UE/SEE in cui risiedi abitualmente, in cui lavori oppure in cui si è verificata la presunta violazione.
complaint-authority = L'autorità di controllo competente nei nostri confronti è:
court-text = Hai inoltre il diritto a un ricorso giurisdizionale effettivo: puoi agire contro di noi dinanzi alle autorità giurisdizionali dello Stato membro dell'UE/SEE in cui abbiamo uno stabilimento o in cui risiedi abitualmente.

## Processo decisionale automatizzato e profilazione (art. 13, par. 2, lett. f), 22)

section-automated = Processo decisionale automatizzato e profilazione
automated-profiling = Questo trattamento comprende la profilazione.
automated-solely-yes = La decisione è basata unicamente sul trattamento automatizzato.
automated-solely-no = Alla decisione partecipa una persona: non è basata unicamente sul trattamento automatizzato.
automated-effects-yes = Può produrre effetti giuridici che ti riguardano o incidere in modo analogo significativamente sulla tua persona.
automated-effects-no = Non produce effetti giuridici che ti riguardano né incide in modo analogo significativamente sulla tua persona.
label-logic = Logica utilizzata
label-significance = Importanza per te
label-consequences = Conseguenze previste
label-safeguards = Garanzie
label-purposes = Finalità
# Art. 22, par. 3: decisioni basate unicamente sul trattamento automatizzato con effetti significativi.
automated-rights = Hai il diritto di ottenere l'intervento umano, di esprimere la tua opinione e di contestare la decisione.

## Cookie e tecnologie simili

section-cookies = Cookie e tecnologie simili
cookies-intro = I seguenti cookie e tecnologie simili archiviano informazioni sul tuo dispositivo o leggono quelle già presenti.
cookies-caption = Cookie e tecnologie simili
col-name = Nome
col-provider = Fornitore
col-category = Categoria
col-party = Installato da
col-technology = Tecnologia
col-lifetime = Durata
col-consent = Consenso necessario
col-description = A cosa serve
party-first = Noi (prima parte)
party-third = Una terza parte
lifetime-session = Fino alla chiusura del browser
cookies-banner = Prima che venga installato qualsiasi strumento di tracciamento non strettamente necessario, un banner ti chiede il consenso.
cookies-reject = Rifiutare è facile quanto accettare.
cookies-not-pre-ticked = Nessuna casella è preselezionata: gli strumenti di tracciamento non strettamente necessari vengono installati solo se li scegli tu.
cookies-pre-ticked = Nel banner per il consenso, le caselle degli strumenti di tracciamento non strettamente necessari sono preselezionate.
cookies-no-wall = Puoi usare il sito web senza accettare strumenti di tracciamento non strettamente necessari.
# Fedele alla policy: l'accesso richiede di accettare strumenti di tracciamento non essenziali.
cookies-wall = Per accedere al sito web è necessario accettare strumenti di tracciamento non strettamente necessari.
# Fedele alla policy: la prosecuzione della navigazione vale come consenso.
cookies-implied = Consideriamo la prosecuzione della navigazione come consenso agli strumenti di tracciamento.
cookies-browser-only = Puoi gestire i cookie tramite le impostazioni del tuo browser.
cookies-manage-link = Modifica le tue preferenze sui cookie

## Sicurezza (art. 32)

section-security = Come proteggiamo i tuoi dati
security-measures = Le misure che adottiamo comprendono:

## Ulteriori dichiarazioni

section-statements = Ulteriori informazioni
statement-no-sale = Non vendiamo i tuoi dati personali.
statement-no-automated-decisions = Non adottiamo nei tuoi confronti decisioni basate unicamente sul trattamento automatizzato che producano effetti giuridici che ti riguardano o che incidano in modo analogo significativamente sulla tua persona.
statement-no-special-categories = Non trattiamo categorie particolari di dati personali, come i dati relativi alla tua salute, alla tua religione o alle tue opinioni politiche.

## Modifiche e cronologia delle versioni

section-changes = Modifiche a questa informativa
# $duration è già formattata («30 giorni»).
changes-notice = Ti informiamo delle modifiche almeno { $duration } prima che entrino in vigore.
changes-active = Ti informiamo delle modifiche direttamente, ad esempio via e-mail, e non solo su questa pagina.
changes-passive = Pubblichiamo le modifiche su questa pagina.
# Fedele alla policy: l'uso continuato del servizio vale come accettazione delle modifiche.
changes-continued-use = L'informativa considera l'uso continuato del servizio dopo una modifica come accettazione della modifica stessa.
history-heading = Cronologia delle versioni
history-caption = Versioni di questa informativa
col-version = Versione
col-date = Data
col-changes = Che cosa è cambiato
