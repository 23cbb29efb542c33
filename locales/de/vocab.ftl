## Namen der eingebauten Vokabularbegriffe (data/vocab/*.toml), eine Nachricht je Begriffs-ID.
## Namen sind kurze Bezeichnungen für Überschriften, Tabellenzellen und Listen: ohne Schlusspunkt.
## `.article` sind Fundstellen in der Form „Art. 6 Abs. 1 lit. a DSGVO“.
## `.description` und `.explanation` sind ganze Sätze, die sich an die Leserin oder den Leser richten.

## An wen sich die Hinweise richten („An wen sich diese Hinweise richten“).

vocab-audience-consumers = Verbraucher
vocab-audience-businesses = Geschäftskontakte
vocab-audience-employees = Beschäftigte
vocab-audience-job_applicants = Bewerber
vocab-audience-children = Kinder
vocab-audience-patients = Patienten
vocab-audience-students = Studierende
vocab-audience-visitors = Besucher der Website

## Arten personenbezogener Daten (bei jeder Datenkategorie und in der Zusammenfassung).

vocab-data-identity = Identitätsdaten
vocab-data-contact = Kontaktdaten
vocab-data-account = Daten des Nutzerkontos
vocab-data-credentials = Zugangsdaten
vocab-data-identifiers = Identifikationsnummern
vocab-data-online_identifiers = Online-Kennungen
vocab-data-device = Gerätedaten
vocab-data-usage = Nutzungsdaten
vocab-data-location = Standortdaten
vocab-data-payment = Zahlungsdaten
vocab-data-financial = Finanz- und Transaktionsdaten
vocab-data-communications = Nachrichten und Korrespondenz
vocab-data-recordings = Aufzeichnungen
vocab-data-user_content = Von Ihnen bereitgestellte Inhalte
vocab-data-professional = Berufliche Angaben
vocab-data-preferences = Präferenzen
vocab-data-demographics = Demografische Daten
vocab-data-marketing = Marketingdaten
vocab-data-images = Fotos und Bilder
vocab-data-household = Angaben zum Haushalt
vocab-data-education = Ausbildung
vocab-data-racial_ethnic_origin = Rassische oder ethnische Herkunft
vocab-data-political_opinions = Politische Meinungen
vocab-data-religious_beliefs = Religiöse oder weltanschauliche Überzeugungen
vocab-data-trade_union_membership = Gewerkschaftszugehörigkeit
vocab-data-genetic = Genetische Daten
vocab-data-biometric = Biometrische Daten
vocab-data-health = Gesundheitsdaten
vocab-data-sex_life = Sexualleben oder sexuelle Orientierung
vocab-data-criminal = Strafrechtliche Verurteilungen und Straftaten
vocab-data-unspecified = Nicht angegeben

## Arten von Zwecken (als Art jedes Zwecks und in der Zusammenfassung).

vocab-purpose-service_provision = Bereitstellung des Dienstes
vocab-purpose-account_management = Verwaltung Ihres Nutzerkontos
vocab-purpose-customer_support = Kundenservice
vocab-purpose-billing = Abrechnung und Zahlungen
vocab-purpose-order_fulfilment = Abwicklung von Bestellungen
vocab-purpose-communications = Servicemitteilungen
vocab-purpose-security = IT-Sicherheit
vocab-purpose-premises_security = Sicherheit von Gebäuden und Personen
vocab-purpose-fraud_prevention = Betrugsprävention
vocab-purpose-legal_compliance = Erfüllung gesetzlicher Pflichten
vocab-purpose-legal_claims = Rechtsansprüche
vocab-purpose-marketing = Direktwerbung
vocab-purpose-advertising = Zielgerichtete Werbung
vocab-purpose-personalisation = Personalisierung
vocab-purpose-analytics = Nutzungsstatistiken
vocab-purpose-service_improvement = Verbesserung des Dienstes
vocab-purpose-research_development = Forschung und Entwicklung
vocab-purpose-recruitment = Personalgewinnung
vocab-purpose-business_transfer = Unternehmensübertragungen
vocab-purpose-record_keeping = Dokumentation
vocab-purpose-quality_assurance = Qualitätssicherung
vocab-purpose-feedback = Feedback und Umfragen
vocab-purpose-product_updates = Produktneuigkeiten
vocab-purpose-identity_verification = Identitätsprüfung
vocab-purpose-debt_collection = Forderungseinzug
vocab-purpose-unspecified = Nicht angegeben

## Rechtsgrundlagen nach Art. 6 Abs. 1 DSGVO. Der Wert ist die Kurzbezeichnung; `.explanation` erklärt in einfachen Worten, nah am Wortlaut von Art. 6 Abs. 1, was die Grundlage für Sie bedeutet.

vocab-basis-consent = Einwilligung
    .explanation = Sie haben in die Verarbeitung Ihrer personenbezogenen Daten für diesen bestimmten Zweck eingewilligt.
    .article = Art. 6 Abs. 1 lit. a DSGVO
vocab-basis-contract = Vertragserfüllung
    .explanation = Die Verarbeitung ist für die Erfüllung eines Vertrags, dessen Vertragspartei Sie sind, oder zur Durchführung vorvertraglicher Maßnahmen auf Ihre Anfrage erforderlich.
    .article = Art. 6 Abs. 1 lit. b DSGVO
vocab-basis-legal_obligation = Rechtliche Verpflichtung
    .explanation = Die Verarbeitung ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der wir unterliegen.
    .article = Art. 6 Abs. 1 lit. c DSGVO
vocab-basis-vital_interests = Lebenswichtige Interessen
    .explanation = Die Verarbeitung ist erforderlich, um Ihre lebenswichtigen Interessen oder die einer anderen Person zu schützen.
    .article = Art. 6 Abs. 1 lit. d DSGVO
vocab-basis-public_task = Öffentliches Interesse oder öffentliche Gewalt
    .explanation = Die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt, die uns übertragen wurde.
    .article = Art. 6 Abs. 1 lit. e DSGVO
vocab-basis-legitimate_interests = Berechtigte Interessen
    .explanation = Die Verarbeitung ist zur Wahrung der berechtigten Interessen erforderlich, die wir oder ein Dritter verfolgen, und Ihre Interessen, Rechte und Freiheiten überwiegen diese nicht.
    .article = Art. 6 Abs. 1 lit. f DSGVO

## Voraussetzungen nach Art. 9 Abs. 2 DSGVO für besondere Kategorien personenbezogener Daten.

vocab-condition-explicit_consent = Ausdrückliche Einwilligung
    .article = Art. 9 Abs. 2 lit. a DSGVO
vocab-condition-employment_social_security = Arbeitsrecht und Recht der sozialen Sicherheit
    .article = Art. 9 Abs. 2 lit. b DSGVO
vocab-condition-vital_interests = Lebenswichtige Interessen
    .article = Art. 9 Abs. 2 lit. c DSGVO
vocab-condition-non_profit_body = Organisation ohne Gewinnerzielungsabsicht
    .article = Art. 9 Abs. 2 lit. d DSGVO
vocab-condition-made_public = Von der betroffenen Person öffentlich gemacht
    .article = Art. 9 Abs. 2 lit. e DSGVO
vocab-condition-legal_claims = Rechtsansprüche
    .article = Art. 9 Abs. 2 lit. f DSGVO
vocab-condition-substantial_public_interest = Erhebliches öffentliches Interesse
    .article = Art. 9 Abs. 2 lit. g DSGVO
vocab-condition-health_care = Gesundheits- und Sozialversorgung
    .article = Art. 9 Abs. 2 lit. h DSGVO
vocab-condition-public_health = Öffentliche Gesundheit
    .article = Art. 9 Abs. 2 lit. i DSGVO
vocab-condition-archiving_research = Archivzwecke, Forschung und Statistik
    .article = Art. 9 Abs. 2 lit. j DSGVO

## Rollen der Empfänger (eine Tabellenspalte), mit den Begriffen der DSGVO.

vocab-role-processor = Auftragsverarbeiter
vocab-role-sub_processor = Unterauftragsverarbeiter
vocab-role-controller = Eigenständiger Verantwortlicher
vocab-role-joint_controller = Gemeinsam Verantwortlicher
vocab-role-public_authority = Behörde
vocab-role-affiliate = Konzernunternehmen
vocab-role-other = Sonstiger Dritter

## Ob eine Person Daten bereitstellen muss (Art. 13 Abs. 2 lit. e); Antwort auf „Müssen Sie die Daten bereitstellen?“.

vocab-requirement-statutory = Gesetzlich vorgeschrieben
vocab-requirement-contractual = Vertraglich vorgeschrieben
vocab-requirement-contract_prerequisite = Für einen Vertragsabschluss erforderlich
vocab-requirement-voluntary = Freiwillig

## Woher personenbezogene Daten stammen (Art. 14 Abs. 2 lit. f).

vocab-source-data_subject = Von Ihnen
vocab-source-observed = Aus Ihrer Nutzung des Dienstes
vocab-source-third_party = Von Dritten
vocab-source-publicly_available = Aus öffentlichen Quellen
vocab-source-customer = Von Ihrem Arbeitgeber oder Ihrer Organisation
vocab-source-generated = Von uns erstellt

## Rechte der betroffenen Person. Der Wert ist der Titel des Rechts wie in der DSGVO; `.description` sagt, was das Recht Ihnen ermöglicht.

vocab-right-access = Auskunftsrecht
    .description = Sie können erfahren, ob wir personenbezogene Daten über Sie verarbeiten, und, wenn ja, eine Kopie dieser Daten sowie Informationen über die Verarbeitung erhalten.
    .article = Art. 15 DSGVO
vocab-right-rectification = Recht auf Berichtigung
    .description = Sie können unrichtige personenbezogene Daten berichtigen und unvollständige Daten vervollständigen lassen.
    .article = Art. 16 DSGVO
vocab-right-erasure = Recht auf Löschung („Recht auf Vergessenwerden“)
    .description = Sie können verlangen, dass wir Ihre personenbezogenen Daten löschen, zum Beispiel wenn wir sie nicht mehr benötigen oder wenn Sie die Einwilligung widerrufen, auf der die Verarbeitung beruht.
    .article = Art. 17 DSGVO
vocab-right-restriction = Recht auf Einschränkung der Verarbeitung
    .description = Sie können verlangen, dass wir die Verarbeitung Ihrer Daten einschränken, zum Beispiel solange wir prüfen, ob die Daten richtig sind.
    .article = Art. 18 DSGVO
vocab-right-portability = Recht auf Datenübertragbarkeit
    .description = Daten, die Sie uns bereitgestellt haben und die wir auf Grundlage Ihrer Einwilligung oder eines Vertrags verarbeiten, können Sie in einem strukturierten, gängigen und maschinenlesbaren Format erhalten und einem anderen Verantwortlichen übermitteln lassen.
    .article = Art. 20 DSGVO
vocab-right-objection = Widerspruchsrecht
    .description = Sie können einer Verarbeitung widersprechen, die auf berechtigten Interessen oder einer Aufgabe im öffentlichen Interesse beruht; einer Verarbeitung für Direktwerbung können Sie jederzeit widersprechen.
    .article = Art. 21 DSGVO
vocab-right-automated_decisions = Rechte bei automatisierten Entscheidungen im Einzelfall
    .description = Sie haben das Recht, keiner ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidung unterworfen zu werden, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt.
    .article = Art. 22 DSGVO
vocab-right-withdraw_consent = Recht auf Widerruf der Einwilligung
    .description = Sie können Ihre Einwilligung jederzeit widerrufen, und zwar ebenso einfach, wie Sie sie erteilt haben; die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt.
    .article = Art. 7 Abs. 3 DSGVO
vocab-right-complaint = Recht auf Beschwerde bei einer Aufsichtsbehörde
    .description = Sie können sich bei einer Aufsichtsbehörde beschweren, insbesondere in dem Mitgliedstaat, in dem Sie wohnen oder arbeiten oder in dem der mutmaßliche Verstoß stattgefunden hat.
    .article = Art. 77 DSGVO

## Garantien für Übermittlungen in Länder außerhalb von EU und EWR (Art. 45–49 DSGVO).

vocab-mechanism-adequacy = Angemessenheitsbeschluss
    .description = Die Europäische Kommission hat beschlossen, dass das Zielland ein angemessenes Schutzniveau für personenbezogene Daten bietet.
    .article = Art. 45 Abs. 3 DSGVO
vocab-mechanism-data_privacy_framework = Datenschutzrahmen EU-USA
    .description = Der Empfänger in den Vereinigten Staaten ist nach dem Datenschutzrahmen EU-USA (EU-US Data Privacy Framework) zertifiziert, für den die Europäische Kommission ein angemessenes Schutzniveau festgestellt hat.
    .article = Art. 45 Abs. 3 DSGVO
vocab-mechanism-legally_binding_instrument = Verbindliches Dokument zwischen Behörden
    .description = Ein rechtlich bindendes und durchsetzbares Dokument zwischen Behörden oder öffentlichen Stellen schützt die Daten.
    .article = Art. 46 Abs. 2 lit. a DSGVO
vocab-mechanism-binding_corporate_rules = Verbindliche interne Datenschutzvorschriften
    .description = Von einer Aufsichtsbehörde genehmigte Datenschutzvorschriften binden jedes Unternehmen der Unternehmensgruppe des Empfängers.
    .article = Art. 46 Abs. 2 lit. b DSGVO
vocab-mechanism-standard_contractual_clauses = Standarddatenschutzklauseln
    .description = Unser Vertrag mit dem Empfänger enthält die von der Europäischen Kommission erlassenen Standarddatenschutzklauseln.
    .article = Art. 46 Abs. 2 lit. c DSGVO
vocab-mechanism-supervisory_authority_clauses = Standarddatenschutzklauseln einer Aufsichtsbehörde
    .description = Unser Vertrag mit dem Empfänger enthält Standarddatenschutzklauseln, die eine Aufsichtsbehörde angenommen und die Europäische Kommission genehmigt hat.
    .article = Art. 46 Abs. 2 lit. d DSGVO
vocab-mechanism-code_of_conduct = Genehmigte Verhaltensregeln
    .description = Der Empfänger hält genehmigte Verhaltensregeln ein und hat sich rechtsverbindlich und durchsetzbar verpflichtet, die darin vorgesehenen Garantien anzuwenden.
    .article = Art. 46 Abs. 2 lit. e DSGVO
vocab-mechanism-certification = Genehmigter Zertifizierungsmechanismus
    .description = Der Empfänger verfügt über eine genehmigte Zertifizierung und hat sich rechtsverbindlich und durchsetzbar verpflichtet, die darin vorgesehenen Garantien anzuwenden.
    .article = Art. 46 Abs. 2 lit. f DSGVO
vocab-mechanism-ad_hoc_clauses = Einzeln genehmigte Vertragsklauseln
    .description = Für diese Übermittlung verfasste Vertragsklauseln, die die zuständige Aufsichtsbehörde genehmigt hat, schützen die Daten.
    .article = Art. 46 Abs. 3 lit. a DSGVO
vocab-mechanism-administrative_arrangement = Verwaltungsvereinbarung
    .description = Bestimmungen einer Verwaltungsvereinbarung zwischen Behörden oder öffentlichen Stellen, die die zuständige Aufsichtsbehörde genehmigt hat, schützen die Daten.
    .article = Art. 46 Abs. 3 lit. b DSGVO
vocab-mechanism-explicit_consent_derogation = Ausdrückliche Einwilligung in die Übermittlung
    .description = Sie haben in die Übermittlung ausdrücklich eingewilligt, nachdem Sie über ihre möglichen Risiken informiert wurden.
    .article = Art. 49 Abs. 1 lit. a DSGVO
vocab-mechanism-contract_derogation = Erforderlich für einen Vertrag mit Ihnen
    .description = Die Übermittlung ist für die Erfüllung eines Vertrags mit Ihnen oder zur Durchführung vorvertraglicher Maßnahmen auf Ihren Antrag erforderlich.
    .article = Art. 49 Abs. 1 lit. b DSGVO
vocab-mechanism-third_party_contract_derogation = Erforderlich für einen Vertrag in Ihrem Interesse
    .description = Die Übermittlung ist für einen Vertrag erforderlich, den wir in Ihrem Interesse mit einer anderen Person geschlossen haben.
    .article = Art. 49 Abs. 1 lit. c DSGVO
vocab-mechanism-public_interest_derogation = Wichtiges öffentliches Interesse
    .description = Die Übermittlung ist aus wichtigen, gesetzlich anerkannten Gründen des öffentlichen Interesses notwendig.
    .article = Art. 49 Abs. 1 lit. d DSGVO
vocab-mechanism-legal_claims_derogation = Rechtsansprüche
    .description = Die Übermittlung ist zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich.
    .article = Art. 49 Abs. 1 lit. e DSGVO
vocab-mechanism-vital_interests_derogation = Lebenswichtige Interessen
    .description = Die Übermittlung ist zum Schutz Ihrer lebenswichtigen Interessen oder der einer anderen Person erforderlich, wenn Sie Ihre Einwilligung nicht geben können.
    .article = Art. 49 Abs. 1 lit. f DSGVO
vocab-mechanism-public_register_derogation = Öffentliches Register
    .description = Die Daten stammen aus einem Register, das nach dem Recht der Union oder eines Mitgliedstaats der Öffentlichkeit offensteht.
    .article = Art. 49 Abs. 1 lit. g DSGVO
vocab-mechanism-compelling_interests_derogation = Zwingende berechtigte Interessen
    .description = Die Übermittlung erfolgt nicht wiederholt, betrifft nur eine begrenzte Zahl von Personen und ist für zwingende berechtigte Interessen erforderlich; sie ist durch geeignete Garantien abgesichert, und die Aufsichtsbehörde wird darüber informiert.
    .article = Art. 49 Abs. 1 UAbs. 2 DSGVO

## Kategorien von Cookies und ähnlichen Trackern.

vocab-cookie-strictly_necessary = Unbedingt erforderlich
vocab-cookie-preferences = Präferenzen
vocab-cookie-statistics = Statistik
vocab-cookie-marketing = Marketing
vocab-cookie-unspecified = Nicht angegeben

## Technologien von Trackern.

vocab-technology-cookie = Cookie
vocab-technology-local_storage = Lokaler Speicher
vocab-technology-pixel = Tracking-Pixel
vocab-technology-sdk = Software Development Kit (SDK)
vocab-technology-fingerprinting = Fingerprinting

## Wie Einwilligungen erteilt oder widerrufen werden.

vocab-consent_channel-online = Auf unserer Website oder in unserer App
vocab-consent_channel-terms = Durch Annahme unserer Bedingungen
vocab-consent_channel-email = Per E-Mail
vocab-consent_channel-phone = Telefonisch
vocab-consent_channel-post = Per Post
vocab-consent_channel-in_person = Persönlich

## Kanäle von Werbenachrichten.

vocab-channel-email = E-Mail
vocab-channel-sms = Textnachrichten (SMS)
vocab-channel-automated_call = Automatische Anrufe
vocab-channel-fax = Fax
vocab-channel-phone = Telefonanrufe
vocab-channel-push = Push-Benachrichtigungen
vocab-channel-post = Post

## Warum ein Verantwortlicher außerhalb der EU dort keinen Vertreter hat (Art. 27 Abs. 2 DSGVO).

vocab-exemption-occasional = Gelegentliche Verarbeitung
    .description = Unsere Verarbeitung erfolgt nur gelegentlich, umfasst keine umfangreiche Verarbeitung besonderer Kategorien von Daten oder von Daten über strafrechtliche Verurteilungen und Straftaten und führt voraussichtlich nicht zu einem Risiko für Ihre Rechte und Freiheiten.
    .article = Art. 27 Abs. 2 lit. a DSGVO
vocab-exemption-public_authority = Behörde oder öffentliche Stelle
    .description = Wir sind eine Behörde oder öffentliche Stelle.
    .article = Art. 27 Abs. 2 lit. b DSGVO
