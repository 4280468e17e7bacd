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
offline-absent-title = Not in this download
offline-absent-text = This offline copy holds only one section of the toolkit:
offline-absent-online = Read this page online:

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
role = Role
as-lead = Lead
as-co-lead = Co-lead
as-convener = Convener
as-co-convener = Co-convener
as-ministry-lead = Lead ministry
as-supporting-co-lead = Co-lead supporting the ministry
as-provider-of-last-resort = Provider of last resort
as-group-lead = Leads the { $group }
as-group-member = Member of the { $group }
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
count-clusters = { $count ->
    [one] { $count } cluster
   *[other] { $count } clusters
}
count-sectors = { $count ->
    [one] { $count } sector
   *[other] { $count } sectors
}
count-areas = { $count ->
    [one] { $count } area of responsibility
   *[other] { $count } areas of responsibility
}
count-none = No cluster or sector is active
emergency-type = Type of emergency
emergency-type-natural-disaster = Natural disaster
emergency-type-conflict = Conflict
emergency-type-mixed = Mixed (natural disaster and conflict)
emergency-type-disease-outbreak = Disease outbreak
emergency-type-other = Other
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
type = Type
cluster-or-sector = Cluster or sector
kind-cluster = Cluster
kind-sector = Government-led sector
kind-area = Area of responsibility
kind-area-of = Area of responsibility of the { $cluster } cluster
merged-into = Coordinated by the { $group } group
group-covers = This group coordinates
global-cluster-page = About the cluster worldwide
meeting-week = Every { $day } at { $time } ({ $timezone })
meeting-2-weeks = Every other { $day } at { $time } ({ $timezone })
meeting-month = The { $week ->
    [1] first
    [2] second
    [3] third
    [4] fourth
   *[other] last
} { $day } of every month at { $time } ({ $timezone })
meeting-once = Once, on { $date } at { $time } ({ $timezone })
meeting-cancelled = No meeting on { $dates }
meeting-joint = Joint meeting: { $clusters }
meeting-online = Online:
meeting-starts = from { $date }
location = Location
hub = Hub
next-meeting = Next: { $date } at { $time }
this-week = Meetings in the next seven days
no-meetings-this-week = No meetings in the next seven days.
calendar-name = { $emergency }: coordination meetings
as-of = As of { $date }

## Who leads
lead-agencies = { $count ->
    [one] Lead agency
   *[other] Lead agencies
}
conveners = { $count ->
    [one] Convener
   *[other] Conveners
}
as-convener-of = { $organisation } (convener)
provider-of-last-resort = Provider of last resort
no-provider-of-last-resort = None designated
led-by-government = Led by the government
supporting-co-leads = Co-leads supporting the ministry
ministry-with = { $ministry }, with { $agencies }
sector-note = This is a government-led sector: the ministry leads it, and the agencies named support the ministry as co-leads.
led-by = Led by
convener-note = { $organisation } convenes this { $area ->
    [yes] area of responsibility
   *[no] cluster
}: it brings the partners together, but it is not accountable to the Humanitarian Coordinator and is not the provider of last resort.
leads-differ = Here the leads differ from the { $area ->
    [yes] area of responsibility's
   *[no] cluster's
} global leads { $when }: { $leads }.
read-more = Read more: { $page }
when-natural-disaster = in natural disasters
when-conflict = in conflicts
when-mixed = in mixed emergencies
when-disease-outbreak = in disease outbreaks
when-other = in other emergencies
global-lead-when = { $lead } { $when }
global-convener = { $lead } convenes
global-convener-when = { $lead } convenes { $when }
global-one-of = { $lead }, agreed in the country
global-one-of-when = { $lead } { $when }, agreed in the country

## Documents, groups and handovers
resources-title = Documents and tools
resource-kind-terms-of-reference = Terms of reference
resource-kind-strategy = Strategy
resource-kind-template = Template
resource-kind-dashboard = Dashboard
resource-kind-report = Report
resource-kind-map = Map
resource-kind-other = Document
mailing-list = Mailing list
groups-title = Groups
group-kind-strategic-advisory-group = Strategic advisory group
group-kind-technical-working-group = Technical working group
group-kind-task-force = Task force
group-kind-other = Group
group-lead = Lead
group-members = Members
handover-title = After the handover
handover-now = { $organisation } has coordinated since { $date }.
handover-contacts = Contacts at { $organisation }

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
column-country-names = Country names
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
column-type = Type
column-group = Group
column-parent-code = Parent cluster code
column-conveners = Conveners
column-provider-of-last-resort = Provider of last resort
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

## Lists
list-and = { $items } and { $last }
list-or = { $items } or { $last }
list-comma = {", "}
list-semicolon = {"; "}

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
