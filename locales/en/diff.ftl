## `policyc diff --format md`: the changelog entry for the "changes" section of a notice.
## Each sentence below is one bullet of the list of material changes, addressed to the people
## the notice informs ("we" is the organisation, "you" the reader). Keep them short and plain.
##
## Variables (all are text already formatted for your language and escaped for Markdown; do not
## add Markdown yourself):
##   $what  what changed, in the author's words: a purpose, a data category, a recipient…
##   $old   the value before ("not stated" when there was none)
##   $new   the value after ("not stated" when there is none)
##   $field the name of the detail that changed (one of the `diff-field-*` messages below)
##
## Values are named with the words the notice itself uses, so that the reader recognises them on
## the page: countries (countries.ftl), languages (their `language-name`), vocabulary terms
## (vocab.ftl: kinds of purpose and data, recipient roles, sources, safeguards…) and storage
## periods (the `retention-*` messages of notice.ftl). Terms and storage periods keep the
## capital letter they have on the page and are put in quotation marks by `diff-quoted`.
## The messages below that repeat a notice term in another form exist only because a sentence
## needs a form the notice lacks (a lower-case form inside a sentence): keep them in step with
## notice.ftl and vocab.ftl.

## Heading of the entry. $version is the author's version label, $date a long date.

diff-heading = Changes in version { $version }, effective { $date }
diff-heading-version = Changes in version { $version }
diff-heading-date = Changes effective { $date }
diff-heading-plain = Changes to this notice

# The only bullet when nothing material changed.
diff-none = No change in this version affects how we process your personal data.

## Values.

# Lower-case forms of `value-yes`, `value-no` and `value-not-stated` (notice.ftl), for use
# inside a sentence ("… is now yes (before: not stated)").
diff-yes = yes
diff-no = no
diff-not-stated = not stated
# A cookie that is deleted when the browser is closed: `lifetime-session` (notice.ftl) in a form
# that completes "The cookie … now lasts 1 day instead of …".
diff-session = until you close your browser
# A list of values; this is only the separator placed between two of them.
diff-list-separator = {", "}
# A term or a storage period in the notice's own words ($words, such as "Direct marketing" or
# "2 years after the end of the contract"), quoted inside a sentence: use the quotation marks of
# your language.
diff-quoted = “{ $words }”

## Legal bases, Art. 6(1) GDPR: the official short labels of your language version.
## Separate from `vocab-basis-*` (vocab.ftl), which are labels with a capital letter: these are
## the same bases named inside a sentence ("The legal basis for … is now consent").

diff-basis-consent = consent
diff-basis-contract = performance of a contract
diff-basis-legal_obligation = compliance with a legal obligation
diff-basis-vital_interests = protection of vital interests
diff-basis-public_task = a task in the public interest or in the exercise of official authority
diff-basis-legitimate_interests = legitimate interests

## Rights of the data subject: the official names of your language version.
## Separate from `vocab-right-*` (vocab.ftl), which are titles with a capital letter: these are
## the same rights named inside a sentence ("This notice no longer lists: right of access").

diff-right-access = right of access
diff-right-rectification = right to rectification
diff-right-erasure = right to erasure
diff-right-restriction = right to restriction of processing
diff-right-portability = right to data portability
diff-right-objection = right to object
diff-right-automated_decisions = right not to be subject to a decision based solely on automated processing
diff-right-withdraw_consent = right to withdraw consent
diff-right-complaint = right to lodge a complaint with a supervisory authority

## Names of details, used as $field.

diff-field-name = name
diff-field-address = postal address
diff-field-country = country
diff-field-registration = registration number
diff-field-email = e-mail address
diff-field-phone = telephone number
diff-field-url = website
diff-field-contact_form = contact form
diff-field-form = request form
diff-field-manage_url = page
diff-field-copy_from = address for obtaining a copy of the safeguards
diff-field-purposes = purposes
diff-field-audience = people this notice is for
diff-field-parental_consent_until = the age below which a parent must consent for a child
diff-field-required = obligation to provide the data
diff-field-called_anonymous = described as anonymous
diff-field-further_processing = use for a purpose other than the one the data was collected for
diff-field-necessary = necessary to provide the service
diff-field-response_time = time to answer your requests
diff-field-fee = fee for requests
diff-field-conditional = rights depending on where you live
diff-field-complaint = mention of your right to lodge a complaint
diff-field-banner = cookie banner
diff-field-reject_button = button to reject cookies
diff-field-cookie_wall = access only after accepting cookies
diff-field-implied_consent = continued browsing counts as consent
diff-field-browser_settings_only = browser settings as the only control
diff-field-continued_use_is_acceptance = continued use counts as accepting changes
diff-field-category = category
diff-field-provider = provider
diff-field-party = first or third party
diff-field-technology = technology
diff-field-consent = set only with your consent
diff-field-lifetime = lifetime
diff-field-profiling = profiling
diff-field-solely_automated = decision without human involvement
diff-field-significant_effects = legal or similarly significant effects
diff-field-dpf_certified = certified under the EU-US Data Privacy Framework
diff-field-in_adequacy_scope = covered by an adequacy decision
diff-field-recipients = recipients

## What a singleton declaration is called, as $what.

diff-what-rights = requests to exercise your rights
diff-what-cookies = cookie choices
diff-what-changes = changes to this notice
diff-what-controller = contacting us
diff-what-dpo = contacting our data protection officer
diff-what-representative = contacting our representative in the EU
diff-what-policy = this notice

## One sentence per kind of material change.

diff-controller-changed = Our { $field } as the controller is now { $new } (before: { $old }).
diff-controller-changed-party = The controller responsible for your data is now { $new } (before: { $old }).
diff-contact-changed = The { $field } for { $what } is now { $new } (before: { $old }).
diff-representative-added = We have appointed a representative in the EU: { $new }.
diff-representative-removed = We no longer name a representative in the EU (before: { $old }).
diff-representative-changed = The { $field } of our representative in the EU is now { $new } (before: { $old }).
diff-dpo-added = We have appointed a data protection officer: { $new }.
diff-dpo-removed = We no longer name a data protection officer (before: { $old }).
diff-dpo-changed = The { $field } of our data protection officer is now { $new } (before: { $old }).
diff-joint-controller-added = We now decide jointly with { $new } how some of your data is processed.
diff-joint-controller-removed = We no longer decide jointly with { $old } how your data is processed.
diff-joint-controller-changed = The { $field } of our joint controller { $what } is now { $new } (before: { $old }).
# $new: the purposes added.
diff-joint-controller-changed-purposes = We now also decide jointly with { $what } on: { $new }.
diff-data-added = We now process a new category of personal data: { $what }.
diff-data-kind-changed = The data { $what } is now classified as { $new } (before: { $old }).
# $new: only the items added, in the author's words.
diff-data-items-added = The data { $what } now also includes: { $new }.
# $new, $old: where the data comes from, as the notice says it ("From third parties").
diff-source-changed = Where the data { $what } comes from has changed: { $new } (before: { $old }).
diff-purpose-added = We now use personal data for a new purpose: { $what }.
diff-purpose-removed = We no longer use personal data for this purpose: { $what }.
diff-purpose-kind-changed = The purpose { $what } is now of the kind { $new } (before: { $old }).
# $new: the data categories now also used, shared or transferred.
diff-data-linked = { $what } now also concerns this data: { $new }.
diff-basis-changed = The legal basis for { $what } is now { $new } (before: { $old }).
diff-basis-changed-basis-implied = For { $what }, consent counts as given without a clear action on your part: { $new } (before: { $old }).
diff-condition-changed = The condition of Art. 9(2) GDPR under which we process special categories of personal data for { $what } is now { $new } (before: { $old }).
# $new, $old: storage periods in the notice's own words (the `retention-*` messages of
# notice.ftl, such as "2 years after the end of the contract"), already quoted.
diff-retention-longer = We keep the data for { $what } longer: { $new } instead of { $old }.
diff-retention-changed = How long we keep the data for { $what } has changed: { $new } (before: { $old }).
diff-recipient-added = We now share personal data with a new recipient: { $what }.
# $new, $old: the role, as the notice names it ("Processor").
diff-recipient-role-changed = The role of { $what } as a recipient of personal data is now { $new } (before: { $old }).
diff-recipient-changed = We now share personal data with { $new } instead of { $old }.
diff-recipient-changed-purposes = { $what } now also receives personal data for: { $new }.
diff-recipient-changed-recipients = The transfer { $what } now also goes to: { $new }.
# $new: the names of the countries.
diff-transfer-added = We now transfer personal data outside the EU/EEA, to: { $new }.
# $what: a recipient, or the countries a transfer went to before; $new: the countries added.
diff-destination-added = Personal data ({ $what }) now also goes to: { $new }.
diff-mechanism-changed = The safeguards for transferring personal data ({ $what }) are now { $new } (before: { $old }).
diff-mechanism-changed-field = About { $what }: { $field } is now { $new } (before: { $old }).
diff-automated-decision-added = We now make decisions about you by automated means, or build a profile of you: { $what }.
diff-automated-decision-changed = Automated decision “{ $what }”: { $field } is now { $new } (before: { $old }).
# $new: the purposes added.
diff-automated-decision-changed-purposes = The automated decision “{ $what }” is now also used for: { $new }.
diff-right-removed = This notice no longer lists: { $old }.
# $new, $old: the names of the countries of the supervisory authority.
diff-authority-changed = The supervisory authority we name for complaints is now the authority of this country: { $new } (before: { $old }).
diff-cookie-added = We now use a new cookie or similar technology: { $what }.
diff-cookie-changed = Cookie { $what }: { $field } is now { $new } (before: { $old }).
diff-lifetime-longer = The cookie { $what } now lasts { $new } instead of { $old }.
diff-min-age-changed = The minimum age to use our service is now { $new } (before: { $old }).
diff-statement-removed = We no longer make this statement: { $what }.
diff-statement-changed = The statement “{ $what }” is now of the kind { $new } (before: { $old }).
# $old: the names of the languages, each in itself ("Deutsch").
diff-language-removed = This notice is no longer published in: { $old }.
diff-detail-changed = About { $what }: { $field } is now { $new } (before: { $old }).
# $new: the groups of people added.
diff-detail-changed-audience-added = This notice now also addresses: { $new }.
diff-detail-changed-audience-removed = This notice no longer addresses: { $old }.
# Legal bases the notice lists without saying which purpose each serves.
diff-basis-changed-bases-added = This notice now also names the legal basis: { $new }.
diff-basis-changed-bases-removed = This notice no longer names the legal basis: { $old }.
# `parental_consent_until national`, as the value of diff-field-parental_consent_until.
diff-parental-consent-national = the age of digital consent of the child’s country
