# coordkit interface strings: English (the reference for every other language).
# A toolkit overrides any of these in its own translations/<lang>.ftl.

## Page frame
skip-to-content = Skip to content
site-navigation = Site navigation
section-navigation = Pages in this toolkit
breadcrumbs = You are here
languages = Languages
language-switcher = Read this page in another language
home = Home
main-menu = Main menu
menu = Menu
nav-guidance = Guidance
nav-emergencies = Emergencies
nav-clusters = Clusters
nav-organisations = Organisations
nav-glossary = Glossary
edit-this-page = Edit this page
built-on = This site was built on { $date }.
not-translated-language = not translated yet
feed-subtitle = Guidance and activations, most recently reviewed first

## Notices
not-translated = This page is not yet translated into { $language }. It is shown in { $source }.
last-reviewed = Last reviewed on { $date }
review-overdue = This content was last reviewed more than { $days } days ago and may be out of date.

## Markdown pages
in-this-section = In this section
related-resources = Related resources
start-here = Start here
search-title = Search
search-label = Search this toolkit
search-found = Results: { $n }
search-none = No page matches all these words.
search-noscript = Search needs JavaScript. You can still browse every section from the menu.
download-toolkit = Download the whole toolkit
download-section = Download this section

## Root and error pages
choose-language = Choose your language
page-not-found-title = Page not found
page-not-found-text = The page you asked for does not exist, or it has moved.
go-home = Go to the home page

## Clusters
clusters-title = Global clusters
clusters-intro = Each cluster groups the humanitarian organisations working in one sector, under a lead agency accountable for coordination.
cluster-code = Sector code
cluster-abbreviation = Abbreviation
global-leads = Global lead agencies
areas-of-responsibility = Areas of responsibility
part-of = Area of responsibility of the { $cluster } cluster
active-in = Active in these emergencies
about-cluster = About this cluster

## Organisations
organisations-title = Organisations
organisation-type = Type
org-type-un = United Nations
org-type-ingo = International NGO
org-type-nngo = National NGO
org-type-red-cross-red-crescent = Red Cross and Red Crescent
org-type-government = Government
org-type-donor = Donor
org-type-academic = Academic
org-type-private-sector = Private sector
org-type-other = Other
website = Website
global-lead-of = Global lead of
took-over = Took over coordination
as-lead = Lead
as-co-lead = Co-lead
as-counterpart = Government counterpart
as-partner = Partner
as-observer = Observer

## Emergencies
emergencies-title = Emergencies
no-emergencies = There are no emergencies in this toolkit yet.
status = Status
status-active = Active
status-transition = In transition
status-closed = Closed
countries = Countries
glide = GLIDE number
started = Started
ended = Ended
active-clusters = { $count ->
    [one] { $count } active cluster
   *[other] { $count } active clusters
}
emergency-closed = This emergency is closed. What follows is kept for reference.
activations = Clusters and sectors
cluster = Cluster
hubs = Hubs
meetings = Meetings
emergency-pages = Pages about this emergency
arrangement = Arrangement
arrangement-cluster = Cluster
arrangement-sector = Government-led sector
leads = Lead agencies
co-leads = Co-leads
government-counterpart = Government counterpart
active-since = Active since { $date }
deactivated-on = Deactivated on { $date }
handed-over = Handed over to { $organisation } on { $date }
partners = Partners
observers = Observers
partners-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
merged-with = This group also covers
leads-differ = In this emergency the leads differ from the cluster's global leads ({ $leads }).
global-cluster-page = About the cluster worldwide
meeting-week = Every { $day } at { $time } ({ $timezone })
meeting-2-weeks = Every other { $day } at { $time } ({ $timezone })
meeting-month = Once a month on a { $day } at { $time } ({ $timezone })
meeting-starts = from { $date }
location = Location
hub = Hub
next-meeting = Next: { $date } at { $time }
this-week = Meetings in the next seven days
no-meetings-this-week = No meetings in the next seven days.
calendar-name = { $emergency }: coordination meetings
as-of = As of { $date }

## Contacts
contacts = Contacts
contacts-partners-only = Contact details for this emergency are shared with partner organisations only.
no-contacts = No contacts are listed here yet.
inter-cluster = Inter-cluster
name = Name
organisation = Organisation
email = Email
phone = Phone
role-coordinator = Coordinator
role-co-coordinator = Co-coordinator
role-information-management = Information management
role-hub-coordinator = Hub coordinator
role-focal-point = Focal point
role-other = Contact

## Downloads and their columns
downloads = Downloads
column-emergency = Emergency
column-countries = Countries
column-cluster-code = Cluster code
column-cluster = Cluster
column-organisation = Organisation
column-organisation-acronym = Acronym
column-organisation-type = Organisation type
column-contact-name = Name
column-contact-role = Role
column-contact-email = Email
column-contact-phone = Phone
column-hub = Hub
column-reviewed = Reviewed
column-arrangement = Arrangement
column-leads = Lead agencies
column-leads-acronyms = Lead acronyms
column-co-leads = Co-leads
column-government-counterpart = Government counterpart
column-status = Status
column-activated = Activated
column-deactivated = Deactivated
column-hubs = Hubs

## Checklists and briefing packs
onboarding = Onboarding and briefing
first-facts = What to know first
checklist-progress = { $done } of { $total } done
print = Print
download-pdf = Download PDF
contents = Contents
pack-directory = Who is who

## Weekdays
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
weekday-date = { $weekday } { $date }

## Glossary
glossary-title = Glossary
glossary-intro = Acronyms and terms used in humanitarian coordination.

## Dates
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Translators
translation-outdated = This translation is older than the page it translates, which has changed since.
read-source = Read the current version in { $language }.
translations-title = Translation status
translations-pages = Pages
translations-interface = Interface messages
translations-data = Data texts
translations-outdated = Translations older than their source
translations-missing = Pages not translated yet
translations-missing-messages = Interface messages not translated yet
translations-untranslated-data = Data texts not translated yet
