## The privacy notice people read (HTML page and Markdown).
##
## Conventions (see locales/README.md):
## - Address the reader as "you" and the controller as "we", in plain language.
## - Use the official GDPR terminology of your language (../shared/reference/gdpr-terms.md):
##   controller, processor, data subject, recipient, supervisory authority, legal basis…
## - Messages are plain text: no HTML, no Markdown. Links, lists and emphasis are added by the
##   templates around the message.
## - Variables hold either author text (names, addresses, free text from the policy, inserted
##   as written) or values already formatted for your language (`$date`, `$duration`).
## - Legal citations are messages too (`.article` attributes): write them the way your
##   language cites the GDPR (e.g. German "Art. 6 Abs. 1 lit. a DSGVO").

## Page frame

# The name of this catalog's language, written in the language itself ("Deutsch", "Română").
# Shown in the language chooser and in the language switcher of every page.
language-name = English
# Title of the notice when the policy gives none.
notice-title-default = Privacy notice
# A link at the very top of the page, visible on keyboard focus, that jumps to the notice.
skip-link = Skip to the notice
# Heading and label of the table of contents.
toc-heading = Contents
# Label (for screen readers) of the list of links to the notice in other languages.
languages-nav-label = This notice in other languages
# Under the title. $version is the author's version label, such as "2026.2".
meta-version = Version { $version }
# Under the title. $date is a long date already formatted for the language ("1 March 2026").
meta-effective = Effective from { $date }
# The banner shown when the notice was built from a policy with errors.
draft-banner-title = Draft — not for publication
draft-banner-text = This notice was built from a policy that still has errors. It is incomplete and must not be published as it is.
# Footer: link text to the machine-readable form of the notice (policy.json).
footer-machine-readable = Machine-readable version of this notice (JSON)
# Footer: where the notice is published. $url is a web address.
footer-published-at = Published at { $url }

## Language chooser (site index page)

# Heading of the page that sends readers to their language.
chooser-heading = Choose your language
# Sentence under the heading.
chooser-intro = This privacy notice is available in the following languages.

## Generic values

value-yes = Yes
value-no = No
# When the policy does not say something the notice should say.
value-not-stated = Not stated
# A name followed by its legal citation, such as "Consent (Art. 6(1)(a) GDPR)".
# $name is a term from this catalog; $article is an `.article` attribute from this catalog.
term-with-article = { $name } ({ $article })

## Contact details (labels of a description list)

label-name = Name
# The name of a person (the data protection officer), not of an organisation.
label-person-name = Name
label-address = Postal address
label-email = E-mail
label-phone = Telephone
label-website = Website
label-contact-form = Contact form
label-registration = Registration number
label-country = Country

## At a glance (the summary layer, first on the page)

summary-heading = At a glance
summary-intro = The key points of this notice. The full notice below gives every detail.
# Row labels of the summary.
summary-controller = Who is responsible
summary-contact = How to reach us
summary-dpo = Data protection officer
summary-data = What data we process
# Also the caption of the summary table of purposes, legal bases and storage periods.
summary-purposes = Why we process your data, on what legal basis and for how long
summary-recipients = Who receives your data
summary-transfers = Transfers outside the EU/EEA
summary-rights = Your rights
summary-complaint = Complaints
# When the policy names no transfer outside the EU/EEA.
summary-transfers-none = The notice names no transfers of personal data outside the EU/EEA.
# When the policy names no recipients.
summary-recipients-none = The notice names no recipients of personal data.
# $authority is the name of a supervisory authority.
summary-complaint-authority = You can lodge a complaint with a supervisory authority, for example { $authority }.
summary-complaint-any = You can lodge a complaint with a supervisory authority, in particular in the EU/EEA country where you live or work.
# Heading of the short summary the policy writes for children (Art. 12(1)). It comes first on the
# page, before "At a glance"; the summary itself is the author's text, often addressing the child
# informally. Address a young reader here too.
children-heading = In short, for children and young people
# A short, prominent pointer to the right to object in the summary; the sentence links to the
# section "Your right to object" (object-heading).
summary-object = You have the right to object to some of the processing described in this notice.
# Column headers of tables.
col-purpose = Purpose
col-data = Personal data
col-basis = Legal basis
col-retention = Storage period
col-recipient = Recipient
col-role = Role
col-location = Location
col-purposes = Purposes

## About this notice

section-about = About this notice
label-scope = What this notice covers
label-audience = Who this notice is for
label-countries = Where the service is offered
label-min-age = Minimum age
# $age is a number of years.
min-age-text = { PLURAL($age) ->
    [one] You must be at least { $age } year old to use the service.
   *[other] You must be at least { $age } years old to use the service.
}
label-parental-consent = Children and parental consent
# Art. 8(1), from `parental_consent_until`: below which age a parent consents for a child.
# $age is a number of years.
parental-consent-until-age = For children under { $age }, consent must be given or authorised by the holder of parental responsibility.
# `parental_consent_until national`: the age set by the law of the child's country.
parental-consent-until-national = For children under the age of digital consent of their country, consent must be given or authorised by the holder of parental responsibility.
# $ages is a list of parental-consent-country-age joined with commas ("Spain 14, Portugal 13").
parental-consent-national-ages = Age of digital consent: { $ages }.
# $country is a country name from countries.ftl; $age is a number of years.
parental-consent-country-age = { $country } { $age }
# Art. 14(3): when people are told about data that was not obtained from them.
label-notice-timing = When we inform you about data we obtain from others
# Art. 14(5): why people are not informed individually.
label-art14-exemption = Why we do not inform everyone individually

## Controller, joint controllers, representative (Art. 13(1)(a), 26, 27)

section-controller = Who is responsible for your data
controller-intro = The controller responsible for processing your personal data is:
controller-none = The notice does not name the controller.
# The brand name of the controller. $brand is the trade name.
controller-brand = Trading as { $brand }
joint-heading = Joint controllers
joint-intro = We decide together with the following organisations why and how your personal data is processed. We are joint controllers.
label-arrangement = Essence of our arrangement
# Link text to the full arrangement between joint controllers.
arrangement-link = Read the arrangement
label-joint-purposes = Processing we carry out jointly
representative-heading = Our representative in the EU
representative-intro = As we are not established in the EU, we have designated a representative in the EU. You can contact them about any question on the processing of your personal data:
# Art. 27(2): no representative. Followed by the ground (a vocab-exemption-* term with its
# citation and its description).
representative-exempt = We are not established in the EU and have not designated a representative there. The GDPR does not require one on the following ground:

## Data protection officer (Art. 13(1)(b))

section-dpo = Data protection officer
dpo-intro = You can contact our data protection officer about any question on the processing of your personal data and on exercising your rights:

## Categories of personal data, sources, requirement to provide (Art. 13(2)(e), 14(1)(d), 14(2)(f))

section-data = What personal data we process
data-intro = We process the following categories of personal data.
label-data-kind = Kind of data
label-items = This includes
label-source = Where it comes from
label-source-name = Obtained from
source-public-yes = This source is publicly accessible.
source-public-no = This source is not publicly accessible.
label-requirement = Do you have to provide it?
label-consequence = If you do not provide it
label-used-for = Used for
label-data-retention = Storage period
# Shown on a category of data that falls under Art. 9.
data-special-note = This is a special category of personal data, which the GDPR protects more strictly.
# Shown on a category of data that falls under Art. 10.
data-criminal-note = This is personal data relating to criminal convictions and offences, which the GDPR protects more strictly.

## Purposes and legal bases (Art. 13(1)(c), (d), 13(3))

section-purposes = Why we process your data and on what legal basis
purposes-intro = For each purpose we name the personal data we use, the legal basis we rely on and how long we keep the data.
label-purpose-kind = Type of purpose
label-data-used = Personal data used
label-basis = Legal basis
label-interest = Our legitimate interest
label-balancing = Why your interests do not override it
label-law = Legal provision
label-consent-mechanism = How we ask for your consent
label-withdraw = How to withdraw your consent
# Under "How we ask for your consent" (Art. 7(2)): consent to this purpose is asked for on its own.
consent-separate = We ask for this consent on its own, apart from any other consent and from our terms.
# Faithful to the policy: the notice infers consent instead of asking for it. Keep the meaning.
consent-implied = We treat your use of the service, your silence or a box ticked in advance as your consent.
label-condition = Condition for special categories of data
label-criminal-grounds = Legal authorisation for data on criminal offences
label-retention = Storage period
label-recipients = Recipients
label-necessary = Needed to provide the service
purpose-necessary-yes = Yes: without it we cannot provide the service.
purpose-necessary-no = No: it is optional.
# Art. 13(3): the purpose goes beyond the one the data was collected for.
purpose-further = We use the data for this purpose in addition to the purpose for which we collected it.
# The purpose involves connecting to the reader's device from afar (remote support).
purpose-remote-access = For this purpose we may access your device remotely, for example during a support session.
# Label of the channels a purpose's messages use (followed by "E-mail", "Text messages"…).
label-channels = How we send these messages
# Label of what the reader should know about those messages (followed by the sentences below).
label-messages = About these messages
# ePrivacy Art. 13(2): marketing to existing customers without prior consent.
marketing-soft-opt-in = As you are our customer, we send you these messages about our own products and services similar to those you bought, without asking for your consent first. You can refuse them at any time, free of charge.
marketing-unsubscribe = Every message includes a free and simple way to unsubscribe.
# E-mail open tracking (pixels or tracked links), ePrivacy Art. 5(3).
marketing-open-tracking-yes = Our messages contain an invisible image or links that tell us whether and when you open them.
marketing-open-tracking-no = Our messages do not tell us whether or when you open them.
basis-not-stated = The notice does not state a legal basis for this purpose.
# Followed by a list of legal bases.
unmapped-bases = The notice also names the following legal bases without saying which purpose each one serves:

## Recipients (Art. 13(1)(e))

section-recipients = Who receives your personal data
recipients-intro = We disclose personal data to the following recipients or categories of recipients.
recipients-caption = Recipients of personal data
recipients-none = The notice names no recipients of personal data.
recipient-dpf = Certified under the EU-US Data Privacy Framework.
# For recipients in Canada, Japan or South Korea, whose adequacy decisions cover only part of the
# organisations there.
recipient-adequacy-scope = Covered by the adequacy decision of the European Commission for its country.
# Link text to a recipient's own privacy notice.
recipient-privacy-link = Privacy notice of this recipient

## Transfers to third countries (Art. 13(1)(f), 44–49)

section-transfers = Transfers outside the EU/EEA
transfers-intro = We transfer personal data to the following third countries. For each transfer we name the safeguard it relies on.
transfers-none = The notice names no transfers of personal data to third countries or international organisations.
label-destination = Destination
destination-not-stated = The notice does not name the country.
label-mechanism = Safeguard
label-instrument = Instrument
label-approved-by = Approved by
label-copy = How to obtain a copy of the safeguards
# A transfer impact assessment (CJEU C-311/18 "Schrems II"): label, then one of the two sentences.
label-tia = Assessment of the destination country
transfer-tia-done = We assessed the law and practice of the destination country to make sure that the safeguards protect your data effectively there.
# $date is a long date already formatted for the language ("20 January 2026").
transfer-tia-date = We assessed the law and practice of the destination country to make sure that the safeguards protect your data effectively there. Last assessment: { $date }.
label-transfer-recipients = Recipients
label-transfer-data = Personal data transferred

## Storage periods (Art. 13(2)(a))

section-retention = How long we keep your data
retention-intro = We keep personal data only for as long as each purpose requires. Where a period cannot be fixed in advance, we state the criteria used to determine it.
retention-caption = Storage period of each purpose
# A period with no starting event. $duration is already formatted ("2 years").
retention-period = { $duration }
# The criteria that set the period, in the author's words.
retention-criteria = Determined by these criteria: { $criteria }
# The law that sets a period or criteria, in the author's words.
retention-law = Required by: { $law }
retention-as-long-as-necessary = As long as necessary for the purpose (the notice states no period or criteria).
retention-indefinite = Without a time limit.

## Retention: a period after an event. $duration is already formatted ("2 years", "30 days").

retention-after-collection = { $duration } after the data is collected
retention-after-contract_end = { $duration } after the end of the contract
retention-after-account_closure = { $duration } after the account is closed
retention-after-last_contact = { $duration } after our last contact with you
retention-after-last_activity = { $duration } after your last activity in the service
retention-after-last_login = { $duration } after your last login
retention-after-consent_withdrawal = { $duration } after you withdraw your consent
retention-after-end_of_session = { $duration } after the end of the session
retention-after-purpose_fulfilled = { $duration } after the purpose has been fulfilled
retention-after-request_resolved = { $duration } after your request has been resolved
retention-after-transaction = { $duration } after the transaction
retention-after-end_of_year = { $duration } after the end of the year in which the record was made
retention-after-employment_end = { $duration } after the end of your employment
retention-after-subscription_end = { $duration } after the end of your subscription
retention-after-legal_claim_resolved = { $duration } after any legal claim has been finally resolved

## Retention: until an event happens.

retention-until-collection = Until the data is collected
retention-until-contract_end = Until the end of the contract
retention-until-account_closure = Until the account is closed
retention-until-last_contact = Until our last contact with you
retention-until-last_activity = Until your last activity in the service
retention-until-last_login = Until your last login
retention-until-consent_withdrawal = Until you withdraw your consent
retention-until-end_of_session = Until the end of the session
retention-until-purpose_fulfilled = Until the purpose has been fulfilled
retention-until-request_resolved = Until your request has been resolved
retention-until-transaction = Until the transaction
retention-until-end_of_year = Until the end of the year in which the record was made
retention-until-employment_end = Until the end of your employment
retention-until-subscription_end = Until the end of your subscription
retention-until-legal_claim_resolved = Until any legal claim has been finally resolved

## Your rights (Art. 12–22, 7(3), 77)

section-rights = Your rights
rights-intro = Under the GDPR you have the following rights. Which of them apply depends on the legal basis of the processing; we list those that apply to what we do.
rights-exercise-heading = How to exercise your rights
rights-exercise-intro = To exercise any of your rights, contact us:
rights-free = Exercising your rights is free of charge.
rights-fee = We may charge a reasonable fee, or refuse to act, only where a request is manifestly unfounded or excessive.
# $duration is already formatted ("30 days").
rights-response-time = We answer your request within { $duration }.
rights-response-default = We answer your request without undue delay and at the latest within one month.
# Heading of the separate, prominent box about the right to object (Art. 21).
object-heading = Your right to object
# Art. 21(1): processing based on legitimate interests or a task in the public interest.
object-general = Where we process your personal data on the basis of legitimate interests or for a task carried out in the public interest, you have the right to object at any time, on grounds relating to your particular situation. We then stop, unless we demonstrate compelling legitimate grounds that override your interests, rights and freedoms, or the processing is needed for legal claims.
# Art. 21(2)-(3): direct marketing.
object-marketing = You have the right to object at any time to the processing of your personal data for direct marketing, including profiling related to it. If you object, we no longer process your data for that purpose.
# Followed by a list of the purposes concerned.
object-purposes = This concerns the following purposes:
label-object-how = How to object
withdraw-heading = Withdrawing your consent
withdraw-text = Where we rely on your consent, you can withdraw it at any time, as easily as you gave it. Withdrawing consent does not affect the lawfulness of processing based on consent before its withdrawal.
complaint-heading = Your right to lodge a complaint
complaint-text = You have the right to lodge a complaint with a supervisory authority, in particular in the EU/EEA member state of your habitual residence, your place of work or the place of the alleged infringement.
complaint-authority = The supervisory authority competent for us is:
# Art. 79: the right to an effective judicial remedy against the controller.
court-text = You also have the right to an effective judicial remedy: you can bring proceedings against us before the courts of the EU/EEA member state where we have an establishment or where you habitually reside.

## Automated decisions and profiling (Art. 13(2)(f), 22)

section-automated = Automated decision-making and profiling
automated-profiling = This involves profiling.
automated-solely-yes = The decision is based solely on automated processing.
automated-solely-no = A person takes part in the decision; it is not based solely on automated processing.
automated-effects-yes = It can produce legal effects concerning you or similarly significantly affect you.
automated-effects-no = It does not produce legal effects concerning you or similarly significantly affect you.
label-logic = The logic involved
label-significance = Significance for you
label-consequences = Envisaged consequences
label-safeguards = Safeguards
label-purposes = Purposes
# Art. 22(3): shown for decisions based solely on automated processing with significant effects.
automated-rights = You have the right to obtain human intervention, to express your point of view and to contest the decision.

## Cookies and similar technologies

section-cookies = Cookies and similar technologies
cookies-intro = The following cookies and similar technologies store or read information on your device.
cookies-caption = Cookies and similar technologies
col-name = Name
col-provider = Provider
col-category = Category
col-party = Set by
col-technology = Technology
col-lifetime = Lifetime
col-consent = Consent needed
col-description = What it does
party-first = Us (first party)
party-third = A third party
lifetime-session = Until you close the browser
cookies-banner = Before any tracker that is not strictly necessary is set, a banner asks for your consent.
cookies-reject = Rejecting is as easy as accepting.
cookies-not-pre-ticked = No box is ticked in advance: trackers that are not strictly necessary are set only if you choose them.
# Faithful to the policy: the consent banner comes with boxes ticked in advance.
cookies-pre-ticked = In the consent banner, the boxes for trackers that are not strictly necessary are ticked in advance.
cookies-no-wall = You can use the website without accepting trackers that are not strictly necessary.
# Faithful to the policy: the notice says access needs acceptance of non-essential trackers.
cookies-wall = Access to the website requires accepting trackers that are not strictly necessary.
# Faithful to the policy: the notice treats continued browsing as consent.
cookies-implied = We treat continuing to browse as consent to trackers.
cookies-browser-only = You can control cookies through the settings of your browser.
# Link text to the page where people change their cookie choices.
cookies-manage-link = Change your cookie settings

## Security (Art. 32)

section-security = How we protect your data
security-measures = Our measures include:

## Further statements

section-statements = Further information
# Said for a statement of one of these kinds when the policy gives no words of its own.
statement-no-sale = We do not sell your personal data.
statement-no-automated-decisions = We do not take decisions about you based solely on automated processing that produce legal effects concerning you or similarly significantly affect you.
statement-no-special-categories = We do not process special categories of personal data, such as data about your health, religion or political opinions.

## Changes and version history

section-changes = Changes to this notice
# $duration is already formatted ("30 days").
changes-notice = We inform you of changes at least { $duration } before they take effect.
changes-active = We inform you of changes directly, for example by e-mail, and not only on this page.
changes-passive = We announce changes on this page.
# Faithful to the policy: the notice treats continued use as acceptance of changes.
changes-continued-use = The notice treats continued use of the service after a change as acceptance of that change.
history-heading = Version history
history-caption = Versions of this notice
col-version = Version
col-date = Date
col-changes = What changed
