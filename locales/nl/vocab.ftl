## Namen van de ingebouwde vocabulairetermen (data/vocab/*.toml), één bericht per term-id.
## Namen zijn korte labels voor koppen, tabelcellen en lijsten: zonder slotpunt.
## `.article` zijn verwijzingen in de vorm „art. 6, lid 1, onder a, AVG”.
## `.description` en `.explanation` zijn volledige zinnen gericht tot de lezer („u”).

## Voor wie een verklaring bedoeld is („Voor wie deze verklaring is bedoeld”).

vocab-audience-consumers = Consumenten
vocab-audience-businesses = Zakelijke contacten
vocab-audience-employees = Werknemers
vocab-audience-job_applicants = Sollicitanten
vocab-audience-children = Kinderen
vocab-audience-patients = Patiënten
vocab-audience-students = Studenten
vocab-audience-visitors = Websitebezoekers

## Soorten persoonsgegevens (bij elke categorie van gegevens en in de samenvatting).

vocab-data-identity = Identiteitsgegevens
vocab-data-contact = Contactgegevens
vocab-data-account = Accountgegevens
vocab-data-credentials = Inloggegevens
vocab-data-identifiers = Identificatienummers
vocab-data-online_identifiers = Online-identificatoren
vocab-data-device = Apparaatgegevens
vocab-data-usage = Gebruiksgegevens
vocab-data-location = Locatiegegevens
vocab-data-payment = Betaalgegevens
vocab-data-financial = Financiële en transactiegegevens
vocab-data-communications = Berichten en correspondentie
vocab-data-recordings = Opnamen
vocab-data-user_content = Door u aangeleverde inhoud
vocab-data-professional = Beroepsgegevens
vocab-data-preferences = Voorkeuren
vocab-data-demographics = Demografische gegevens
vocab-data-marketing = Marketinggegevens
vocab-data-images = Foto’s en afbeeldingen
vocab-data-household = Gegevens over het huishouden
vocab-data-education = Opleiding
vocab-data-racial_ethnic_origin = Ras of etnische afkomst
vocab-data-political_opinions = Politieke opvattingen
vocab-data-religious_beliefs = Religieuze of levensbeschouwelijke overtuigingen
vocab-data-trade_union_membership = Lidmaatschap van een vakbond
vocab-data-genetic = Genetische gegevens
vocab-data-biometric = Biometrische gegevens
vocab-data-health = Gezondheidsgegevens
vocab-data-sex_life = Seksueel gedrag of seksuele gerichtheid
vocab-data-criminal = Strafrechtelijke veroordelingen en strafbare feiten
vocab-data-unspecified = Niet vermeld

## Soorten doeleinden (als soort van elk doel en in de samenvatting).

vocab-purpose-service_provision = Levering van de dienst
vocab-purpose-account_management = Beheer van uw account
vocab-purpose-customer_support = Klantenservice
vocab-purpose-billing = Facturering en betalingen
vocab-purpose-order_fulfilment = Afhandeling van bestellingen
vocab-purpose-communications = Serviceberichten
vocab-purpose-security = IT-beveiliging
vocab-purpose-premises_security = Beveiliging van gebouwen en personen
vocab-purpose-fraud_prevention = Fraudepreventie
vocab-purpose-legal_compliance = Naleving van wettelijke verplichtingen
vocab-purpose-legal_claims = Rechtsvorderingen
vocab-purpose-marketing = Direct marketing
vocab-purpose-advertising = Gerichte reclame
vocab-purpose-personalisation = Personalisatie
vocab-purpose-analytics = Gebruiksstatistieken
vocab-purpose-service_improvement = Verbetering van de dienst
vocab-purpose-research_development = Onderzoek en ontwikkeling
vocab-purpose-recruitment = Werving en selectie
vocab-purpose-business_transfer = Bedrijfsoverdrachten
vocab-purpose-record_keeping = Administratie
vocab-purpose-quality_assurance = Kwaliteitsborging
vocab-purpose-feedback = Feedback en enquêtes
vocab-purpose-product_updates = Productnieuws
vocab-purpose-identity_verification = Identiteitsverificatie
vocab-purpose-debt_collection = Incasso
vocab-purpose-unspecified = Niet vermeld

## Rechtsgronden van art. 6, lid 1, AVG. De waarde is het korte label; `.explanation` zegt in gewone woorden, dicht bij de tekst van art. 6, lid 1, wat de grond voor de lezer betekent.

vocab-basis-consent = Toestemming
    .explanation = U hebt toestemming gegeven voor de verwerking van uw persoonsgegevens voor dit specifieke doel.
    .article = art. 6, lid 1, onder a, AVG
vocab-basis-contract = Uitvoering van een overeenkomst
    .explanation = De verwerking is noodzakelijk voor de uitvoering van een overeenkomst waarbij u partij bent, of om op uw verzoek vóór de sluiting van een overeenkomst maatregelen te nemen.
    .article = art. 6, lid 1, onder b, AVG
vocab-basis-legal_obligation = Wettelijke verplichting
    .explanation = De verwerking is noodzakelijk om te voldoen aan een wettelijke verplichting die op ons rust.
    .article = art. 6, lid 1, onder c, AVG
vocab-basis-vital_interests = Vitale belangen
    .explanation = De verwerking is noodzakelijk om uw vitale belangen of die van een andere persoon te beschermen.
    .article = art. 6, lid 1, onder d, AVG
vocab-basis-public_task = Algemeen belang of openbaar gezag
    .explanation = De verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan ons is opgedragen.
    .article = art. 6, lid 1, onder e, AVG
vocab-basis-legitimate_interests = Gerechtvaardigde belangen
    .explanation = De verwerking is noodzakelijk voor de behartiging van onze gerechtvaardigde belangen of die van een derde, en uw belangen, rechten en vrijheden wegen niet zwaarder dan die belangen.
    .article = art. 6, lid 1, onder f, AVG

## Voorwaarden van art. 9, lid 2, AVG voor bijzondere categorieën van persoonsgegevens.

vocab-condition-explicit_consent = Uitdrukkelijke toestemming
    .article = art. 9, lid 2, onder a, AVG
vocab-condition-employment_social_security = Arbeidsrecht en socialezekerheidsrecht
    .article = art. 9, lid 2, onder b, AVG
vocab-condition-vital_interests = Vitale belangen
    .article = art. 9, lid 2, onder c, AVG
vocab-condition-non_profit_body = Organisatie zonder winstoogmerk
    .article = art. 9, lid 2, onder d, AVG
vocab-condition-made_public = Door de betrokkene openbaar gemaakt
    .article = art. 9, lid 2, onder e, AVG
vocab-condition-legal_claims = Rechtsvorderingen
    .article = art. 9, lid 2, onder f, AVG
vocab-condition-substantial_public_interest = Zwaarwegend algemeen belang
    .article = art. 9, lid 2, onder g, AVG
vocab-condition-health_care = Gezondheidszorg en sociale diensten
    .article = art. 9, lid 2, onder h, AVG
vocab-condition-public_health = Volksgezondheid
    .article = art. 9, lid 2, onder i, AVG
vocab-condition-archiving_research = Archivering, onderzoek en statistiek
    .article = art. 9, lid 2, onder j, AVG

## Rollen van ontvangers (een tabelkolom), met de termen van de AVG.

vocab-role-processor = Verwerker
vocab-role-sub_processor = Subverwerker
vocab-role-controller = Zelfstandige verwerkingsverantwoordelijke
vocab-role-joint_controller = Gezamenlijke verwerkingsverantwoordelijke
vocab-role-public_authority = Overheidsinstantie
vocab-role-affiliate = Groepsmaatschappij
vocab-role-other = Andere derde

## Of iemand gegevens moet verstrekken (art. 13, lid 2, onder e); antwoord op „Bent u verplicht deze gegevens te verstrekken?”.

vocab-requirement-statutory = Wettelijk verplicht
vocab-requirement-contractual = Contractueel verplicht
vocab-requirement-contract_prerequisite = Nodig om een overeenkomst te sluiten
vocab-requirement-voluntary = Vrijwillig

## Waar persoonsgegevens vandaan komen (art. 14, lid 2, onder f).

vocab-source-data_subject = Van u
vocab-source-observed = Uit uw gebruik van de dienst
vocab-source-third_party = Van derden
vocab-source-publicly_available = Uit openbare bronnen
vocab-source-customer = Van uw werkgever of organisatie
vocab-source-generated = Door ons aangemaakt

## Rechten van de betrokkene. De waarde is de titel van het recht zoals in de AVG; `.description` zegt wat het recht de lezer mogelijk maakt.

vocab-right-access = Recht van inzage
    .description = U kunt te weten komen of wij uw persoonsgegevens verwerken en, zo ja, een kopie daarvan krijgen, samen met informatie over de verwerking.
    .article = art. 15 AVG
vocab-right-rectification = Recht op rectificatie
    .description = U kunt onjuiste persoonsgegevens laten rectificeren en onvolledige gegevens laten aanvullen.
    .article = art. 16 AVG
vocab-right-erasure = Recht op gegevenswissing („recht op vergetelheid”)
    .description = U kunt uw persoonsgegevens laten wissen, bijvoorbeeld wanneer wij ze niet meer nodig hebben of wanneer u de toestemming intrekt waarop de verwerking berust.
    .article = art. 17 AVG
vocab-right-restriction = Recht op beperking van de verwerking
    .description = U kunt de verwerking van uw gegevens laten beperken, bijvoorbeeld terwijl wij nagaan of de gegevens juist zijn.
    .article = art. 18 AVG
vocab-right-portability = Recht op overdraagbaarheid van gegevens
    .description = Als wij de gegevens die u ons hebt verstrekt verwerken op basis van uw toestemming of van een overeenkomst, kunt u ze in een gestructureerde, gangbare en machineleesbare vorm ontvangen en laten doorzenden naar een andere verwerkingsverantwoordelijke.
    .article = art. 20 AVG
vocab-right-objection = Recht van bezwaar
    .description = U kunt bezwaar maken tegen verwerking op grond van gerechtvaardigde belangen of van een taak van algemeen belang, en op elk moment tegen direct marketing.
    .article = art. 21 AVG
vocab-right-automated_decisions = Rechten bij geautomatiseerde individuele besluitvorming
    .description = U hebt het recht niet te worden onderworpen aan een uitsluitend op geautomatiseerde verwerking, waaronder profilering, gebaseerd besluit waaraan voor u rechtsgevolgen zijn verbonden of dat u anderszins in aanmerkelijke mate treft.
    .article = art. 22 AVG
vocab-right-withdraw_consent = Recht om toestemming in te trekken
    .description = U kunt uw toestemming op elk moment intrekken, even gemakkelijk als u die hebt gegeven; dit doet geen afbreuk aan de rechtmatigheid van de verwerking vóór de intrekking.
    .article = art. 7, lid 3, AVG
vocab-right-complaint = Recht om een klacht in te dienen bij een toezichthoudende autoriteit
    .description = U kunt een klacht indienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u woont, waar u werkt of waar de vermeende inbreuk heeft plaatsgevonden.
    .article = art. 77 AVG

## Waarborgen voor doorgifte buiten de EU/EER (art. 45–49 AVG).

vocab-mechanism-adequacy = Adequaatheidsbesluit
    .description = De Europese Commissie heeft besloten dat het land van bestemming een passend beschermingsniveau voor persoonsgegevens waarborgt.
    .article = art. 45, lid 3, AVG
vocab-mechanism-data_privacy_framework = EU-VS-kader inzake gegevensbescherming
    .description = De ontvanger in de Verenigde Staten is gecertificeerd onder het EU-VS-kader inzake gegevensbescherming (EU-US Data Privacy Framework), waarvan de Europese Commissie heeft vastgesteld dat het een passend beschermingsniveau waarborgt.
    .article = art. 45, lid 3, AVG
vocab-mechanism-legally_binding_instrument = Bindend instrument tussen overheidsinstanties
    .description = Een juridisch bindend en afdwingbaar instrument tussen overheidsinstanties of -organen beschermt de gegevens.
    .article = art. 46, lid 2, onder a, AVG
vocab-mechanism-binding_corporate_rules = Bindende bedrijfsvoorschriften
    .description = Door een toezichthoudende autoriteit goedgekeurde regels voor gegevensbescherming binden elke onderneming van het concern van de ontvanger.
    .article = art. 46, lid 2, onder b, AVG
vocab-mechanism-standard_contractual_clauses = Standaardbepalingen inzake gegevensbescherming
    .description = Ons contract met de ontvanger bevat de door de Europese Commissie vastgestelde standaardbepalingen inzake gegevensbescherming.
    .article = art. 46, lid 2, onder c, AVG
vocab-mechanism-supervisory_authority_clauses = Standaardbepalingen inzake gegevensbescherming van een toezichthoudende autoriteit
    .description = Ons contract met de ontvanger bevat standaardbepalingen inzake gegevensbescherming die een toezichthoudende autoriteit heeft vastgesteld en de Europese Commissie heeft goedgekeurd.
    .article = art. 46, lid 2, onder d, AVG
vocab-mechanism-code_of_conduct = Goedgekeurde gedragscode
    .description = De ontvanger volgt een goedgekeurde gedragscode en heeft zich bindend en afdwingbaar verplicht de daarin opgenomen waarborgen toe te passen.
    .article = art. 46, lid 2, onder e, AVG
vocab-mechanism-certification = Goedgekeurd certificeringsmechanisme
    .description = De ontvanger beschikt over een goedgekeurde certificering en heeft zich bindend en afdwingbaar verplicht de daarin opgenomen waarborgen toe te passen.
    .article = art. 46, lid 2, onder f, AVG
vocab-mechanism-ad_hoc_clauses = Afzonderlijk goedgekeurde contractbepalingen
    .description = Contractbepalingen die voor deze doorgifte zijn opgesteld en door de bevoegde toezichthoudende autoriteit zijn goedgekeurd, beschermen de gegevens.
    .article = art. 46, lid 3, onder a, AVG
vocab-mechanism-administrative_arrangement = Administratieve regeling
    .description = Bepalingen in een administratieve regeling tussen overheidsinstanties of -organen, goedgekeurd door de bevoegde toezichthoudende autoriteit, beschermen de gegevens.
    .article = art. 46, lid 3, onder b, AVG
vocab-mechanism-explicit_consent_derogation = Uitdrukkelijke toestemming voor de doorgifte
    .description = U hebt uitdrukkelijk met de doorgifte ingestemd nadat u over de mogelijke risico’s ervan bent geïnformeerd.
    .article = art. 49, lid 1, onder a, AVG
vocab-mechanism-contract_derogation = Noodzakelijk voor een overeenkomst met u
    .description = De doorgifte is noodzakelijk voor de uitvoering van een overeenkomst met u of voor maatregelen die u vóór de sluiting van een overeenkomst hebt gevraagd.
    .article = art. 49, lid 1, onder b, AVG
vocab-mechanism-third_party_contract_derogation = Noodzakelijk voor een overeenkomst in uw belang
    .description = De doorgifte is noodzakelijk voor een overeenkomst die in uw belang tussen ons en een andere persoon is gesloten.
    .article = art. 49, lid 1, onder c, AVG
vocab-mechanism-public_interest_derogation = Gewichtige redenen van algemeen belang
    .description = De doorgifte is noodzakelijk om gewichtige redenen van algemeen belang die bij wet zijn erkend.
    .article = art. 49, lid 1, onder d, AVG
vocab-mechanism-legal_claims_derogation = Rechtsvorderingen
    .description = De doorgifte is noodzakelijk voor de instelling, uitoefening of onderbouwing van een rechtsvordering.
    .article = art. 49, lid 1, onder e, AVG
vocab-mechanism-vital_interests_derogation = Vitale belangen
    .description = De doorgifte is noodzakelijk om uw vitale belangen of die van een andere persoon te beschermen, als u niet in staat bent uw toestemming te geven.
    .article = art. 49, lid 1, onder f, AVG
vocab-mechanism-public_register_derogation = Openbaar register
    .description = De gegevens komen uit een register dat volgens het recht van de Unie of van een lidstaat voor het publiek toegankelijk is.
    .article = art. 49, lid 1, onder g, AVG
vocab-mechanism-compelling_interests_derogation = Dwingende gerechtvaardigde belangen
    .description = De doorgifte is niet repetitief, betreft slechts een beperkt aantal personen en is noodzakelijk voor dwingende gerechtvaardigde belangen; er zijn passende waarborgen en de toezichthoudende autoriteit wordt ingelicht.
    .article = art. 49, lid 1, tweede alinea, AVG

## Categorieën van cookies en vergelijkbare trackers.

vocab-cookie-strictly_necessary = Strikt noodzakelijk
vocab-cookie-preferences = Voorkeuren
vocab-cookie-statistics = Statistieken
vocab-cookie-marketing = Marketing
vocab-cookie-unspecified = Niet vermeld

## Technieken van trackers.

vocab-technology-cookie = Cookie
vocab-technology-local_storage = Lokale opslag
vocab-technology-pixel = Trackingpixel
vocab-technology-sdk = Software development kit (SDK)
vocab-technology-fingerprinting = Fingerprinting

## Hoe toestemming wordt gegeven of ingetrokken.

vocab-consent_channel-online = Op onze website of in onze app
vocab-consent_channel-terms = Door onze voorwaarden te aanvaarden
vocab-consent_channel-email = Per e-mail
vocab-consent_channel-phone = Telefonisch
vocab-consent_channel-post = Per post
vocab-consent_channel-in_person = Persoonlijk

## Kanalen van marketingberichten.

vocab-channel-email = E-mail
vocab-channel-sms = Sms-berichten
vocab-channel-automated_call = Geautomatiseerde oproepen
vocab-channel-fax = Fax
vocab-channel-phone = Telefoongesprekken
vocab-channel-push = Pushmeldingen
vocab-channel-post = Post

## Waarom een verwerkingsverantwoordelijke buiten de EU daar geen vertegenwoordiger heeft (art. 27, lid 2, AVG).

vocab-exemption-occasional = Incidentele verwerking
    .description = Onze verwerking is incidenteel, omvat geen grootschalige verwerking van bijzondere categorieën van gegevens of van gegevens over strafrechtelijke veroordelingen en strafbare feiten, en houdt waarschijnlijk geen risico in voor uw rechten en vrijheden.
    .article = art. 27, lid 2, onder a, AVG
vocab-exemption-public_authority = Overheidsinstantie of overheidsorgaan
    .description = Wij zijn een overheidsinstantie of overheidsorgaan.
    .article = art. 27, lid 2, onder b, AVG
