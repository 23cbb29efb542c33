## Noms des termes du vocabulaire intégré (data/vocab/*.toml), un message par identifiant de terme.
## Les identifiants après le préfixe sont fixes ; seul le texte se traduit. Les noms sont de courts
## libellés utilisés dans des titres, des cellules de tableau et des listes : pas de point final.
## Les attributs `.article` sont des références juridiques, dans l’usage français (« art. 6.1.a du RGPD »).
## `.description` et `.explanation` sont des phrases complètes adressées au lecteur.

## À qui s’adresse la politique (affiché sous « À qui s’adresse cette politique »).

vocab-audience-consumers = Consommateurs
vocab-audience-businesses = Contacts professionnels
vocab-audience-employees = Salariés
vocab-audience-job_applicants = Candidats à un emploi
vocab-audience-children = Enfants
vocab-audience-patients = Patients
vocab-audience-students = Élèves et étudiants
vocab-audience-visitors = Visiteurs du site web

## Types de données à caractère personnel (affichés pour chaque catégorie de données et dans le résumé).

vocab-data-identity = Données d’identité
vocab-data-contact = Coordonnées
vocab-data-account = Données du compte
vocab-data-credentials = Identifiants de connexion
vocab-data-identifiers = Numéros d’identification
vocab-data-online_identifiers = Identifiants en ligne
vocab-data-device = Données relatives à l’appareil
vocab-data-usage = Données d’utilisation
vocab-data-location = Données de localisation
vocab-data-payment = Données de paiement
vocab-data-financial = Données financières et de transaction
vocab-data-communications = Communications
vocab-data-recordings = Enregistrements
vocab-data-user_content = Contenus que vous fournissez
vocab-data-professional = Informations professionnelles
vocab-data-preferences = Préférences
vocab-data-demographics = Données démographiques
vocab-data-marketing = Données marketing
vocab-data-images = Photos et images
vocab-data-household = Données relatives au foyer
vocab-data-education = Formation et parcours scolaire
vocab-data-racial_ethnic_origin = Origine raciale ou ethnique
vocab-data-political_opinions = Opinions politiques
vocab-data-religious_beliefs = Convictions religieuses ou philosophiques
vocab-data-trade_union_membership = Appartenance syndicale
vocab-data-genetic = Données génétiques
vocab-data-biometric = Données biométriques
vocab-data-health = Données concernant la santé
vocab-data-sex_life = Vie sexuelle ou orientation sexuelle
vocab-data-criminal = Condamnations pénales et infractions
vocab-data-unspecified = Non précisé

## Types de finalités (affichés comme type de chaque finalité et dans le résumé).

vocab-purpose-service_provision = Fourniture du service
vocab-purpose-account_management = Gestion de votre compte
vocab-purpose-customer_support = Assistance client
vocab-purpose-billing = Facturation et paiements
vocab-purpose-order_fulfilment = Traitement des commandes
vocab-purpose-communications = Messages relatifs au service
vocab-purpose-security = Sécurité informatique
vocab-purpose-premises_security = Sécurité des locaux et des personnes
vocab-purpose-fraud_prevention = Prévention de la fraude
vocab-purpose-legal_compliance = Respect de nos obligations légales
vocab-purpose-legal_claims = Contentieux et défense de nos droits
vocab-purpose-marketing = Prospection commerciale
vocab-purpose-advertising = Publicité ciblée
vocab-purpose-personalisation = Personnalisation
vocab-purpose-analytics = Statistiques d’utilisation
vocab-purpose-service_improvement = Amélioration du service
vocab-purpose-research_development = Recherche et développement
vocab-purpose-recruitment = Recrutement
vocab-purpose-business_transfer = Cessions et restructurations d’entreprise
vocab-purpose-record_keeping = Tenue des registres
vocab-purpose-quality_assurance = Contrôle qualité
vocab-purpose-feedback = Avis et enquêtes
vocab-purpose-product_updates = Informations sur les nouveautés de nos produits
vocab-purpose-identity_verification = Vérification d’identité
vocab-purpose-debt_collection = Recouvrement de créances
vocab-purpose-unspecified = Non précisé

## Bases juridiques de l’art. 6.1 du RGPD. La valeur est le libellé court ; `.explanation` dit en termes simples ce que la base signifie pour le lecteur, d’après le texte de l’art. 6.1.

vocab-basis-consent = Consentement
    .explanation = Vous avez consenti au traitement de vos données à caractère personnel pour cette finalité spécifique.
    .article = art. 6.1.a du RGPD
vocab-basis-contract = Exécution d’un contrat
    .explanation = Le traitement est nécessaire à l’exécution d’un contrat auquel vous êtes partie ou à l’exécution de mesures précontractuelles prises à votre demande.
    .article = art. 6.1.b du RGPD
vocab-basis-legal_obligation = Obligation légale
    .explanation = Le traitement est nécessaire au respect d’une obligation légale à laquelle nous sommes soumis.
    .article = art. 6.1.c du RGPD
vocab-basis-vital_interests = Intérêts vitaux
    .explanation = Le traitement est nécessaire à la sauvegarde de vos intérêts vitaux ou de ceux d’une autre personne.
    .article = art. 6.1.d du RGPD
vocab-basis-public_task = Mission d’intérêt public ou exercice de l’autorité publique
    .explanation = Le traitement est nécessaire à l’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique dont nous sommes investis.
    .article = art. 6.1.e du RGPD
vocab-basis-legitimate_interests = Intérêts légitimes
    .explanation = Le traitement est nécessaire aux fins des intérêts légitimes que nous poursuivons ou que poursuit un tiers, et vos intérêts, droits et libertés ne prévalent pas sur ces intérêts.
    .article = art. 6.1.f du RGPD

## Conditions de l’art. 9.2 du RGPD pour les catégories particulières de données à caractère personnel.

vocab-condition-explicit_consent = Consentement explicite
    .article = art. 9.2.a du RGPD
vocab-condition-employment_social_security = Droit du travail et de la sécurité sociale
    .article = art. 9.2.b du RGPD
vocab-condition-vital_interests = Intérêts vitaux
    .article = art. 9.2.c du RGPD
vocab-condition-non_profit_body = Organisme à but non lucratif
    .article = art. 9.2.d du RGPD
vocab-condition-made_public = Données rendues publiques par la personne concernée
    .article = art. 9.2.e du RGPD
vocab-condition-legal_claims = Constatation, exercice ou défense de droits en justice
    .article = art. 9.2.f du RGPD
vocab-condition-substantial_public_interest = Motifs d’intérêt public important
    .article = art. 9.2.g du RGPD
vocab-condition-health_care = Prise en charge sanitaire ou sociale
    .article = art. 9.2.h du RGPD
vocab-condition-public_health = Santé publique
    .article = art. 9.2.i du RGPD
vocab-condition-archiving_research = Archivage, recherche et statistiques
    .article = art. 9.2.j du RGPD

## Rôles des destinataires (une colonne de tableau). Termes du RGPD : sous-traitant, responsable du traitement, responsable conjoint du traitement.

vocab-role-processor = Sous-traitant
vocab-role-sub_processor = Sous-traitant ultérieur
vocab-role-controller = Responsable du traitement (indépendant)
vocab-role-joint_controller = Responsable conjoint du traitement
vocab-role-public_authority = Autorité publique
vocab-role-affiliate = Société du groupe
vocab-role-other = Autre tiers

## Caractère obligatoire de la fourniture des données (art. 13.2.e) ; répond à la question « Devez-vous fournir ces données ? ».

vocab-requirement-statutory = Exigées par la loi
vocab-requirement-contractual = Exigées par le contrat
vocab-requirement-contract_prerequisite = Nécessaires à la conclusion d’un contrat
vocab-requirement-voluntary = Facultatives

## Provenance des données à caractère personnel (art. 14.2.f).

vocab-source-data_subject = Collectées auprès de vous
vocab-source-observed = Issues de votre utilisation du service
vocab-source-third_party = Obtenues auprès de tiers
vocab-source-publicly_available = Issues de sources accessibles au public
vocab-source-customer = Transmises par votre employeur ou votre organisation
vocab-source-generated = Produites par nous

## Droits des personnes concernées. La valeur est l’intitulé du droit dans le RGPD ; `.description` dit ce que ce droit permet au lecteur.

vocab-right-access = Droit d’accès
    .description = Vous pouvez savoir si nous traitons des données à caractère personnel vous concernant et, si c’est le cas, en obtenir une copie ainsi que des informations sur le traitement.
    .article = art. 15 du RGPD
vocab-right-rectification = Droit de rectification
    .description = Vous pouvez faire corriger les données inexactes vous concernant et faire compléter les données incomplètes.
    .article = art. 16 du RGPD
vocab-right-erasure = Droit à l’effacement (« droit à l’oubli »)
    .description = Vous pouvez obtenir l’effacement de vos données à caractère personnel, par exemple lorsque nous n’en avons plus besoin ou lorsque vous retirez le consentement sur lequel repose leur traitement.
    .article = art. 17 du RGPD
vocab-right-restriction = Droit à la limitation du traitement
    .description = Vous pouvez obtenir la limitation du traitement de vos données, par exemple pendant que nous en vérifions l’exactitude.
    .article = art. 18 du RGPD
vocab-right-portability = Droit à la portabilité des données
    .description = Vous pouvez recevoir les données que vous nous avez fournies, lorsque nous les traitons sur la base de votre consentement ou d’un contrat, dans un format structuré, couramment utilisé et lisible par machine, et les faire transmettre à un autre responsable du traitement.
    .article = art. 20 du RGPD
vocab-right-objection = Droit d’opposition
    .description = Vous pouvez vous opposer aux traitements fondés sur des intérêts légitimes ou sur une mission d’intérêt public et, à tout moment, à la prospection.
    .article = art. 21 du RGPD
vocab-right-automated_decisions = Droits relatifs à la prise de décision automatisée
    .description = Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.
    .article = art. 22 du RGPD
vocab-right-withdraw_consent = Droit de retirer votre consentement
    .description = Vous pouvez retirer votre consentement à tout moment, aussi simplement que vous l’avez donné, sans que cela remette en cause la licéité du traitement effectué avant ce retrait.
    .article = art. 7.3 du RGPD
vocab-right-complaint = Droit d’introduire une réclamation auprès d’une autorité de contrôle
    .description = Vous pouvez introduire une réclamation auprès d’une autorité de contrôle, notamment dans l’État membre où vous résidez, celui où vous travaillez ou celui où la violation aurait été commise.
    .article = art. 77 du RGPD

## Garanties applicables aux transferts hors de l’UE/EEE (art. 45 à 49 du RGPD).

vocab-mechanism-adequacy = Décision d’adéquation
    .description = La Commission européenne a constaté que le pays de destination assure un niveau de protection adéquat des données à caractère personnel.
    .article = art. 45.3 du RGPD
vocab-mechanism-data_privacy_framework = Cadre de protection des données UE-États-Unis
    .description = Le destinataire établi aux États-Unis est certifié au titre du cadre de protection des données UE-États-Unis, dont la Commission européenne a constaté qu’il assure un niveau de protection adéquat.
    .article = art. 45.3 du RGPD
vocab-mechanism-legally_binding_instrument = Instrument contraignant entre organismes publics
    .description = Un instrument juridiquement contraignant et exécutoire entre autorités ou organismes publics protège les données.
    .article = art. 46.2.a du RGPD
vocab-mechanism-binding_corporate_rules = Règles d’entreprise contraignantes
    .description = Des règles de protection des données approuvées par une autorité de contrôle s’imposent à toutes les sociétés du groupe du destinataire.
    .article = art. 46.2.b du RGPD
vocab-mechanism-standard_contractual_clauses = Clauses types de protection des données
    .description = Notre contrat avec le destinataire comprend les clauses types de protection des données adoptées par la Commission européenne.
    .article = art. 46.2.c du RGPD
vocab-mechanism-supervisory_authority_clauses = Clauses types de protection des données adoptées par une autorité de contrôle
    .description = Notre contrat avec le destinataire comprend des clauses types de protection des données adoptées par une autorité de contrôle et approuvées par la Commission européenne.
    .article = art. 46.2.d du RGPD
vocab-mechanism-code_of_conduct = Code de conduite approuvé
    .description = Le destinataire applique un code de conduite approuvé et s’est engagé de manière contraignante et exécutoire à en appliquer les garanties.
    .article = art. 46.2.e du RGPD
vocab-mechanism-certification = Mécanisme de certification approuvé
    .description = Le destinataire dispose d’une certification approuvée et s’est engagé de manière contraignante et exécutoire à en appliquer les garanties.
    .article = art. 46.2.f du RGPD
vocab-mechanism-ad_hoc_clauses = Clauses contractuelles autorisées au cas par cas
    .description = Des clauses contractuelles rédigées pour ce transfert et autorisées par l’autorité de contrôle compétente protègent les données.
    .article = art. 46.3.a du RGPD
vocab-mechanism-administrative_arrangement = Arrangement administratif
    .description = Des dispositions intégrées dans un arrangement administratif entre autorités ou organismes publics, autorisées par l’autorité de contrôle compétente, protègent les données.
    .article = art. 46.3.b du RGPD
vocab-mechanism-explicit_consent_derogation = Consentement explicite au transfert
    .description = Vous avez explicitement consenti au transfert, après que nous vous avons exposé les risques qu’il peut comporter.
    .article = art. 49.1.a du RGPD
vocab-mechanism-contract_derogation = Nécessaire à un contrat conclu avec vous
    .description = Le transfert est nécessaire à l’exécution d’un contrat conclu avec vous ou à la mise en œuvre de mesures précontractuelles prises à votre demande.
    .article = art. 49.1.b du RGPD
vocab-mechanism-third_party_contract_derogation = Nécessaire à un contrat conclu dans votre intérêt
    .description = Le transfert est nécessaire à un contrat conclu dans votre intérêt entre nous et une autre personne.
    .article = art. 49.1.c du RGPD
vocab-mechanism-public_interest_derogation = Motifs importants d’intérêt public
    .description = Le transfert est nécessaire pour des motifs importants d’intérêt public reconnus par le droit.
    .article = art. 49.1.d du RGPD
vocab-mechanism-legal_claims_derogation = Constatation, exercice ou défense de droits en justice
    .description = Le transfert est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice.
    .article = art. 49.1.e du RGPD
vocab-mechanism-vital_interests_derogation = Intérêts vitaux
    .description = Le transfert est nécessaire à la sauvegarde de vos intérêts vitaux ou de ceux d’une autre personne, lorsque vous n’êtes pas en mesure de donner votre consentement.
    .article = art. 49.1.f du RGPD
vocab-mechanism-public_register_derogation = Registre public
    .description = Les données proviennent d’un registre ouvert au public en vertu du droit de l’Union ou du droit d’un État membre.
    .article = art. 49.1.g du RGPD
vocab-mechanism-compelling_interests_derogation = Intérêts légitimes impérieux
    .description = Le transfert ne revêt pas de caractère répétitif, ne concerne qu’un nombre limité de personnes et est nécessaire aux fins d’intérêts légitimes impérieux ; il est entouré de garanties appropriées et l’autorité de contrôle en est informée.
    .article = art. 49.1, second alinéa, du RGPD

## Catégories de cookies et traceurs similaires.

vocab-cookie-strictly_necessary = Strictement nécessaires
vocab-cookie-preferences = Préférences
vocab-cookie-statistics = Statistiques
vocab-cookie-marketing = Marketing
vocab-cookie-unspecified = Non précisé

## Technologies de traceurs.

vocab-technology-cookie = Cookie
vocab-technology-local_storage = Stockage local
vocab-technology-pixel = Pixel de suivi
vocab-technology-sdk = Kit de développement logiciel (SDK)
vocab-technology-fingerprinting = Empreinte numérique de l’appareil

## Comment le consentement est donné ou retiré.

vocab-consent_channel-online = Sur notre site ou dans notre application
vocab-consent_channel-terms = En acceptant nos conditions générales
vocab-consent_channel-email = Par courriel
vocab-consent_channel-phone = Par téléphone
vocab-consent_channel-post = Par courrier
vocab-consent_channel-in_person = En personne

## Canaux des messages de prospection.

vocab-channel-email = Courriel
vocab-channel-sms = SMS
vocab-channel-automated_call = Appels automatisés
vocab-channel-fax = Télécopie
vocab-channel-phone = Appels téléphoniques
vocab-channel-push = Notifications push
vocab-channel-post = Courrier postal

## Pourquoi un responsable du traitement établi hors de l’UE n’y a pas de représentant (art. 27.2 du RGPD).

vocab-exemption-occasional = Traitement occasionnel
    .description = Notre traitement est occasionnel, n’implique pas de traitement à grande échelle des catégories particulières de données ni de données relatives aux condamnations pénales et aux infractions, et n’est pas susceptible d’engendrer un risque pour vos droits et libertés.
    .article = art. 27.2.a du RGPD
vocab-exemption-public_authority = Autorité publique ou organisme public
    .description = Nous sommes une autorité publique ou un organisme public.
    .article = art. 27.2.b du RGPD
