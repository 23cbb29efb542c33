## La politique de confidentialité lue par les personnes (page HTML et Markdown).
##
## Conventions (voir locales/README.md) :
## - On s’adresse au lecteur par « vous » ; le responsable du traitement parle de lui-même par « nous ».
## - Terminologie officielle de la version française du RGPD (../shared/reference/gdpr-terms.md) :
##   responsable du traitement, sous-traitant, personne concernée, destinataire, autorité de contrôle…
## - Texte brut uniquement : ni HTML ni Markdown. Les liens, listes et mises en valeur sont ajoutés par
##   les gabarits.
## - Les variables contiennent soit un texte de l’auteur (noms, adresses, texte libre de la politique,
##   inséré tel quel), soit une valeur déjà formatée pour le français (`$date`, `$duration`).
## - Les références juridiques (attributs `.article`) suivent l’usage français : « art. 6.1.a du RGPD ».

## Cadre de la page

# Nom de la langue de ce catalogue, dans cette langue. Affiché dans le sélecteur de langue.
language-name = Français
# Titre de la politique lorsque l’auteur n’en donne pas.
notice-title-default = Politique de confidentialité
# Lien tout en haut de la page, visible au focus clavier, qui mène directement au texte.
skip-link = Aller directement à la politique de confidentialité
# Titre et libellé de la table des matières.
toc-heading = Sommaire
# Libellé (pour les lecteurs d’écran) de la liste des liens vers les autres langues.
languages-nav-label = Cette politique dans d’autres langues
# Sous le titre. $version est le numéro de version donné par l’auteur, par exemple « 2026.2 ».
meta-version = Version { $version }
# Sous le titre. $date est une date longue déjà formatée (« 1 mars 2026 »).
meta-effective = Applicable à compter du { $date }
# Bandeau affiché lorsque la politique a été produite malgré des erreurs.
draft-banner-title = Projet — ne pas publier
draft-banner-text = Ce document a été produit à partir d’une politique qui comporte encore des erreurs. Il est incomplet et ne doit pas être publié en l’état.
# Pied de page : lien vers la version lisible par machine (policy.json).
footer-machine-readable = Version lisible par machine de cette politique (JSON)
# Pied de page : adresse de publication. $url est une adresse web.
footer-published-at = Publiée à l’adresse { $url }

## Sélecteur de langue (page d’accueil du site)

chooser-heading = Choisissez votre langue
chooser-intro = Cette politique de confidentialité est disponible dans les langues suivantes.

## Valeurs génériques

value-yes = Oui
value-no = Non
# Lorsque la politique ne précise pas une information qu’elle devrait donner.
value-not-stated = Non précisé
# Un terme suivi de sa référence juridique, par exemple « Consentement (art. 6.1.a du RGPD) ».
term-with-article = { $name } ({ $article })

## Coordonnées (libellés d’une liste de descriptions)

label-name = Nom
label-person-name = Nom
label-address = Adresse postale
label-email = Courriel
label-phone = Téléphone
label-website = Site web
label-contact-form = Formulaire de contact
label-registration = Numéro d’immatriculation
label-country = Pays

## L’essentiel (le résumé, en tête de page)

summary-heading = L’essentiel
summary-intro = Les points clés de cette politique. Vous trouverez tous les détails dans la version complète ci-dessous.
summary-controller = Qui est responsable
summary-contact = Comment nous joindre
summary-dpo = Délégué à la protection des données
summary-data = Les données que nous traitons
# Aussi la légende du tableau récapitulatif des finalités, bases juridiques et durées de conservation.
summary-purposes = Pourquoi nous traitons vos données, sur quelle base juridique et pendant combien de temps
summary-recipients = Qui reçoit vos données
summary-transfers = Transferts hors de l’UE/EEE
summary-rights = Vos droits
summary-complaint = Réclamations
summary-transfers-none = La présente politique ne mentionne aucun transfert de données à caractère personnel hors de l’UE/EEE.
summary-recipients-none = La présente politique ne mentionne aucun destinataire de données à caractère personnel.
# $authority est le nom d’une autorité de contrôle.
summary-complaint-authority = Vous pouvez introduire une réclamation auprès d’une autorité de contrôle, par exemple { $authority }.
summary-complaint-any = Vous pouvez introduire une réclamation auprès d’une autorité de contrôle, notamment dans le pays de l’UE/EEE où vous résidez ou travaillez.
children-heading = En bref, pour les enfants et les jeunes
# Renvoi bref vers la section « Votre droit d’opposition » (object-heading).
summary-object = Vous avez le droit de vous opposer à certains des traitements décrits dans cette politique.
# En-têtes de colonnes des tableaux.
col-purpose = Finalité
col-data = Données à caractère personnel
col-basis = Base juridique
col-retention = Durée de conservation
col-recipient = Destinataire
col-role = Rôle
col-location = Localisation
col-purposes = Finalités

## À propos de cette politique

section-about = À propos de cette politique
label-scope = Champ d’application
label-audience = À qui s’adresse cette politique
label-countries = Pays où le service est proposé
label-min-age = Âge minimum
# $age est un nombre d’années.
min-age-text = { PLURAL($age) ->
    [one] Vous devez avoir au moins { $age } an pour utiliser le service.
    [many] Vous devez avoir au moins { $age } ans pour utiliser le service.
   *[other] Vous devez avoir au moins { $age } ans pour utiliser le service.
}
label-parental-consent = Enfants et consentement parental
parental-consent-until-age = { PLURAL($age) ->
    [one] Pour les enfants de moins de { $age } an, le consentement doit être donné ou autorisé par le titulaire de la responsabilité parentale.
    [many] Pour les enfants de moins de { $age } ans, le consentement doit être donné ou autorisé par le titulaire de la responsabilité parentale.
   *[other] Pour les enfants de moins de { $age } ans, le consentement doit être donné ou autorisé par le titulaire de la responsabilité parentale.
}
parental-consent-until-national = Pour les enfants qui n’ont pas atteint l’âge de la majorité numérique fixé par leur pays, le consentement doit être donné ou autorisé par le titulaire de la responsabilité parentale.
parental-consent-national-ages = Âge de la majorité numérique : { $ages }.
parental-consent-country-age = { $country } { $age }
# Art. 14.3 : quand les personnes sont informées des données qui n’ont pas été collectées auprès d’elles.
label-notice-timing = Quand nous vous informons des données obtenues auprès d’autres sources
# Art. 14.5 : pourquoi les personnes ne sont pas informées individuellement.
label-art14-exemption = Pourquoi nous n’informons pas chaque personne individuellement

## Responsable du traitement, responsables conjoints, représentant (art. 13.1.a, 26, 27)

section-controller = Qui est responsable de vos données
controller-intro = Le responsable du traitement de vos données à caractère personnel est :
controller-none = La présente politique ne désigne pas le responsable du traitement.
# $brand est le nom commercial du responsable du traitement.
controller-brand = Nom commercial : { $brand }
joint-heading = Responsables conjoints du traitement
joint-intro = Nous décidons avec les organismes suivants pourquoi et comment vos données à caractère personnel sont traitées. Nous sommes responsables conjoints du traitement.
label-arrangement = Les grandes lignes de notre accord
# Lien vers le texte complet de l’accord entre responsables conjoints.
arrangement-link = Consulter l’accord
label-joint-purposes = Traitements que nous effectuons conjointement
representative-heading = Notre représentant dans l’UE
representative-intro = Comme nous ne sommes pas établis dans l’UE, nous y avons désigné un représentant. Vous pouvez vous adresser à lui pour toute question relative au traitement de vos données à caractère personnel :
representative-exempt = Nous ne sommes pas établis dans l’UE et n’y avons pas désigné de représentant. Le RGPD ne l’exige pas dans notre cas, pour le motif suivant :

## Délégué à la protection des données (art. 13.1.b)

section-dpo = Délégué à la protection des données
dpo-intro = Vous pouvez contacter notre délégué à la protection des données pour toute question relative au traitement de vos données à caractère personnel et à l’exercice de vos droits :

## Catégories de données, sources, caractère obligatoire (art. 13.2.e, 14.1.d, 14.2.f)

section-data = Les données à caractère personnel que nous traitons
data-intro = Nous traitons les catégories de données à caractère personnel suivantes.
label-data-kind = Type de données
label-items = Cela comprend
label-source = Provenance
label-source-name = Obtenues auprès de
source-public-yes = Cette source est accessible au public.
source-public-no = Cette source n’est pas accessible au public.
label-requirement = Devez-vous fournir ces données ?
label-consequence = Si vous ne les fournissez pas
label-used-for = Utilisées pour
label-data-retention = Durée de conservation
# Affiché sur une catégorie de données relevant de l’art. 9.
data-special-note = Il s’agit d’une catégorie particulière de données à caractère personnel, que le RGPD protège plus strictement.
# Affiché sur une catégorie de données relevant de l’art. 10.
data-criminal-note = Il s’agit de données à caractère personnel relatives aux condamnations pénales et aux infractions, que le RGPD protège plus strictement.

## Finalités et bases juridiques (art. 13.1.c, 13.1.d, 13.3)

section-purposes = Pourquoi nous traitons vos données et sur quelle base juridique
purposes-intro = Pour chaque finalité, nous indiquons les données à caractère personnel utilisées, la base juridique sur laquelle nous nous fondons et la durée pendant laquelle nous conservons les données.
label-purpose-kind = Type de finalité
label-data-used = Données à caractère personnel utilisées
label-basis = Base juridique
label-interest = Notre intérêt légitime
label-balancing = Pourquoi vos intérêts ne prévalent pas
label-law = Disposition légale
label-consent-mechanism = Comment nous recueillons votre consentement
label-withdraw = Comment retirer votre consentement
consent-separate = Nous recueillons ce consentement séparément, indépendamment de tout autre consentement et de nos conditions générales.
consent-implied = Nous considérons l’utilisation du service, votre silence ou une case cochée par défaut comme votre consentement.
label-condition = Condition applicable aux catégories particulières de données
label-criminal-grounds = Autorisation légale du traitement des données relatives aux infractions
label-retention = Durée de conservation
label-recipients = Destinataires
label-necessary = Nécessaire à la fourniture du service
purpose-necessary-yes = Oui : sans ce traitement, nous ne pouvons pas fournir le service.
purpose-necessary-no = Non : ce traitement est facultatif.
# Art. 13.3 : la finalité va au-delà de celle pour laquelle les données ont été collectées.
purpose-further = Nous utilisons les données pour cette finalité en plus de celle pour laquelle nous les avons collectées.
purpose-remote-access = Pour cette finalité, nous pouvons accéder à distance à votre appareil, par exemple lors d’une session d’assistance.
label-channels = Comment nous envoyons ces messages
label-messages = À propos de ces messages
marketing-soft-opt-in = Comme vous nous avez déjà acheté des produits ou des services, nous vous envoyons ces messages sur nos propres produits et services analogues sans vous demander au préalable votre consentement. Vous pouvez les refuser à tout moment, gratuitement.
marketing-unsubscribe = Chaque message comporte un moyen simple et gratuit de vous désabonner.
marketing-open-tracking-yes = Nos messages contiennent une image invisible ou des liens qui nous indiquent si et quand vous les ouvrez.
marketing-open-tracking-no = Nos messages ne nous indiquent pas si vous les ouvrez, ni quand.
basis-not-stated = La présente politique n’indique aucune base juridique pour cette finalité.
# Suivi d’une liste de bases juridiques.
unmapped-bases = La présente politique mentionne également les bases juridiques suivantes, sans préciser à quelle finalité chacune se rapporte :

## Destinataires (art. 13.1.e)

section-recipients = Qui reçoit vos données à caractère personnel
recipients-intro = Nous communiquons des données à caractère personnel aux destinataires ou catégories de destinataires suivants.
recipients-caption = Destinataires des données à caractère personnel
recipients-none = La présente politique ne mentionne aucun destinataire de données à caractère personnel.
recipient-dpf = Certifié au titre du cadre de protection des données UE-États-Unis.
recipient-adequacy-scope = Relève de la décision d’adéquation de la Commission européenne relative à son pays.
# Lien vers la politique de confidentialité du destinataire.
recipient-privacy-link = Politique de confidentialité de ce destinataire

## Transferts vers des pays tiers (art. 13.1.f, 44 à 49)

section-transfers = Transferts hors de l’UE/EEE
transfers-intro = Nous transférons des données à caractère personnel vers les pays tiers suivants. Pour chaque transfert, nous indiquons la garantie sur laquelle il repose.
transfers-none = La présente politique ne mentionne aucun transfert de données à caractère personnel vers un pays tiers ou une organisation internationale.
label-destination = Destination
destination-not-stated = La présente politique ne précise pas le pays.
label-mechanism = Garantie
label-instrument = Instrument
label-approved-by = Approuvé par
label-copy = Comment obtenir une copie des garanties
label-tia = Évaluation du pays de destination
transfer-tia-done = Nous avons évalué la législation et les pratiques du pays de destination pour nous assurer que les garanties y protègent efficacement vos données.
transfer-tia-date = Nous avons évalué la législation et les pratiques du pays de destination pour nous assurer que les garanties y protègent efficacement vos données. Dernière évaluation : { $date }.
label-transfer-recipients = Destinataires
label-transfer-data = Données à caractère personnel transférées

## Durées de conservation (art. 13.2.a)

section-retention = Combien de temps nous conservons vos données
retention-intro = Nous ne conservons les données à caractère personnel que le temps nécessaire à chaque finalité. Lorsqu’une durée ne peut pas être fixée à l’avance, nous indiquons les critères utilisés pour la déterminer.
retention-caption = Durée de conservation pour chaque finalité
# Une durée sans événement de départ. $duration est déjà formatée (« 2 ans »).
retention-period = { $duration }
# Les critères qui déterminent la durée, dans les termes de l’auteur.
retention-criteria = Déterminée selon les critères suivants : { $criteria }
# Le texte de loi qui fixe la durée ou les critères, dans les termes de l’auteur.
retention-law = Imposée par : { $law }
retention-as-long-as-necessary = Aussi longtemps que nécessaire à la finalité (la présente politique n’indique ni durée ni critères).
retention-indefinite = Sans limitation de durée.

## Conservation : une durée après un événement. $duration est déjà formatée (« 2 ans », « 30 jours »).

retention-after-collection = { $duration } après la collecte des données
retention-after-contract_end = { $duration } après la fin du contrat
retention-after-account_closure = { $duration } après la clôture du compte
retention-after-last_contact = { $duration } après notre dernier contact avec vous
retention-after-last_activity = { $duration } après votre dernière activité sur le service
retention-after-last_login = { $duration } après votre dernière connexion
retention-after-consent_withdrawal = { $duration } après le retrait de votre consentement
retention-after-end_of_session = { $duration } après la fin de la session
retention-after-purpose_fulfilled = { $duration } après la réalisation de la finalité
retention-after-request_resolved = { $duration } après le traitement complet de votre demande
retention-after-transaction = { $duration } après la transaction
retention-after-end_of_year = { $duration } après la fin de l’année au cours de laquelle l’enregistrement a été effectué
retention-after-employment_end = { $duration } après la fin de votre contrat de travail
retention-after-subscription_end = { $duration } après la fin de votre abonnement
retention-after-legal_claim_resolved = { $duration } après le règlement définitif de tout litige éventuel

## Conservation : jusqu’à un événement.

retention-until-collection = Jusqu’à la collecte des données
retention-until-contract_end = Jusqu’à la fin du contrat
retention-until-account_closure = Jusqu’à la clôture du compte
retention-until-last_contact = Jusqu’à notre dernier contact avec vous
retention-until-last_activity = Jusqu’à votre dernière activité sur le service
retention-until-last_login = Jusqu’à votre dernière connexion
retention-until-consent_withdrawal = Jusqu’au retrait de votre consentement
retention-until-end_of_session = Jusqu’à la fin de la session
retention-until-purpose_fulfilled = Jusqu’à la réalisation de la finalité
retention-until-request_resolved = Jusqu’au traitement complet de votre demande
retention-until-transaction = Jusqu’à la transaction
retention-until-end_of_year = Jusqu’à la fin de l’année au cours de laquelle l’enregistrement a été effectué
retention-until-employment_end = Jusqu’à la fin de votre contrat de travail
retention-until-subscription_end = Jusqu’à la fin de votre abonnement
retention-until-legal_claim_resolved = Jusqu’au règlement définitif de tout litige éventuel

## Vos droits (art. 12 à 22, 7.3, 77)

section-rights = Vos droits
rights-intro = Le RGPD vous confère les droits suivants. Ceux qui s’appliquent dépendent de la base juridique du traitement ; nous indiquons ceux qui concernent nos traitements.
rights-exercise-heading = Comment exercer vos droits
rights-exercise-intro = Pour exercer l’un de vos droits, contactez-nous :
rights-free = L’exercice de vos droits est gratuit.
rights-fee = Nous ne pouvons exiger le paiement de frais raisonnables, ou refuser de donner suite à une demande, que si celle-ci est manifestement infondée ou excessive.
# $duration est déjà formatée (« 30 jours »).
rights-response-time = Nous répondons à votre demande dans un délai de { $duration }.
rights-response-default = Nous répondons à votre demande dans les meilleurs délais et au plus tard dans un délai d’un mois.
# Titre de l’encadré distinct et bien visible sur le droit d’opposition (art. 21).
object-heading = Votre droit d’opposition
# Art. 21.1 : traitements fondés sur des intérêts légitimes ou sur une mission d’intérêt public.
object-general = Lorsque nous traitons vos données à caractère personnel sur la base d’intérêts légitimes ou pour l’exécution d’une mission d’intérêt public, vous avez le droit de vous y opposer à tout moment, pour des raisons tenant à votre situation particulière. Nous cessons alors ce traitement, sauf si nous démontrons qu’il existe des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés, ou si le traitement est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice.
# Art. 21.2 et 21.3 : prospection.
object-marketing = Vous avez le droit de vous opposer à tout moment au traitement de vos données à caractère personnel à des fins de prospection, y compris au profilage lié à cette prospection. Si vous vous y opposez, nous cessons de traiter vos données à cette fin.
# Suivi de la liste des finalités concernées.
object-purposes = Sont concernées les finalités suivantes :
label-object-how = Comment vous opposer
withdraw-heading = Retrait de votre consentement
withdraw-text = Lorsque nous nous fondons sur votre consentement, vous pouvez le retirer à tout moment, aussi simplement que vous l’avez donné. Le retrait de votre consentement ne remet pas en cause la licéité du traitement fondé sur celui-ci avant son retrait.
complaint-heading = Votre droit d’introduire une réclamation
complaint-text = Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre de l’UE/EEE où se trouve votre résidence habituelle ou votre lieu de travail, ou dans celui où la violation aurait été commise.
complaint-authority = L’autorité de contrôle compétente à notre égard est :
court-text = Vous avez également droit à un recours juridictionnel effectif : vous pouvez agir contre nous devant les juridictions de l’État membre de l’UE/EEE dans lequel nous avons un établissement ou dans lequel vous avez votre résidence habituelle.

## Décisions automatisées et profilage (art. 13.2.f, 22)

section-automated = Prise de décision automatisée et profilage
automated-profiling = Ce traitement comporte un profilage.
automated-solely-yes = La décision est fondée exclusivement sur un traitement automatisé.
automated-solely-no = Une personne participe à la décision : celle-ci n’est pas fondée exclusivement sur un traitement automatisé.
automated-effects-yes = La décision peut produire des effets juridiques vous concernant ou vous affecter de manière significative de façon similaire.
automated-effects-no = La décision ne produit pas d’effets juridiques vous concernant et ne vous affecte pas de manière significative de façon similaire.
label-logic = Logique sous-jacente
label-significance = Importance pour vous
label-consequences = Conséquences prévues
label-safeguards = Garanties
label-purposes = Finalités
# Art. 22.3 : décisions fondées exclusivement sur un traitement automatisé ayant des effets importants.
automated-rights = Vous avez le droit d’obtenir une intervention humaine, d’exprimer votre point de vue et de contester la décision.

## Cookies et technologies similaires

section-cookies = Cookies et technologies similaires
cookies-intro = Les cookies et technologies similaires suivants enregistrent des informations sur votre appareil ou y accèdent.
cookies-caption = Cookies et technologies similaires
col-name = Nom
col-provider = Fournisseur
col-category = Catégorie
col-party = Déposé par
col-technology = Technologie
col-lifetime = Durée de vie
col-consent = Consentement requis
col-description = Fonction
party-first = Nous-mêmes (traceur interne)
party-third = Un tiers
lifetime-session = Jusqu’à la fermeture du navigateur
cookies-banner = Avant le dépôt de tout traceur qui n’est pas strictement nécessaire, un bandeau vous demande votre consentement.
cookies-reject = Refuser est aussi simple qu’accepter.
cookies-not-pre-ticked = Aucune case n’est cochée par défaut : les traceurs qui ne sont pas strictement nécessaires ne sont déposés que si vous les choisissez.
cookies-pre-ticked = Dans le bandeau de consentement, les cases des traceurs qui ne sont pas strictement nécessaires sont cochées par défaut.
cookies-no-wall = Vous pouvez utiliser le site sans accepter les traceurs qui ne sont pas strictement nécessaires.
# Fidèle à la politique : l’accès est subordonné à l’acceptation de traceurs non essentiels.
cookies-wall = L’accès au site est subordonné à l’acceptation de traceurs qui ne sont pas strictement nécessaires.
# Fidèle à la politique : la poursuite de la navigation vaut consentement.
cookies-implied = Nous considérons la poursuite de la navigation comme un consentement aux traceurs.
cookies-browser-only = Vous pouvez gérer les cookies au moyen des paramètres de votre navigateur.
# Lien vers la page où l’on modifie ses choix en matière de cookies.
cookies-manage-link = Modifier vos choix en matière de cookies

## Sécurité (art. 32)

section-security = Comment nous protégeons vos données
security-measures = Nos mesures comprennent :

## Autres informations

section-statements = Informations complémentaires
statement-no-sale = Nous ne vendons pas vos données à caractère personnel.
statement-no-automated-decisions = Nous ne prenons à votre égard aucune décision fondée exclusivement sur un traitement automatisé qui produise des effets juridiques vous concernant ou qui vous affecte de manière significative de façon similaire.
statement-no-special-categories = Nous ne traitons aucune catégorie particulière de données à caractère personnel, comme des données concernant votre santé, votre religion ou vos opinions politiques.

## Modifications et historique des versions

section-changes = Modifications de cette politique
# $duration est déjà formatée (« 30 jours »).
changes-notice = Nous vous informons de toute modification au moins { $duration } avant son entrée en vigueur.
changes-active = Nous vous informons directement des modifications, par exemple par courriel, et pas seulement sur cette page.
changes-passive = Nous annonçons les modifications sur cette page.
# Fidèle à la politique : la poursuite de l’utilisation vaut acceptation des modifications.
changes-continued-use = La présente politique considère la poursuite de l’utilisation du service après une modification comme une acceptation de celle-ci.
history-heading = Historique des versions
history-caption = Versions de cette politique
col-version = Version
col-date = Date
col-changes = Modifications
