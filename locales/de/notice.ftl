## Die Datenschutzhinweise, die Menschen lesen (HTML-Seite und Markdown).
##
## Konventionen (siehe locales/README.md):
## - Die Leserin oder den Leser mit „Sie“ ansprechen, den Verantwortlichen mit „wir“.
## - Die amtlichen Begriffe der deutschen Fassung der DSGVO verwenden (Verantwortlicher,
##   Auftragsverarbeiter, betroffene Person, Empfänger, Aufsichtsbehörde, Rechtsgrundlage …).
## - Nur reiner Text: kein HTML, kein Markdown.
## - Zitate der DSGVO in der Form „Art. 6 Abs. 1 lit. a DSGVO“.

## Seitenrahmen

# Name dieser Sprache in der Sprache selbst; erscheint in der Sprachauswahl.
language-name = Deutsch
# Titel der Hinweise, wenn die Policy keinen angibt.
notice-title-default = Datenschutzhinweise
# Link ganz oben auf der Seite, sichtbar bei Tastaturfokus, springt zu den Hinweisen.
skip-link = Zu den Datenschutzhinweisen springen
# Überschrift und Bezeichnung des Inhaltsverzeichnisses.
toc-heading = Inhalt
# Bezeichnung (für Screenreader) der Liste der Links auf andere Sprachfassungen.
languages-nav-label = Diese Hinweise in anderen Sprachen
# Unter dem Titel. $version ist die Versionsangabe des Autors, etwa „2026.2“.
meta-version = Version { $version }
# Unter dem Titel. $date ist ein bereits formatiertes Datum („1. März 2026“).
meta-effective = Gültig ab { $date }
# Hinweis, wenn die Hinweise aus einer fehlerhaften Policy erstellt wurden.
draft-banner-title = Entwurf – nicht zur Veröffentlichung bestimmt
draft-banner-text = Diese Hinweise wurden aus einer Policy erstellt, die noch Fehler enthält. Sie sind unvollständig und dürfen in dieser Form nicht veröffentlicht werden.
# Fußzeile: Linktext zur maschinenlesbaren Fassung (policy.json).
footer-machine-readable = Maschinenlesbare Fassung dieser Hinweise (JSON)
# Fußzeile: wo die Hinweise veröffentlicht sind. $url ist eine Webadresse.
footer-published-at = Veröffentlicht unter { $url }

## Sprachauswahl (Startseite der Website)

# Überschrift der Seite, die zur passenden Sprache führt.
chooser-heading = Wählen Sie Ihre Sprache
# Satz unter der Überschrift.
chooser-intro = Diese Datenschutzhinweise sind in den folgenden Sprachen verfügbar.

## Allgemeine Werte

value-yes = Ja
value-no = Nein
# Wenn die Policy etwas nicht angibt, was die Hinweise angeben sollten.
value-not-stated = Nicht angegeben
# Ein Name mit seiner Fundstelle, etwa „Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)“.
term-with-article = { $name } ({ $article })

## Kontaktangaben (Bezeichnungen einer Beschreibungsliste)

label-name = Name
label-person-name = Name
label-address = Postanschrift
label-email = E-Mail
label-phone = Telefon
label-website = Website
label-contact-form = Kontaktformular
label-registration = Registernummer
label-country = Land

## Auf einen Blick (die Zusammenfassung am Anfang der Seite)

summary-heading = Auf einen Blick
summary-intro = Das Wichtigste in Kürze. Alle Einzelheiten finden Sie in den ausführlichen Hinweisen weiter unten.
# Zeilenbezeichnungen der Zusammenfassung.
summary-controller = Verantwortlicher
summary-contact = So erreichen Sie uns
summary-dpo = Datenschutzbeauftragter
summary-data = Welche Daten wir verarbeiten
# Auch Überschrift der Übersichtstabelle mit Zwecken, Rechtsgrundlagen und Speicherdauer.
summary-purposes = Warum wir Ihre Daten verarbeiten, auf welcher Rechtsgrundlage und wie lange
summary-recipients = Wer Ihre Daten erhält
summary-transfers = Übermittlungen in Länder außerhalb von EU und EWR
summary-rights = Ihre Rechte
summary-complaint = Beschwerden
# Wenn die Policy keine Übermittlung außerhalb von EU und EWR nennt.
summary-transfers-none = Diese Hinweise nennen keine Übermittlungen personenbezogener Daten in Länder außerhalb von EU und EWR.
# Wenn die Policy keine Empfänger nennt.
summary-recipients-none = Diese Hinweise nennen keine Empfänger personenbezogener Daten.
# $authority ist der Name einer Aufsichtsbehörde.
summary-complaint-authority = Sie können sich bei einer Aufsichtsbehörde beschweren (zum Beispiel { $authority }).
summary-complaint-any = Sie können sich bei einer Aufsichtsbehörde beschweren, insbesondere in dem Staat der EU oder des EWR, in dem Sie wohnen oder arbeiten.
children-heading = Kurz erklärt für Kinder und Jugendliche
# Kurzer, deutlicher Hinweis auf das Widerspruchsrecht; verlinkt auf den Abschnitt „Ihr Widerspruchsrecht“.
summary-object = Sie haben das Recht, einem Teil der hier beschriebenen Verarbeitung zu widersprechen.
# Spaltenüberschriften von Tabellen.
col-purpose = Zweck
col-data = Personenbezogene Daten
col-basis = Rechtsgrundlage
col-retention = Speicherdauer
col-recipient = Empfänger
col-role = Rolle
col-location = Sitz
col-purposes = Zwecke

## Über diese Hinweise

section-about = Über diese Hinweise
label-scope = Wofür diese Hinweise gelten
label-audience = An wen sich diese Hinweise richten
label-countries = Wo der Dienst angeboten wird
label-min-age = Mindestalter
# $age ist eine Anzahl von Jahren.
min-age-text = { PLURAL($age) ->
    [one] Um den Dienst zu nutzen, müssen Sie mindestens { $age } Jahr alt sein.
   *[other] Um den Dienst zu nutzen, müssen Sie mindestens { $age } Jahre alt sein.
}
label-parental-consent = Kinder und Einwilligung der Eltern
parental-consent-until-age = { PLURAL($age) ->
    [one] Für Kinder unter { $age } Jahr muss die Einwilligung durch den Träger der elterlichen Verantwortung erteilt oder von ihm genehmigt werden.
   *[other] Für Kinder unter { $age } Jahren muss die Einwilligung durch den Träger der elterlichen Verantwortung erteilt oder von ihm genehmigt werden.
}
parental-consent-until-national = Für Kinder, die das digitale Einwilligungsalter ihres Landes noch nicht erreicht haben, muss die Einwilligung durch den Träger der elterlichen Verantwortung erteilt oder von ihm genehmigt werden.
parental-consent-national-ages = Digitales Einwilligungsalter: { $ages }.
parental-consent-country-age = { $country } { $age }
# Art. 14 Abs. 3: wann über Daten informiert wird, die nicht bei der Person erhoben wurden.
label-notice-timing = Wann wir Sie über Daten informieren, die wir von anderen erhalten
# Art. 14 Abs. 5: warum nicht jede Person einzeln informiert wird.
label-art14-exemption = Warum wir nicht jede Person einzeln informieren

## Verantwortlicher, gemeinsam Verantwortliche, Vertreter (Art. 13 Abs. 1 lit. a, Art. 26, 27)

section-controller = Wer für Ihre Daten verantwortlich ist
controller-intro = Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten ist:
controller-none = Diese Hinweise nennen den Verantwortlichen nicht.
# Die Marke des Verantwortlichen. $brand ist der Handelsname.
controller-brand = Unter der Marke { $brand }
joint-heading = Gemeinsam Verantwortliche
joint-intro = Gemeinsam mit den folgenden Organisationen legen wir fest, zu welchen Zwecken und mit welchen Mitteln Ihre personenbezogenen Daten verarbeitet werden. Wir sind gemeinsam Verantwortliche.
label-arrangement = Das Wesentliche unserer Vereinbarung
# Linktext zur vollständigen Vereinbarung der gemeinsam Verantwortlichen.
arrangement-link = Vereinbarung lesen
label-joint-purposes = Verarbeitungen, die wir gemeinsam durchführen
representative-heading = Unser Vertreter in der EU
representative-intro = Da wir keine Niederlassung in der EU haben, haben wir einen Vertreter in der EU benannt. An ihn können Sie sich mit allen Fragen zur Verarbeitung Ihrer personenbezogenen Daten wenden:
representative-exempt = Wir haben keine Niederlassung in der EU und dort keinen Vertreter benannt. Die DSGVO verlangt in unserem Fall keinen Vertreter, und zwar aus folgendem Grund:

## Datenschutzbeauftragter (Art. 13 Abs. 1 lit. b)

section-dpo = Datenschutzbeauftragter
dpo-intro = Mit allen Fragen zur Verarbeitung Ihrer personenbezogenen Daten und zur Ausübung Ihrer Rechte können Sie sich an unseren Datenschutzbeauftragten wenden:

## Kategorien personenbezogener Daten, Herkunft, Pflicht zur Bereitstellung (Art. 13 Abs. 2 lit. e, Art. 14 Abs. 1 lit. d, Abs. 2 lit. f)

section-data = Welche personenbezogenen Daten wir verarbeiten
data-intro = Wir verarbeiten die folgenden Kategorien personenbezogener Daten.
label-data-kind = Art der Daten
label-items = Dazu gehören
label-source = Herkunft
label-source-name = Erhalten von
source-public-yes = Diese Quelle ist öffentlich zugänglich.
source-public-no = Diese Quelle ist nicht öffentlich zugänglich.
label-requirement = Müssen Sie die Daten bereitstellen?
label-consequence = Wenn Sie die Daten nicht bereitstellen
label-used-for = Verwendet für
label-data-retention = Speicherdauer
# Bei einer Datenkategorie nach Art. 9.
data-special-note = Es handelt sich um eine besondere Kategorie personenbezogener Daten, die die DSGVO besonders streng schützt.
# Bei einer Datenkategorie nach Art. 10.
data-criminal-note = Es handelt sich um personenbezogene Daten über strafrechtliche Verurteilungen und Straftaten, die die DSGVO besonders streng schützt.

## Zwecke und Rechtsgrundlagen (Art. 13 Abs. 1 lit. c und d, Abs. 3)

section-purposes = Warum wir Ihre Daten verarbeiten und auf welcher Rechtsgrundlage
purposes-intro = Für jeden Zweck nennen wir die personenbezogenen Daten, die wir dafür verwenden, die Rechtsgrundlage, auf die wir uns stützen, und wie lange wir die Daten speichern.
label-purpose-kind = Art des Zwecks
label-data-used = Verwendete personenbezogene Daten
label-basis = Rechtsgrundlage
label-interest = Unser berechtigtes Interesse
label-balancing = Warum Ihre Interessen nicht überwiegen
label-law = Rechtsvorschrift
label-consent-mechanism = Wie wir Ihre Einwilligung einholen
label-withdraw = Wie Sie Ihre Einwilligung widerrufen
consent-separate = Wir holen diese Einwilligung gesondert ein, getrennt von anderen Einwilligungen und von unseren Nutzungsbedingungen.
consent-implied = Wir werten die Nutzung des Dienstes, Ihr Schweigen oder ein vorausgewähltes Kästchen als Ihre Einwilligung.
label-condition = Voraussetzung für besondere Kategorien von Daten
label-criminal-grounds = Gesetzliche Grundlage für Daten über Straftaten
label-retention = Speicherdauer
label-recipients = Empfänger
label-necessary = Für die Bereitstellung des Dienstes erforderlich
purpose-necessary-yes = Ja: Ohne diese Verarbeitung können wir den Dienst nicht bereitstellen.
purpose-necessary-no = Nein: Diese Verarbeitung ist freiwillig.
# Art. 13 Abs. 3: der Zweck geht über den ursprünglichen Erhebungszweck hinaus.
purpose-further = Wir verwenden die Daten für diesen Zweck zusätzlich zu dem Zweck, für den wir sie erhoben haben.
purpose-remote-access = Für diesen Zweck können wir aus der Ferne auf Ihr Gerät zugreifen, zum Beispiel während einer Support-Sitzung.
label-channels = Wie wir diese Nachrichten senden
label-messages = Zu diesen Nachrichten
marketing-soft-opt-in = Da Sie bei uns bereits etwas gekauft haben, senden wir Ihnen ohne vorherige Einwilligung diese Nachrichten über eigene ähnliche Produkte und Dienstleistungen. Sie können dem jederzeit kostenlos widersprechen.
marketing-unsubscribe = Jede Nachricht enthält eine kostenlose und einfache Möglichkeit, sich abzumelden.
marketing-open-tracking-yes = Unsere Nachrichten enthalten ein unsichtbares Bild oder Links, die uns mitteilen, ob und wann Sie sie öffnen.
marketing-open-tracking-no = Unsere Nachrichten teilen uns nicht mit, ob oder wann Sie sie öffnen.
basis-not-stated = Diese Hinweise nennen für diesen Zweck keine Rechtsgrundlage.
# Es folgt eine Liste von Rechtsgrundlagen.
unmapped-bases = Diese Hinweise nennen außerdem die folgenden Rechtsgrundlagen, ohne anzugeben, welchem Zweck sie jeweils dienen:

## Empfänger (Art. 13 Abs. 1 lit. e)

section-recipients = Wer Ihre personenbezogenen Daten erhält
recipients-intro = Wir geben personenbezogene Daten an die folgenden Empfänger oder Kategorien von Empfängern weiter.
recipients-caption = Empfänger personenbezogener Daten
recipients-none = Diese Hinweise nennen keine Empfänger personenbezogener Daten.
recipient-dpf = Zertifiziert nach dem Datenschutzrahmen EU-USA (EU-US Data Privacy Framework).
recipient-adequacy-scope = Fällt unter den Angemessenheitsbeschluss der Europäischen Kommission für sein Land.
# Linktext zu den Datenschutzhinweisen des Empfängers.
recipient-privacy-link = Datenschutzhinweise dieses Empfängers

## Übermittlungen an Drittländer (Art. 13 Abs. 1 lit. f, Art. 44–49)

section-transfers = Übermittlungen in Länder außerhalb von EU und EWR
transfers-intro = Wir übermitteln personenbezogene Daten in die folgenden Drittländer. Für jede Übermittlung nennen wir die Garantie, auf der sie beruht.
transfers-none = Diese Hinweise nennen keine Übermittlungen personenbezogener Daten an Drittländer oder internationale Organisationen.
label-destination = Ziel
destination-not-stated = Diese Hinweise nennen das Land nicht.
label-mechanism = Garantie
label-instrument = Instrument
label-approved-by = Genehmigt durch
label-copy = Wie Sie eine Kopie der Garantien erhalten
label-tia = Prüfung des Ziellandes
transfer-tia-done = Wir haben Recht und Praxis des Ziellandes geprüft, um sicherzustellen, dass die Garantien Ihre Daten dort wirksam schützen.
transfer-tia-date = Wir haben Recht und Praxis des Ziellandes geprüft, um sicherzustellen, dass die Garantien Ihre Daten dort wirksam schützen. Letzte Prüfung: { $date }.
label-transfer-recipients = Empfänger
label-transfer-data = Übermittelte personenbezogene Daten

## Speicherdauer (Art. 13 Abs. 2 lit. a)

section-retention = Wie lange wir Ihre Daten speichern
retention-intro = Wir speichern personenbezogene Daten nur so lange, wie es der jeweilige Zweck erfordert. Wo sich die Dauer nicht im Voraus festlegen lässt, nennen wir die Kriterien, nach denen wir sie bestimmen.
retention-caption = Speicherdauer je Zweck
# Eine Frist ohne auslösendes Ereignis. $duration ist bereits formatiert („2 Jahre“).
retention-period = { $duration }
# Die Kriterien für die Dauer, in den Worten des Autors.
retention-criteria = Bestimmt nach folgenden Kriterien: { $criteria }
# Die Rechtsvorschrift, die eine Frist oder Kriterien vorgibt, in den Worten des Autors.
retention-law = Vorgeschrieben durch: { $law }
retention-as-long-as-necessary = So lange, wie es für den Zweck erforderlich ist (die Hinweise nennen weder eine Frist noch Kriterien).
retention-indefinite = Ohne zeitliche Begrenzung.

## Speicherung für eine Frist nach einem Ereignis. $duration ist bereits formatiert („2 Jahre“, „30 Tage“).

retention-after-collection = { $duration } nach Erhebung der Daten
retention-after-contract_end = { $duration } nach Vertragsende
retention-after-account_closure = { $duration } nach Schließung des Nutzerkontos
retention-after-last_contact = { $duration } nach unserem letzten Kontakt mit Ihnen
retention-after-last_activity = { $duration } nach Ihrer letzten Aktivität im Dienst
retention-after-last_login = { $duration } nach Ihrer letzten Anmeldung
retention-after-consent_withdrawal = { $duration } nach dem Widerruf Ihrer Einwilligung
retention-after-end_of_session = { $duration } nach dem Ende der Sitzung
retention-after-purpose_fulfilled = { $duration } nach Erreichen des Zwecks
retention-after-request_resolved = { $duration } nach Erledigung Ihrer Anfrage
retention-after-transaction = { $duration } nach der Transaktion
retention-after-end_of_year = { $duration } nach Ablauf des Jahres, in dem die Aufzeichnung entstanden ist
retention-after-employment_end = { $duration } nach Ende Ihres Beschäftigungsverhältnisses
retention-after-subscription_end = { $duration } nach Ende Ihres Abonnements
retention-after-legal_claim_resolved = { $duration } nach endgültiger Klärung etwaiger Rechtsansprüche

## Speicherung bis zu einem Ereignis.

retention-until-collection = Bis zur Erhebung der Daten
retention-until-contract_end = Bis zum Vertragsende
retention-until-account_closure = Bis zur Schließung des Nutzerkontos
retention-until-last_contact = Bis zu unserem letzten Kontakt mit Ihnen
retention-until-last_activity = Bis zu Ihrer letzten Aktivität im Dienst
retention-until-last_login = Bis zu Ihrer letzten Anmeldung
retention-until-consent_withdrawal = Bis zum Widerruf Ihrer Einwilligung
retention-until-end_of_session = Bis zum Ende der Sitzung
retention-until-purpose_fulfilled = Bis der Zweck erreicht ist
retention-until-request_resolved = Bis Ihre Anfrage erledigt ist
retention-until-transaction = Bis zum Abschluss der Transaktion
retention-until-end_of_year = Bis zum Ablauf des Jahres, in dem die Aufzeichnung entstanden ist
retention-until-employment_end = Bis zum Ende Ihres Beschäftigungsverhältnisses
retention-until-subscription_end = Bis zum Ende Ihres Abonnements
retention-until-legal_claim_resolved = Bis zur endgültigen Klärung etwaiger Rechtsansprüche

## Ihre Rechte (Art. 12–22, Art. 7 Abs. 3, Art. 77)

section-rights = Ihre Rechte
rights-intro = Nach der DSGVO haben Sie die folgenden Rechte. Welche davon gelten, hängt von der Rechtsgrundlage der Verarbeitung ab; wir führen die Rechte auf, die für unsere Verarbeitung gelten.
rights-exercise-heading = So üben Sie Ihre Rechte aus
rights-exercise-intro = Um eines Ihrer Rechte auszuüben, wenden Sie sich an uns:
rights-free = Die Ausübung Ihrer Rechte ist für Sie kostenlos.
rights-fee = Nur bei offenkundig unbegründeten oder exzessiven Anträgen können wir ein angemessenes Entgelt verlangen oder uns weigern, tätig zu werden.
# $duration ist bereits formatiert („30 Tage“).
rights-response-time = Wir beantworten Ihre Anfrage spätestens { $duration } nach ihrem Eingang.
rights-response-default = Wir beantworten Ihre Anfrage unverzüglich, spätestens aber innerhalb eines Monats.
# Überschrift des gesonderten, hervorgehobenen Kastens zum Widerspruchsrecht (Art. 21).
object-heading = Ihr Widerspruchsrecht
# Art. 21 Abs. 1: Verarbeitung auf Grundlage berechtigter Interessen oder einer Aufgabe im öffentlichen Interesse.
object-general = Verarbeiten wir Ihre personenbezogenen Daten auf der Grundlage berechtigter Interessen oder zur Wahrnehmung einer Aufgabe im öffentlichen Interesse, haben Sie das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch einzulegen. Wir verarbeiten die Daten dann nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe nachweisen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.
# Art. 21 Abs. 2 und 3: Direktwerbung.
object-marketing = Sie haben das Recht, jederzeit Widerspruch gegen die Verarbeitung Ihrer personenbezogenen Daten zum Zwecke der Direktwerbung einzulegen; dies gilt auch für ein damit verbundenes Profiling. Wenn Sie widersprechen, verarbeiten wir Ihre Daten nicht mehr für diesen Zweck.
# Es folgt eine Liste der betroffenen Zwecke.
object-purposes = Dies betrifft die folgenden Zwecke:
label-object-how = So legen Sie Widerspruch ein
withdraw-heading = Widerruf Ihrer Einwilligung
withdraw-text = Soweit wir uns auf Ihre Einwilligung stützen, können Sie diese jederzeit widerrufen, und zwar ebenso einfach, wie Sie sie erteilt haben. Der Widerruf berührt nicht die Rechtmäßigkeit der bis dahin auf Grundlage der Einwilligung erfolgten Verarbeitung.
complaint-heading = Ihr Recht auf Beschwerde
complaint-text = Sie haben das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Mitgliedstaat der EU oder des EWR, in dem Sie Ihren gewöhnlichen Aufenthalt oder Ihren Arbeitsplatz haben oder in dem der mutmaßliche Verstoß begangen wurde.
complaint-authority = Die für uns zuständige Aufsichtsbehörde ist:
court-text = Sie haben außerdem das Recht auf einen wirksamen gerichtlichen Rechtsbehelf: Sie können gegen uns vor den Gerichten des Mitgliedstaats der EU oder des EWR klagen, in dem wir eine Niederlassung haben oder in dem Sie Ihren gewöhnlichen Aufenthalt haben.

## Automatisierte Entscheidungen und Profiling (Art. 13 Abs. 2 lit. f, Art. 22)

section-automated = Automatisierte Entscheidungen im Einzelfall und Profiling
automated-profiling = Dabei findet ein Profiling statt.
automated-solely-yes = Die Entscheidung beruht ausschließlich auf einer automatisierten Verarbeitung.
automated-solely-no = An der Entscheidung wirkt ein Mensch mit; sie beruht nicht ausschließlich auf einer automatisierten Verarbeitung.
automated-effects-yes = Sie kann Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.
automated-effects-no = Sie entfaltet Ihnen gegenüber keine rechtliche Wirkung und beeinträchtigt Sie auch nicht in ähnlicher Weise erheblich.
label-logic = Involvierte Logik
label-significance = Tragweite für Sie
label-consequences = Angestrebte Auswirkungen
label-safeguards = Schutzmaßnahmen
label-purposes = Zwecke
# Art. 22 Abs. 3: bei ausschließlich automatisierten Entscheidungen mit erheblicher Wirkung.
automated-rights = Sie haben das Recht, das Eingreifen einer Person auf unserer Seite zu erwirken, Ihren eigenen Standpunkt darzulegen und die Entscheidung anzufechten.

## Cookies und ähnliche Technologien

section-cookies = Cookies und ähnliche Technologien
cookies-intro = Die folgenden Cookies und ähnlichen Technologien speichern Informationen auf Ihrem Gerät oder lesen sie dort aus.
cookies-caption = Cookies und ähnliche Technologien
col-name = Name
col-provider = Anbieter
col-category = Kategorie
col-party = Gesetzt von
col-technology = Technologie
col-lifetime = Speicherdauer
col-consent = Einwilligung erforderlich
col-description = Funktion
party-first = Uns (Erstanbieter)
party-third = Drittanbieter
lifetime-session = Bis Sie den Browser schließen
cookies-banner = Bevor ein nicht unbedingt erforderlicher Tracker gesetzt wird, bittet ein Banner um Ihre Einwilligung.
cookies-reject = Ablehnen ist genauso einfach wie Zustimmen.
cookies-not-pre-ticked = Kein Kästchen ist vorausgewählt: Tracker, die nicht unbedingt erforderlich sind, werden nur gesetzt, wenn Sie sie auswählen.
cookies-pre-ticked = Im Einwilligungsbanner sind die Kästchen für nicht unbedingt erforderliche Tracker vorausgewählt.
cookies-no-wall = Sie können die Website nutzen, ohne Tracker zu akzeptieren, die nicht unbedingt erforderlich sind.
# Treu zur Policy: Zugang nur bei Annahme nicht notwendiger Tracker.
cookies-wall = Der Zugang zur Website setzt voraus, dass Sie Tracker akzeptieren, die nicht unbedingt erforderlich sind.
# Treu zur Policy: Weitersurfen gilt als Einwilligung.
cookies-implied = Wir werten das Weitersurfen als Einwilligung in Tracker.
cookies-browser-only = Sie können Cookies über die Einstellungen Ihres Browsers steuern.
# Linktext zur Seite, auf der man die Cookie-Auswahl ändert.
cookies-manage-link = Cookie-Einstellungen ändern

## Sicherheit (Art. 32)

section-security = Wie wir Ihre Daten schützen
security-measures = Zu unseren Maßnahmen gehören:

## Weitere Angaben

section-statements = Weitere Informationen
statement-no-sale = Wir verkaufen Ihre personenbezogenen Daten nicht.
statement-no-automated-decisions = Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.
statement-no-special-categories = Wir verarbeiten keine besonderen Kategorien personenbezogener Daten, etwa Daten über Ihre Gesundheit, Ihre Religion oder Ihre politischen Meinungen.

## Änderungen und Versionsverlauf

section-changes = Änderungen dieser Hinweise
# $duration ist bereits formatiert („30 Tage“).
changes-notice = Über Änderungen informieren wir Sie mindestens { $duration } vor ihrem Inkrafttreten.
changes-active = Über Änderungen informieren wir Sie direkt, zum Beispiel per E-Mail, und nicht nur auf dieser Seite.
changes-passive = Änderungen geben wir auf dieser Seite bekannt.
# Treu zur Policy: weitere Nutzung gilt als Annahme der Änderung.
changes-continued-use = Diese Hinweise werten die weitere Nutzung des Dienstes nach einer Änderung als Annahme dieser Änderung.
history-heading = Versionsverlauf
history-caption = Versionen dieser Hinweise
col-version = Version
col-date = Datum
col-changes = Was sich geändert hat
