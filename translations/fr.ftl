# coordkit interface strings: French
# Une boîte à outils peut remplacer n’importe lequel de ces textes dans son propre fichier translations/<lang>.ftl.

## Cadre de page
skip-to-content = Aller au contenu
site-navigation = Navigation du site
section-navigation = Pages de cette boîte à outils
breadcrumbs = Vous êtes ici
languages = Langues
language-switcher = Lire cette page dans une autre langue
home = Accueil
main-menu = Menu principal
menu = Menu
nav-guidance = Orientations
nav-emergencies = Urgences
nav-clusters = Clusters
nav-organisations = Organisations
nav-glossary = Glossaire
edit-this-page = Modifier cette page
built-on = Ce site a été généré le { $date }.
not-translated-language = traduction à venir
feed-subtitle = Orientations et activations, les plus récemment révisées en premier

## Avis
not-translated = Cette page n’est pas encore traduite en { $language }. Elle est affichée en { $source }.
last-reviewed = Dernière révision le { $date }
review-overdue = { $days ->
    [one] Ce contenu a été révisé pour la dernière fois il y a plus de { $days } jour et n’est peut-être plus à jour.
   *[other] Ce contenu a été révisé pour la dernière fois il y a plus de { $days } jours et n’est peut-être plus à jour.
}

## Pages Markdown
in-this-section = Dans cette section
related-resources = Ressources associées
start-here = Par où commencer
search-title = Rechercher
search-label = Rechercher dans cette boîte à outils
search-found = Résultats : { $n }
search-none = Aucune page ne contient tous ces mots.
search-noscript = La recherche nécessite JavaScript. Vous pouvez parcourir toutes les sections depuis le menu.
download-toolkit = Télécharger toute la boîte à outils
download-section = Télécharger cette section
offline-absent-title = Absent de ce téléchargement
offline-absent-text = Cette copie hors ligne ne contient qu’une section de la boîte à outils :
offline-absent-online = Lire cette page en ligne :

## Page racine et pages d’erreur
choose-language = Choisissez votre langue
page-not-found-title = Page introuvable
page-not-found-text = La page demandée n’existe pas ou a été déplacée.
go-home = Aller à la page d’accueil

## Clusters
clusters-title = Clusters mondiaux
clusters-intro = Chaque cluster regroupe les organisations humanitaires qui travaillent dans un même secteur, sous la direction d’une agence chef de file responsable de la coordination.
cluster-code = Code du secteur
cluster-abbreviation = Sigle
global-leads = Chefs de file au niveau mondial
areas-of-responsibility = Domaines de responsabilité
active-in = Actif dans ces urgences
about-cluster = À propos de ce cluster

## Organisations
organisations-title = Organisations
organisation-type = Type
org-type-un = Nations Unies
org-type-ingo = ONG internationale
org-type-nngo = ONG nationale
org-type-red-cross-red-crescent = Croix-Rouge et Croissant-Rouge
org-type-government = Gouvernement
org-type-donor = Bailleur de fonds
org-type-academic = Milieu universitaire
org-type-private-sector = Secteur privé
org-type-other = Autre
website = Site web
global-lead-of = Chef de file mondial des clusters
took-over = A repris la coordination
as-lead = Chef de file
as-co-lead = Co-chef de file
as-counterpart = Homologue gouvernemental
as-partner = Partenaire
as-observer = Observateur

## Urgences
emergencies-title = Urgences
no-emergencies = Cette boîte à outils ne contient encore aucune urgence.
status = Statut
status-active = En cours
status-transition = En transition
status-closed = Clôturée
countries = Pays
glide = Numéro GLIDE
started = Début
ended = Fin
emergency-closed = Cette urgence est clôturée. Les informations ci-dessous sont conservées à titre de référence.
activations = Clusters et secteurs
cluster = Cluster
hubs = Hubs
meetings = Réunions
emergency-pages = Pages sur cette urgence
arrangement = Dispositif
arrangement-cluster = Cluster
arrangement-sector = Secteur dirigé par le gouvernement
leads = Chefs de file
co-leads = Co-chefs de file
government-counterpart = Homologue gouvernemental
active-since = Actif depuis le { $date }
deactivated-on = Désactivé le { $date }
handed-over = Transféré à { $organisation } le { $date }
partners = Partenaires
observers = Observateurs
partners-count = { $count ->
    [one] { $count } partenaire
   *[other] { $count } partenaires
}
global-cluster-page = Le cluster au niveau mondial
meeting-week = Chaque { $day } à { $time } ({ $timezone })
meeting-2-weeks = Un { $day } sur deux à { $time } ({ $timezone })
meeting-starts = à partir du { $date }
location = Lieu
hub = Hub
next-meeting = Prochaine réunion : { $date } à { $time }
this-week = Réunions des sept prochains jours
no-meetings-this-week = Aucune réunion prévue dans les sept prochains jours.
calendar-name = { $emergency } : réunions de coordination
as-of = Situation au { $date }

## Contacts
contacts = Contacts
contacts-partners-only = Les coordonnées des contacts de cette urgence ne sont communiquées qu’aux organisations partenaires.
no-contacts = Aucun contact n’est encore répertorié ici.
inter-cluster = Coordination intercluster
name = Nom
organisation = Organisation
email = Courriel
phone = Téléphone
role-coordinator = Coordonnateur
role-co-coordinator = Co-coordonnateur
role-information-management = Gestion de l’information
role-hub-coordinator = Coordonnateur de hub
role-focal-point = Point focal
role-other = Contact

## Téléchargements et leurs colonnes
downloads = Téléchargements
column-emergency = Urgence
column-countries = Pays
column-cluster-code = Code du cluster
column-cluster = Cluster
column-organisation = Organisation
column-organisation-acronym = Sigle
column-organisation-type = Type d’organisation
column-contact-name = Nom
column-contact-role = Fonction
column-contact-email = Courriel
column-contact-phone = Téléphone
column-hub = Hub
column-reviewed = Date de révision
column-arrangement = Dispositif
column-leads = Chefs de file
column-leads-acronyms = Sigles des chefs de file
column-co-leads = Co-chefs de file
column-government-counterpart = Homologue gouvernemental
column-status = Statut
column-activated = Date d’activation
column-deactivated = Date de désactivation
column-hubs = Hubs

## Listes de contrôle et dossiers
onboarding = Accueil et briefing
first-facts = L'essentiel à savoir
checklist-progress = Fait : { $done } sur { $total }
print = Imprimer
download-pdf = Télécharger le PDF
contents = Sommaire
pack-directory = Qui est qui

## Jours de la semaine
weekday-monday = lundi
weekday-tuesday = mardi
weekday-wednesday = mercredi
weekday-thursday = jeudi
weekday-friday = vendredi
weekday-saturday = samedi
weekday-sunday = dimanche
weekday-date = { $weekday } { $date }

## Glossaire
glossary-title = Glossaire
glossary-intro = Sigles et termes utilisés dans la coordination humanitaire.

## Dates
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Traducteurs
translation-outdated = Cette traduction est plus ancienne que la page qu'elle traduit, qui a changé depuis.
read-source = Lire la version actuelle en { $language }.
translations-title = État des traductions
translations-pages = Pages
translations-interface = Messages de l'interface
translations-data = Textes des données
translations-outdated = Traductions plus anciennes que leur source
translations-missing = Pages pas encore traduites
translations-missing-messages = Messages de l'interface pas encore traduits
translations-untranslated-data = Textes des données pas encore traduits

## Qui dirige (rôles, prestataire de dernier recours, secteurs)
lead-agencies = { $count ->
    [one] Chef de file
   *[other] Chefs de file
}
conveners = { $count ->
    [one] Organisme convocateur
   *[other] Organismes convocateurs
}
as-convener-of = { $organisation } (organisme convocateur)
provider-of-last-resort = Prestataire de dernier recours
no-provider-of-last-resort = Aucun n'est désigné
led-by-government = Dirigé par le gouvernement
led-by = Dirigé par
supporting-co-leads = Co-chefs de file en appui au ministère
ministry-with = { $ministry }, avec { $agencies }
sector-note = Il s'agit d'un secteur dirigé par le gouvernement : le ministère le dirige, et les organismes cités l'appuient en tant que co-chefs de file.
convener-note = { $organisation } convoque { $area ->
    [yes] ce domaine de responsabilité
   *[no] ce cluster
} : cet organisme réunit les partenaires, sans rendre compte au Coordonnateur humanitaire ni être le prestataire de dernier recours.
leads-differ = Ici, les chefs de file ne sont pas ceux que prévoit { $area ->
    [yes] le domaine de responsabilité
   *[no] le cluster
} au niveau mondial { $when } : { $leads }.
read-more = En savoir plus : { $page }
when-natural-disaster = lors des catastrophes naturelles
when-conflict = lors des conflits
when-mixed = lors des urgences mixtes
when-disease-outbreak = lors des épidémies
when-other = lors des autres urgences
global-lead-when = { $lead } { $when }
global-convener = { $lead }, organisme convocateur
global-convener-when = { $lead }, organisme convocateur { $when }
global-one-of = { $lead }, selon l'accord conclu dans le pays
global-one-of-when = { $lead } { $when }, selon l'accord conclu dans le pays

## Types de coordination et décomptes
type = Type
cluster-or-sector = Cluster ou secteur
kind-cluster = Cluster
kind-sector = Secteur dirigé par le gouvernement
kind-area = Domaine de responsabilité
kind-area-of = Domaine de responsabilité du cluster { $cluster }
merged-into = Coordonné par le groupe { $group }
group-covers = Ce groupe coordonne
count-clusters = { $count ->
    [one] { $count } cluster
   *[other] { $count } clusters
}
count-sectors = { $count ->
    [one] { $count } secteur
   *[other] { $count } secteurs
}
count-areas = { $count ->
    [one] { $count } domaine de responsabilité
   *[other] { $count } domaines de responsabilité
}
count-none = Aucun cluster ni secteur n'est actif
emergency-type = Type d'urgence
emergency-type-natural-disaster = Catastrophe naturelle
emergency-type-conflict = Conflit
emergency-type-mixed = Mixte (catastrophe naturelle et conflit)
emergency-type-disease-outbreak = Épidémie
emergency-type-other = Autre

## Réunions
meeting-month = Le { $week ->
    [1] premier
    [2] deuxième
    [3] troisième
    [4] quatrième
   *[other] dernier
} { $day } de chaque mois à { $time } ({ $timezone })
meeting-once = Une seule fois, le { $date } à { $time } ({ $timezone })
meeting-cancelled = Pas de réunion le { $dates }
meeting-joint = Réunion conjointe : { $clusters }
meeting-online = En ligne :

## Documents, groupes et transferts
resources-title = Documents et outils
resource-kind-terms-of-reference = Termes de référence
resource-kind-strategy = Stratégie
resource-kind-template = Modèle
resource-kind-dashboard = Tableau de bord
resource-kind-report = Rapport
resource-kind-map = Carte
resource-kind-other = Document
mailing-list = Liste de diffusion
groups-title = Groupes
group-kind-strategic-advisory-group = Groupe consultatif stratégique
group-kind-technical-working-group = Groupe de travail technique
group-kind-task-force = Équipe spéciale
group-kind-other = Groupe
group-lead = Chef de file
group-members = Membres
handover-title = Après le transfert
handover-now = { $organisation } assure la coordination depuis le { $date }.
handover-contacts = Contacts : { $organisation }

## Rôles d'une organisation
role = Rôle
as-convener = Organisme convocateur
as-co-convener = Co-organisme convocateur
as-ministry-lead = Ministère chef de file
as-supporting-co-lead = Co-chef de file en appui au ministère
as-provider-of-last-resort = Prestataire de dernier recours
as-group-lead = Dirige : { $group }
as-group-member = Membre : { $group }

## Colonnes des exports
column-country-names = Noms des pays
column-type = Type
column-group = Groupe
column-parent-code = Code du cluster parent
column-conveners = Organismes convocateurs
column-provider-of-last-resort = Prestataire de dernier recours

## Listes
list-and = { $items } et { $last }
list-or = { $items } ou { $last }
list-comma = {", "}
list-semicolon = {" ; "}
