## De privacyverklaring die mensen lezen (HTML-pagina en Markdown).
##
## Afspraken (zie locales/README.md):
## - Spreek de lezer aan met „u” en de verwerkingsverantwoordelijke met „wij”, in heldere taal.
## - Gebruik de officiële termen van de Nederlandse versie van de AVG (verwerkingsverantwoordelijke,
##   verwerker, betrokkene, ontvanger, toezichthoudende autoriteit, rechtsgrond …).
## - Alleen platte tekst: geen HTML, geen Markdown.
## - Verwijzingen naar de AVG in de vorm „art. 6, lid 1, onder a, AVG”.

## Paginaopbouw

# De naam van deze taal in de taal zelf; staat in de taalkeuze en de taalwisselaar.
language-name = Nederlands
# Titel van de verklaring als het beleid er geen geeft.
notice-title-default = Privacyverklaring
# Link helemaal boven aan de pagina, zichtbaar bij toetsenbordfocus, die naar de verklaring springt.
skip-link = Naar de privacyverklaring
# Kop en label van de inhoudsopgave.
toc-heading = Inhoud
# Label (voor schermlezers) van de lijst met links naar de verklaring in andere talen.
languages-nav-label = Deze privacyverklaring in andere talen
# Onder de titel. $version is het versielabel van de auteur, zoals „2026.2”.
meta-version = Versie { $version }
# Onder de titel. $date is een reeds opgemaakte datum („1 maart 2026”).
meta-effective = Geldig vanaf { $date }
# Melding wanneer de verklaring is gemaakt uit een beleid met fouten.
draft-banner-title = Concept – niet publiceren
draft-banner-text = Deze privacyverklaring is gemaakt op basis van een beleid dat nog fouten bevat. De verklaring is onvolledig en mag in deze vorm niet worden gepubliceerd.
# Voettekst: linktekst naar de machineleesbare vorm (policy.json).
footer-machine-readable = Machineleesbare versie van deze privacyverklaring (JSON)
# Voettekst: waar de verklaring is gepubliceerd. $url is een webadres.
footer-published-at = Gepubliceerd op { $url }

## Taalkeuze (indexpagina van de site)

# Kop van de pagina die lezers naar hun taal leidt.
chooser-heading = Kies uw taal
# Zin onder de kop.
chooser-intro = Deze privacyverklaring is beschikbaar in de volgende talen.

## Algemene waarden

value-yes = Ja
value-no = Nee
# Als het beleid iets niet vermeldt wat de verklaring zou moeten vermelden.
value-not-stated = Niet vermeld
# Een naam met de wettelijke verwijzing, zoals „Toestemming (art. 6, lid 1, onder a, AVG)”.
term-with-article = { $name } ({ $article })

## Contactgegevens (labels van een beschrijvingslijst)

label-name = Naam
label-person-name = Naam
label-address = Postadres
label-email = E-mail
label-phone = Telefoon
label-website = Website
label-contact-form = Contactformulier
label-registration = Registratienummer
label-country = Land

## In het kort (de samenvatting, als eerste op de pagina)

summary-heading = In het kort
summary-intro = De belangrijkste punten van deze privacyverklaring. Alle details vindt u in de volledige verklaring hieronder.
# Rijlabels van de samenvatting.
summary-controller = Verwerkingsverantwoordelijke
summary-contact = Zo bereikt u ons
summary-dpo = Functionaris voor gegevensbescherming
summary-data = Welke gegevens wij verwerken
# Ook het bijschrift van de overzichtstabel met doeleinden, rechtsgronden en bewaartermijnen.
summary-purposes = Waarom wij uw gegevens verwerken, op welke rechtsgrond en hoelang
summary-recipients = Wie uw gegevens ontvangt
summary-transfers = Doorgifte buiten de EU/EER
summary-rights = Uw rechten
summary-complaint = Klachten
# Als het beleid geen doorgifte buiten de EU/EER noemt.
summary-transfers-none = Deze privacyverklaring noemt geen doorgifte van persoonsgegevens buiten de EU/EER.
# Als het beleid geen ontvangers noemt.
summary-recipients-none = Deze privacyverklaring noemt geen ontvangers van persoonsgegevens.
# $authority is de naam van een toezichthoudende autoriteit.
summary-complaint-authority = U kunt een klacht indienen bij een toezichthoudende autoriteit, bijvoorbeeld bij { $authority }.
summary-complaint-any = U kunt een klacht indienen bij een toezichthoudende autoriteit, met name in het land van de EU/EER waar u woont of werkt.
children-heading = Kort samengevat, voor kinderen en jongeren
# Korte, opvallende verwijzing naar het recht van bezwaar; de zin linkt naar de sectie „Uw recht van bezwaar”.
summary-object = U hebt het recht om bezwaar te maken tegen een deel van de verwerking die in deze privacyverklaring wordt beschreven.
# Kolomkoppen van tabellen.
col-purpose = Doel
col-data = Persoonsgegevens
col-basis = Rechtsgrond
col-retention = Bewaartermijn
col-recipient = Ontvanger
col-role = Rol
col-location = Vestigingsplaats
col-purposes = Doeleinden

## Over deze privacyverklaring

section-about = Over deze privacyverklaring
label-scope = Waarop deze verklaring betrekking heeft
label-audience = Voor wie deze verklaring is bedoeld
label-countries = Waar de dienst wordt aangeboden
label-min-age = Minimumleeftijd
# $age is een aantal jaren.
min-age-text = { PLURAL($age) ->
    [one] U moet ten minste { $age } jaar oud zijn om de dienst te gebruiken.
   *[other] U moet ten minste { $age } jaar oud zijn om de dienst te gebruiken.
}
label-parental-consent = Kinderen en toestemming van ouders
parental-consent-until-age = Voor kinderen jonger dan { $age } jaar moet de toestemming worden gegeven of goedgekeurd door de persoon die de ouderlijke verantwoordelijkheid draagt.
parental-consent-until-national = Voor kinderen die de leeftijd voor digitale toestemming van hun land nog niet hebben bereikt, moet de toestemming worden gegeven of goedgekeurd door de persoon die de ouderlijke verantwoordelijkheid draagt.
parental-consent-national-ages = Leeftijd voor digitale toestemming: { $ages }.
parental-consent-country-age = { $country } { $age }
# Art. 14, lid 3: wanneer mensen worden geïnformeerd over gegevens die niet bij hen zijn verkregen.
label-notice-timing = Wanneer wij u informeren over gegevens die wij van anderen verkrijgen
# Art. 14, lid 5: waarom mensen niet afzonderlijk worden geïnformeerd.
label-art14-exemption = Waarom wij niet iedereen afzonderlijk informeren

## Verwerkingsverantwoordelijke, gezamenlijke verwerkingsverantwoordelijken, vertegenwoordiger (art. 13, lid 1, onder a, 26, 27)

section-controller = Wie verantwoordelijk is voor uw gegevens
controller-intro = De verwerkingsverantwoordelijke voor de verwerking van uw persoonsgegevens is:
controller-none = Deze privacyverklaring noemt de verwerkingsverantwoordelijke niet.
# De merknaam van de verwerkingsverantwoordelijke. $brand is de handelsnaam.
controller-brand = Handelend onder de naam { $brand }
joint-heading = Gezamenlijke verwerkingsverantwoordelijken
joint-intro = Samen met de volgende organisaties bepalen wij waarom en hoe uw persoonsgegevens worden verwerkt. Wij zijn gezamenlijke verwerkingsverantwoordelijken.
label-arrangement = De wezenlijke inhoud van onze regeling
# Linktekst naar de volledige regeling tussen gezamenlijke verwerkingsverantwoordelijken.
arrangement-link = Lees de regeling
label-joint-purposes = Verwerkingen die wij gezamenlijk uitvoeren
representative-heading = Onze vertegenwoordiger in de EU
representative-intro = Omdat wij niet in de EU zijn gevestigd, hebben wij een vertegenwoordiger in de EU aangewezen. U kunt zich met al uw vragen over de verwerking van uw persoonsgegevens tot deze vertegenwoordiger wenden:
representative-exempt = Wij zijn niet in de EU gevestigd en hebben daar geen vertegenwoordiger aangewezen. De AVG vereist dat in ons geval niet, om de volgende reden:

## Functionaris voor gegevensbescherming (art. 13, lid 1, onder b)

section-dpo = Functionaris voor gegevensbescherming
dpo-intro = Met al uw vragen over de verwerking van uw persoonsgegevens en over de uitoefening van uw rechten kunt u terecht bij onze functionaris voor gegevensbescherming:

## Categorieën van persoonsgegevens, bronnen, verplichting tot verstrekking (art. 13, lid 2, onder e, 14, lid 1, onder d, 14, lid 2, onder f)

section-data = Welke persoonsgegevens wij verwerken
data-intro = Wij verwerken de volgende categorieën van persoonsgegevens.
label-data-kind = Soort gegevens
label-items = Dit omvat
label-source = Herkomst
label-source-name = Verkregen van
source-public-yes = Deze bron is openbaar toegankelijk.
source-public-no = Deze bron is niet openbaar toegankelijk.
label-requirement = Bent u verplicht deze gegevens te verstrekken?
label-consequence = Als u deze gegevens niet verstrekt
label-used-for = Gebruikt voor
label-data-retention = Bewaartermijn
# Bij een categorie van gegevens die onder art. 9 valt.
data-special-note = Dit is een bijzondere categorie van persoonsgegevens, die de AVG extra streng beschermt.
# Bij een categorie van gegevens die onder art. 10 valt.
data-criminal-note = Dit zijn persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten, die de AVG extra streng beschermt.

## Doeleinden en rechtsgronden (art. 13, lid 1, onder c en d, lid 3)

section-purposes = Waarom wij uw gegevens verwerken en op welke rechtsgrond
purposes-intro = Voor elk doel vermelden wij welke persoonsgegevens wij gebruiken, op welke rechtsgrond wij ons baseren en hoelang wij de gegevens bewaren.
label-purpose-kind = Soort doel
label-data-used = Gebruikte persoonsgegevens
label-basis = Rechtsgrond
label-interest = Ons gerechtvaardigd belang
label-balancing = Waarom uw belangen niet zwaarder wegen
label-law = Wettelijke bepaling
label-consent-mechanism = Hoe wij om uw toestemming vragen
label-withdraw = Hoe u uw toestemming intrekt
consent-separate = Wij vragen deze toestemming apart, los van andere toestemmingen en van onze voorwaarden.
consent-implied = Wij beschouwen uw gebruik van de dienst, uw stilzwijgen of een vooraf aangevinkt vakje als uw toestemming.
label-condition = Voorwaarde voor bijzondere categorieën van gegevens
label-criminal-grounds = Wettelijke grondslag voor gegevens over strafbare feiten
label-retention = Bewaartermijn
label-recipients = Ontvangers
label-necessary = Nodig om de dienst te leveren
purpose-necessary-yes = Ja: zonder deze verwerking kunnen wij de dienst niet leveren.
purpose-necessary-no = Nee: deze verwerking is optioneel.
# Art. 13, lid 3: het doel gaat verder dan het doel waarvoor de gegevens zijn verzameld.
purpose-further = Wij gebruiken de gegevens voor dit doel naast het doel waarvoor wij ze hebben verzameld.
purpose-remote-access = Voor dit doel kunnen wij op afstand toegang krijgen tot uw apparaat, bijvoorbeeld tijdens een ondersteuningssessie.
label-channels = Hoe wij deze berichten versturen
label-messages = Over deze berichten
marketing-soft-opt-in = Omdat u al iets bij ons hebt gekocht, sturen wij u zonder voorafgaande toestemming deze berichten over onze eigen, vergelijkbare producten en diensten. U kunt ze op elk moment kosteloos weigeren.
marketing-unsubscribe = Elk bericht bevat een kosteloze en eenvoudige manier om u af te melden.
marketing-open-tracking-yes = Onze berichten bevatten een onzichtbare afbeelding of links die ons laten weten of en wanneer u ze opent.
marketing-open-tracking-no = Onze berichten laten ons niet weten of en wanneer u ze opent.
basis-not-stated = Deze privacyverklaring vermeldt geen rechtsgrond voor dit doel.
# Gevolgd door een lijst van rechtsgronden.
unmapped-bases = Deze privacyverklaring noemt ook de volgende rechtsgronden, zonder te vermelden voor welk doel elk daarvan geldt:

## Ontvangers (art. 13, lid 1, onder e)

section-recipients = Wie uw persoonsgegevens ontvangt
recipients-intro = Wij verstrekken persoonsgegevens aan de volgende ontvangers of categorieën van ontvangers.
recipients-caption = Ontvangers van persoonsgegevens
recipients-none = Deze privacyverklaring noemt geen ontvangers van persoonsgegevens.
recipient-dpf = Gecertificeerd onder het EU-VS-kader inzake gegevensbescherming (EU-US Data Privacy Framework).
recipient-adequacy-scope = Valt onder het adequaatheidsbesluit van de Europese Commissie voor het land van deze ontvanger.
# Linktekst naar de privacyverklaring van een ontvanger.
recipient-privacy-link = Privacyverklaring van deze ontvanger

## Doorgifte aan derde landen (art. 13, lid 1, onder f, 44–49)

section-transfers = Doorgifte buiten de EU/EER
transfers-intro = Wij geven persoonsgegevens door aan de volgende derde landen. Voor elke doorgifte vermelden wij op welke waarborg deze berust.
transfers-none = Deze privacyverklaring noemt geen doorgifte van persoonsgegevens aan derde landen of internationale organisaties.
label-destination = Bestemming
destination-not-stated = Deze privacyverklaring noemt het land niet.
label-mechanism = Waarborg
label-instrument = Instrument
label-approved-by = Goedgekeurd door
label-copy = Hoe u een kopie van de waarborgen verkrijgt
label-tia = Beoordeling van het land van bestemming
transfer-tia-done = Wij hebben de wetgeving en de praktijk van het land van bestemming beoordeeld om ervoor te zorgen dat de waarborgen uw gegevens daar doeltreffend beschermen.
transfer-tia-date = Wij hebben de wetgeving en de praktijk van het land van bestemming beoordeeld om ervoor te zorgen dat de waarborgen uw gegevens daar doeltreffend beschermen. Laatste beoordeling: { $date }.
label-transfer-recipients = Ontvangers
label-transfer-data = Doorgegeven persoonsgegevens

## Bewaartermijnen (art. 13, lid 2, onder a)

section-retention = Hoelang wij uw gegevens bewaren
retention-intro = Wij bewaren persoonsgegevens niet langer dan nodig is voor het betreffende doel. Als een termijn niet vooraf kan worden vastgesteld, vermelden wij de criteria ter bepaling van die termijn.
retention-caption = Bewaartermijn per doel
# Een termijn zonder beginmoment. $duration is reeds opgemaakt („2 jaar”).
retention-period = { $duration }
# De criteria die de termijn bepalen, in de woorden van de auteur.
retention-criteria = Bepaald aan de hand van deze criteria: { $criteria }
# De wet die een termijn of criteria voorschrijft, in de woorden van de auteur.
retention-law = Voorgeschreven door: { $law }
retention-as-long-as-necessary = Zolang nodig is voor het doel (de privacyverklaring noemt geen termijn en geen criteria).
retention-indefinite = Voor onbepaalde tijd.

## Bewaren: een termijn na een gebeurtenis. $duration is reeds opgemaakt („2 jaar”, „30 dagen”).

retention-after-collection = { $duration } na het verzamelen van de gegevens
retention-after-contract_end = { $duration } na het einde van de overeenkomst
retention-after-account_closure = { $duration } na het opheffen van het account
retention-after-last_contact = { $duration } na ons laatste contact met u
retention-after-last_activity = { $duration } na uw laatste activiteit in de dienst
retention-after-last_login = { $duration } na uw laatste aanmelding
retention-after-consent_withdrawal = { $duration } nadat u uw toestemming hebt ingetrokken
retention-after-end_of_session = { $duration } na het einde van de sessie
retention-after-purpose_fulfilled = { $duration } nadat het doel is bereikt
retention-after-request_resolved = { $duration } nadat uw verzoek is afgehandeld
retention-after-transaction = { $duration } na de transactie
retention-after-end_of_year = { $duration } na het einde van het jaar waarin de vastlegging is gemaakt
retention-after-employment_end = { $duration } na het einde van uw dienstverband
retention-after-subscription_end = { $duration } na het einde van uw abonnement
retention-after-legal_claim_resolved = { $duration } nadat eventuele rechtsvorderingen definitief zijn afgehandeld

## Bewaren: tot een gebeurtenis plaatsvindt.

retention-until-collection = Tot de gegevens worden verzameld
retention-until-contract_end = Tot het einde van de overeenkomst
retention-until-account_closure = Tot het account wordt opgeheven
retention-until-last_contact = Tot ons laatste contact met u
retention-until-last_activity = Tot uw laatste activiteit in de dienst
retention-until-last_login = Tot uw laatste aanmelding
retention-until-consent_withdrawal = Tot u uw toestemming intrekt
retention-until-end_of_session = Tot het einde van de sessie
retention-until-purpose_fulfilled = Tot het doel is bereikt
retention-until-request_resolved = Tot uw verzoek is afgehandeld
retention-until-transaction = Tot de transactie is afgerond
retention-until-end_of_year = Tot het einde van het jaar waarin de vastlegging is gemaakt
retention-until-employment_end = Tot het einde van uw dienstverband
retention-until-subscription_end = Tot het einde van uw abonnement
retention-until-legal_claim_resolved = Tot eventuele rechtsvorderingen definitief zijn afgehandeld

## Uw rechten (art. 12–22, 7, lid 3, 77)

section-rights = Uw rechten
rights-intro = Op grond van de AVG hebt u de volgende rechten. Welke daarvan van toepassing zijn, hangt af van de rechtsgrond van de verwerking; wij vermelden de rechten die gelden voor onze verwerkingen.
rights-exercise-heading = Hoe u uw rechten uitoefent
rights-exercise-intro = Neem contact met ons op om een van uw rechten uit te oefenen:
rights-free = Het uitoefenen van uw rechten is kosteloos.
rights-fee = Alleen als een verzoek kennelijk ongegrond of buitensporig is, kunnen wij een redelijke vergoeding vragen of weigeren gevolg te geven aan het verzoek.
# $duration is reeds opgemaakt („30 dagen”).
rights-response-time = Wij beantwoorden uw verzoek binnen { $duration }.
rights-response-default = Wij beantwoorden uw verzoek onverwijld en in elk geval binnen een maand.
# Kop van het aparte, opvallende kader over het recht van bezwaar (art. 21).
object-heading = Uw recht van bezwaar
# Art. 21, lid 1: verwerking op grond van gerechtvaardigde belangen of een taak van algemeen belang.
object-general = Als wij uw persoonsgegevens verwerken op grond van gerechtvaardigde belangen of voor een taak van algemeen belang, hebt u het recht om op elk moment bezwaar te maken om redenen die verband houden met uw specifieke situatie. Wij stoppen dan met de verwerking, tenzij wij dwingende gerechtvaardigde gronden aantonen die zwaarder wegen dan uw belangen, rechten en vrijheden, of de verwerking nodig is voor de instelling, uitoefening of onderbouwing van een rechtsvordering.
# Art. 21, leden 2 en 3: direct marketing.
object-marketing = U hebt het recht om op elk moment bezwaar te maken tegen de verwerking van uw persoonsgegevens voor direct marketing, met inbegrip van profilering die daarmee verband houdt. Als u bezwaar maakt, verwerken wij uw gegevens niet langer voor dat doel.
# Gevolgd door een lijst van de betrokken doeleinden.
object-purposes = Dit betreft de volgende doeleinden:
label-object-how = Hoe u bezwaar maakt
withdraw-heading = Uw toestemming intrekken
withdraw-text = Als wij ons baseren op uw toestemming, kunt u die op elk moment intrekken, even gemakkelijk als u die hebt gegeven. Het intrekken van uw toestemming doet geen afbreuk aan de rechtmatigheid van de verwerking op basis van de toestemming vóór de intrekking daarvan.
complaint-heading = Uw recht om een klacht in te dienen
complaint-text = U hebt het recht om een klacht in te dienen bij een toezichthoudende autoriteit, met name in de lidstaat van de EU/EER waar u gewoonlijk verblijft, waar u werkt of waar de vermeende inbreuk heeft plaatsgevonden.
complaint-authority = De toezichthoudende autoriteit die voor ons bevoegd is:
court-text = U hebt ook het recht om een doeltreffende voorziening in rechte in te stellen: u kunt tegen ons een procedure beginnen bij de gerechten van de lidstaat van de EU/EER waar wij een vestiging hebben of waar u gewoonlijk verblijft.

## Geautomatiseerde besluitvorming en profilering (art. 13, lid 2, onder f, 22)

section-automated = Geautomatiseerde besluitvorming en profilering
automated-profiling = Hierbij is sprake van profilering.
automated-solely-yes = Het besluit berust uitsluitend op geautomatiseerde verwerking.
automated-solely-no = Een mens is bij het besluit betrokken; het berust niet uitsluitend op geautomatiseerde verwerking.
automated-effects-yes = Aan het besluit kunnen voor u rechtsgevolgen zijn verbonden, of het kan u anderszins in aanmerkelijke mate treffen.
automated-effects-no = Aan het besluit zijn voor u geen rechtsgevolgen verbonden en het treft u ook niet anderszins in aanmerkelijke mate.
label-logic = De onderliggende logica
label-significance = Belang voor u
label-consequences = Verwachte gevolgen
label-safeguards = Waarborgen
label-purposes = Doeleinden
# Art. 22, lid 3: bij besluiten die uitsluitend op geautomatiseerde verwerking berusten en aanzienlijke gevolgen hebben.
automated-rights = U hebt het recht op menselijke tussenkomst, het recht om uw standpunt kenbaar te maken en het recht om het besluit aan te vechten.

## Cookies en vergelijkbare technieken

section-cookies = Cookies en vergelijkbare technieken
cookies-intro = Met de volgende cookies en vergelijkbare technieken wordt informatie op uw apparaat opgeslagen of uitgelezen.
cookies-caption = Cookies en vergelijkbare technieken
col-name = Naam
col-provider = Aanbieder
col-category = Categorie
col-party = Geplaatst door
col-technology = Techniek
col-lifetime = Bewaartermijn
col-consent = Toestemming nodig
col-description = Functie
party-first = Ons (eerste partij)
party-third = Derde partij
lifetime-session = Tot u de browser sluit
cookies-banner = Voordat er een tracker wordt geplaatst die niet strikt noodzakelijk is, vraagt een banner om uw toestemming.
cookies-reject = Weigeren is even eenvoudig als accepteren.
cookies-not-pre-ticked = Geen enkel vakje is vooraf aangevinkt: trackers die niet strikt noodzakelijk zijn, worden alleen geplaatst als u daarvoor kiest.
cookies-pre-ticked = In de toestemmingsbanner zijn de vakjes voor trackers die niet strikt noodzakelijk zijn vooraf aangevinkt.
cookies-no-wall = U kunt de website gebruiken zonder trackers te accepteren die niet strikt noodzakelijk zijn.
# Getrouw aan het beleid: toegang vereist het accepteren van niet-noodzakelijke trackers.
cookies-wall = Voor toegang tot de website moet u trackers accepteren die niet strikt noodzakelijk zijn.
# Getrouw aan het beleid: verder surfen geldt als toestemming.
cookies-implied = Wij beschouwen verder surfen als toestemming voor trackers.
cookies-browser-only = U kunt cookies beheren via de instellingen van uw browser.
# Linktekst naar de pagina waar men de cookiekeuzes wijzigt.
cookies-manage-link = Uw cookie-instellingen wijzigen

## Beveiliging (art. 32)

section-security = Hoe wij uw gegevens beschermen
security-measures = Onze maatregelen omvatten:

## Verdere informatie

section-statements = Verdere informatie
statement-no-sale = Wij verkopen uw persoonsgegevens niet.
statement-no-automated-decisions = Wij nemen over u geen besluiten die uitsluitend op geautomatiseerde verwerking berusten en waaraan voor u rechtsgevolgen zijn verbonden of die u anderszins in aanmerkelijke mate treffen.
statement-no-special-categories = Wij verwerken geen bijzondere categorieën van persoonsgegevens, zoals gegevens over uw gezondheid, godsdienst of politieke opvattingen.

## Wijzigingen en versiegeschiedenis

section-changes = Wijzigingen in deze privacyverklaring
# $duration is reeds opgemaakt („30 dagen”).
changes-notice = Wij informeren u ten minste { $duration } voordat wijzigingen ingaan.
changes-active = Wij informeren u rechtstreeks over wijzigingen, bijvoorbeeld per e-mail, en niet alleen op deze pagina.
changes-passive = Wij maken wijzigingen bekend op deze pagina.
# Getrouw aan het beleid: voortgezet gebruik geldt als aanvaarding van wijzigingen.
changes-continued-use = Deze privacyverklaring beschouwt het voortgezette gebruik van de dienst na een wijziging als aanvaarding van die wijziging.
history-heading = Versiegeschiedenis
history-caption = Versies van deze privacyverklaring
col-version = Versie
col-date = Datum
col-changes = Wat er is gewijzigd
