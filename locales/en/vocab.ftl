## Names of the built-in vocabulary terms (data/vocab/*.toml), one message per term id.
## The ids after the prefix are fixed; translate only the text. Names are short labels used in
## headings, table cells and lists, so write them without a final full stop.
## `.article` attributes are legal citations: write them as your language cites the GDPR.
## `.description` and `.explanation` are full sentences addressed to the reader.

## Who a notice is addressed to (shown in "Who this notice is for").

vocab-audience-consumers = Consumers
vocab-audience-businesses = Business contacts
vocab-audience-employees = Employees
vocab-audience-job_applicants = Job applicants
vocab-audience-children = Children
vocab-audience-patients = Patients
vocab-audience-students = Students
vocab-audience-visitors = Website visitors

## Kinds of personal data (shown next to each category of data and in the summary).

vocab-data-identity = Identity data
vocab-data-contact = Contact details
vocab-data-account = Account data
vocab-data-credentials = Login credentials
vocab-data-identifiers = Identification numbers
vocab-data-online_identifiers = Online identifiers
vocab-data-device = Device data
vocab-data-usage = Usage data
vocab-data-location = Location data
vocab-data-payment = Payment details
vocab-data-financial = Financial and transaction data
vocab-data-communications = Communications
vocab-data-recordings = Recordings
vocab-data-user_content = Content you provide
vocab-data-professional = Professional details
vocab-data-preferences = Preferences
vocab-data-demographics = Demographic data
vocab-data-marketing = Marketing data
vocab-data-images = Photos and images
vocab-data-household = Household data
vocab-data-education = Education
vocab-data-racial_ethnic_origin = Racial or ethnic origin
vocab-data-political_opinions = Political opinions
vocab-data-religious_beliefs = Religious or philosophical beliefs
vocab-data-trade_union_membership = Trade union membership
vocab-data-genetic = Genetic data
vocab-data-biometric = Biometric data
vocab-data-health = Health data
vocab-data-sex_life = Sex life or sexual orientation
vocab-data-criminal = Criminal convictions and offences
vocab-data-unspecified = Not specified

## Kinds of purpose (shown as the type of each purpose and in the summary).

vocab-purpose-service_provision = Providing the service
vocab-purpose-account_management = Managing your account
vocab-purpose-customer_support = Customer support
vocab-purpose-billing = Billing and payments
vocab-purpose-order_fulfilment = Processing orders
vocab-purpose-communications = Service messages
vocab-purpose-security = IT security
# Physical security, unlike `security` above (IT systems and data): video surveillance,
# access control, visitor logs.
vocab-purpose-premises_security = Security of premises and people
vocab-purpose-fraud_prevention = Fraud prevention
vocab-purpose-legal_compliance = Meeting legal obligations
vocab-purpose-legal_claims = Legal claims
vocab-purpose-marketing = Direct marketing
vocab-purpose-advertising = Targeted advertising
vocab-purpose-personalisation = Personalisation
vocab-purpose-analytics = Usage statistics
vocab-purpose-service_improvement = Improving the service
vocab-purpose-research_development = Research and development
vocab-purpose-recruitment = Recruitment
vocab-purpose-business_transfer = Business transfers
vocab-purpose-record_keeping = Record keeping
vocab-purpose-quality_assurance = Quality assurance
vocab-purpose-feedback = Feedback and surveys
vocab-purpose-product_updates = Product updates
vocab-purpose-identity_verification = Identity verification
vocab-purpose-debt_collection = Debt collection
vocab-purpose-unspecified = Not specified

## Legal bases of Art. 6(1) GDPR. The value is the short label of the basis; `.explanation` says in plain words what the basis means for the reader, following the wording of Art. 6(1).

vocab-basis-consent = Consent
    .explanation = You have given your consent to the processing of your personal data for this specific purpose.
    .article = Art. 6(1)(a) GDPR
vocab-basis-contract = Performance of a contract
    .explanation = The processing is necessary for the performance of a contract to which you are party, or to take steps at your request before entering into a contract.
    .article = Art. 6(1)(b) GDPR
vocab-basis-legal_obligation = Legal obligation
    .explanation = The processing is necessary for compliance with a legal obligation to which we are subject.
    .article = Art. 6(1)(c) GDPR
vocab-basis-vital_interests = Vital interests
    .explanation = The processing is necessary to protect your vital interests or those of another person.
    .article = Art. 6(1)(d) GDPR
vocab-basis-public_task = Public interest or official authority
    .explanation = The processing is necessary for a task carried out in the public interest or in the exercise of official authority vested in us.
    .article = Art. 6(1)(e) GDPR
vocab-basis-legitimate_interests = Legitimate interests
    .explanation = The processing is necessary for the legitimate interests pursued by us or by a third party, and your interests, rights and freedoms do not override them.
    .article = Art. 6(1)(f) GDPR

## Conditions of Art. 9(2) GDPR for special categories of personal data.

vocab-condition-explicit_consent = Explicit consent
    .article = Art. 9(2)(a) GDPR
vocab-condition-employment_social_security = Employment and social security law
    .article = Art. 9(2)(b) GDPR
vocab-condition-vital_interests = Vital interests
    .article = Art. 9(2)(c) GDPR
vocab-condition-non_profit_body = Not-for-profit body
    .article = Art. 9(2)(d) GDPR
vocab-condition-made_public = Made public by the person
    .article = Art. 9(2)(e) GDPR
vocab-condition-legal_claims = Legal claims
    .article = Art. 9(2)(f) GDPR
vocab-condition-substantial_public_interest = Substantial public interest
    .article = Art. 9(2)(g) GDPR
vocab-condition-health_care = Health and social care
    .article = Art. 9(2)(h) GDPR
vocab-condition-public_health = Public health
    .article = Art. 9(2)(i) GDPR
vocab-condition-archiving_research = Archiving, research and statistics
    .article = Art. 9(2)(j) GDPR

## Roles of recipients (a table column). Use the GDPR terms: processor, controller, joint controller.

vocab-role-processor = Processor
vocab-role-sub_processor = Sub-processor
vocab-role-controller = Controller (independent)
vocab-role-joint_controller = Joint controller
vocab-role-public_authority = Public authority
vocab-role-affiliate = Group company
vocab-role-other = Other third party

## Whether a person has to provide data (Art. 13(2)(e)); answers the question "Do you have to provide it?".

vocab-requirement-statutory = Required by law
vocab-requirement-contractual = Required by contract
vocab-requirement-contract_prerequisite = Needed to enter into a contract
vocab-requirement-voluntary = Voluntary

## Where personal data comes from (Art. 14(2)(f)).

vocab-source-data_subject = From you
vocab-source-observed = From your use of the service
vocab-source-third_party = From third parties
vocab-source-publicly_available = From public sources
vocab-source-customer = From your employer or organisation
vocab-source-generated = Created by us

## Data-subject rights. The value is the title of the right as in the GDPR; `.description` says what the right lets the reader do.

vocab-right-access = Right of access
    .description = You can find out whether we process your personal data and, if so, obtain a copy of it together with information about the processing.
    .article = Art. 15 GDPR
vocab-right-rectification = Right to rectification
    .description = You can have inaccurate personal data corrected and incomplete data completed.
    .article = Art. 16 GDPR
vocab-right-erasure = Right to erasure (‘right to be forgotten’)
    .description = You can have your personal data erased, for example when we no longer need it or when you withdraw the consent it is based on.
    .article = Art. 17 GDPR
vocab-right-restriction = Right to restriction of processing
    .description = You can have the processing of your data restricted, for example while we check whether the data is accurate.
    .article = Art. 18 GDPR
vocab-right-portability = Right to data portability
    .description = You can receive the data you gave us, where we process it on the basis of your consent or of a contract, in a structured, commonly used and machine-readable format, and have it transmitted to another controller.
    .article = Art. 20 GDPR
vocab-right-objection = Right to object
    .description = You can object to processing based on legitimate interests or on a task in the public interest, and at any time to direct marketing.
    .article = Art. 21 GDPR
vocab-right-automated_decisions = Rights related to automated decision-making
    .description = You have the right not to be subject to a decision based solely on automated processing, including profiling, which produces legal effects concerning you or similarly significantly affects you.
    .article = Art. 22 GDPR
vocab-right-withdraw_consent = Right to withdraw consent
    .description = You can withdraw your consent at any time, as easily as you gave it, without affecting the lawfulness of processing before the withdrawal.
    .article = Art. 7(3) GDPR
vocab-right-complaint = Right to lodge a complaint with a supervisory authority
    .description = You can lodge a complaint with a supervisory authority, in particular in the member state where you live, where you work or where the alleged infringement took place.
    .article = Art. 77 GDPR

## Safeguards for transfers outside the EU/EEA (Art. 45-49 GDPR).

vocab-mechanism-adequacy = Adequacy decision
    .description = The European Commission has decided that the destination ensures an adequate level of protection of personal data.
    .article = Art. 45(3) GDPR
vocab-mechanism-data_privacy_framework = EU-US Data Privacy Framework
    .description = The recipient in the United States is certified under the EU-US Data Privacy Framework, which the European Commission has found to ensure an adequate level of protection.
    .article = Art. 45(3) GDPR
vocab-mechanism-legally_binding_instrument = Binding instrument between public bodies
    .description = A legally binding and enforceable instrument between public authorities or bodies protects the data.
    .article = Art. 46(2)(a) GDPR
vocab-mechanism-binding_corporate_rules = Binding corporate rules
    .description = Data protection rules approved by a supervisory authority bind every company of the recipient's group.
    .article = Art. 46(2)(b) GDPR
vocab-mechanism-standard_contractual_clauses = Standard data protection clauses
    .description = Our contract with the recipient contains the standard data protection clauses adopted by the European Commission.
    .article = Art. 46(2)(c) GDPR
vocab-mechanism-supervisory_authority_clauses = Standard data protection clauses of a supervisory authority
    .description = Our contract with the recipient contains standard data protection clauses adopted by a supervisory authority and approved by the European Commission.
    .article = Art. 46(2)(d) GDPR
vocab-mechanism-code_of_conduct = Approved code of conduct
    .description = The recipient follows an approved code of conduct and has made binding and enforceable commitments to apply its safeguards.
    .article = Art. 46(2)(e) GDPR
vocab-mechanism-certification = Approved certification mechanism
    .description = The recipient holds an approved certification and has made binding and enforceable commitments to apply its safeguards.
    .article = Art. 46(2)(f) GDPR
vocab-mechanism-ad_hoc_clauses = Individually authorised contractual clauses
    .description = Contractual clauses written for this transfer and authorised by the competent supervisory authority protect the data.
    .article = Art. 46(3)(a) GDPR
vocab-mechanism-administrative_arrangement = Administrative arrangement
    .description = Provisions in an administrative arrangement between public authorities or bodies, authorised by the competent supervisory authority, protect the data.
    .article = Art. 46(3)(b) GDPR
vocab-mechanism-explicit_consent_derogation = Explicit consent to the transfer
    .description = You have explicitly consented to the transfer after being informed of its possible risks.
    .article = Art. 49(1)(a) GDPR
vocab-mechanism-contract_derogation = Necessary for a contract with you
    .description = The transfer is necessary for the performance of a contract with you or for steps you asked for before entering into one.
    .article = Art. 49(1)(b) GDPR
vocab-mechanism-third_party_contract_derogation = Necessary for a contract in your interest
    .description = The transfer is necessary for a contract concluded in your interest between us and another person.
    .article = Art. 49(1)(c) GDPR
vocab-mechanism-public_interest_derogation = Important public interest
    .description = The transfer is necessary for important reasons of public interest recognised by law.
    .article = Art. 49(1)(d) GDPR
vocab-mechanism-legal_claims_derogation = Legal claims
    .description = The transfer is necessary for the establishment, exercise or defence of legal claims.
    .article = Art. 49(1)(e) GDPR
vocab-mechanism-vital_interests_derogation = Vital interests
    .description = The transfer is necessary to protect your vital interests or those of another person, where you cannot give consent.
    .article = Art. 49(1)(f) GDPR
vocab-mechanism-public_register_derogation = Public register
    .description = The data comes from a register that is open to the public under EU or member-state law.
    .article = Art. 49(1)(g) GDPR
vocab-mechanism-compelling_interests_derogation = Compelling legitimate interests
    .description = A transfer that is not repetitive, concerns only a limited number of people and is necessary for compelling legitimate interests, with suitable safeguards; the supervisory authority is informed.
    .article = Art. 49(1), second subparagraph, GDPR

## Categories of cookies and similar trackers.

vocab-cookie-strictly_necessary = Strictly necessary
vocab-cookie-preferences = Preferences
vocab-cookie-statistics = Statistics
vocab-cookie-marketing = Marketing
vocab-cookie-unspecified = Not specified

## Technologies of trackers.

vocab-technology-cookie = Cookie
vocab-technology-local_storage = Local storage
vocab-technology-pixel = Tracking pixel
vocab-technology-sdk = Software development kit
vocab-technology-fingerprinting = Fingerprinting

## How people give or withdraw consent (shown under "How we ask for your consent" and "How to
## withdraw your consent", before the author's own words).

vocab-consent_channel-online = On our website or in our app
vocab-consent_channel-terms = By accepting our terms
vocab-consent_channel-email = By e-mail
vocab-consent_channel-phone = By telephone
vocab-consent_channel-post = By post
vocab-consent_channel-in_person = In person

## Channels of marketing messages (shown under "How we send these messages").

vocab-channel-email = E-mail
vocab-channel-sms = Text messages (SMS)
vocab-channel-automated_call = Automated calls
vocab-channel-fax = Fax
vocab-channel-phone = Telephone calls
vocab-channel-push = Push notifications
vocab-channel-post = Post

## Why a controller outside the EU has no representative there (Art. 27(2)); shown after
## "representative-exempt" as the name of the ground, its citation and its description.

vocab-exemption-occasional = Occasional processing
    .description = Our processing is only occasional, does not include special categories of data or data relating to criminal convictions and offences on a large scale, and is unlikely to result in a risk to your rights and freedoms.
    .article = Art. 27(2)(a) GDPR
vocab-exemption-public_authority = Public authority or body
    .description = We are a public authority or body.
    .article = Art. 27(2)(b) GDPR
