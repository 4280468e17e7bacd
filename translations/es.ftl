# coordkit interface strings: Spanish
# Una caja de herramientas puede sustituir cualquiera de estos textos en su propio archivo translations/<lang>.ftl.

## Marco de la página
skip-to-content = Ir al contenido
site-navigation = Navegación del sitio
section-navigation = Páginas de esta caja de herramientas
breadcrumbs = Está aquí
languages = Idiomas
language-switcher = Leer esta página en otro idioma
home = Inicio
main-menu = Menú principal
menu = Menú
nav-guidance = Orientaciones
nav-emergencies = Emergencias
nav-clusters = Clústeres
nav-organisations = Organizaciones
nav-glossary = Glosario
edit-this-page = Editar esta página
built-on = Este sitio se generó el { $date }.
not-translated-language = aún sin traducir
feed-subtitle = Orientaciones y activaciones, las revisadas más recientemente primero

## Avisos
not-translated = Esta página aún no está disponible en { $language }. Se muestra en { $source }.
last-reviewed = Última revisión: { $date }
review-overdue = { $days ->
    [one] Este contenido se revisó por última vez hace más de { $days } día y puede estar desactualizado.
   *[other] Este contenido se revisó por última vez hace más de { $days } días y puede estar desactualizado.
}

## Páginas Markdown
in-this-section = En esta sección
related-resources = Recursos relacionados
start-here = Por dónde empezar
search-title = Buscar
search-label = Buscar en esta caja de herramientas
search-found = Resultados: { $n }
search-none = Ninguna página contiene todas estas palabras.
search-noscript = La búsqueda necesita JavaScript. Puede recorrer todas las secciones desde el menú.
download-toolkit = Descargar toda la caja de herramientas
download-section = Descargar esta sección
offline-absent-title = No incluido en esta descarga
offline-absent-text = Esta copia sin conexión solo contiene una sección de la caja de herramientas:
offline-absent-online = Leer esta página en línea:

## Página raíz y páginas de error
choose-language = Elija su idioma
page-not-found-title = Página no encontrada
page-not-found-text = La página que busca no existe o se ha movido.
go-home = Ir a la página de inicio

## Clústeres
clusters-title = Clústeres globales
clusters-intro = Cada clúster agrupa a las organizaciones humanitarias que trabajan en un mismo sector, bajo la dirección de una agencia líder responsable de la coordinación.
cluster-code = Código del sector
cluster-abbreviation = Sigla
global-leads = Agencias líderes globales
areas-of-responsibility = Áreas de responsabilidad
active-in = Activo en estas emergencias
about-cluster = Acerca de este clúster

## Organizaciones
organisations-title = Organizaciones
organisation-type = Tipo
org-type-un = Naciones Unidas
org-type-ingo = ONG internacional
org-type-nngo = ONG nacional
org-type-red-cross-red-crescent = Cruz Roja y Media Luna Roja
org-type-government = Gobierno
org-type-donor = Donante
org-type-academic = Sector académico
org-type-private-sector = Sector privado
org-type-other = Otro
website = Sitio web
global-lead-of = Agencia líder global de
took-over = Asumió la coordinación
as-lead = Agencia líder
as-co-lead = Agencia colíder
as-counterpart = Contraparte gubernamental
as-partner = Socio
as-observer = Observador

## Emergencias
emergencies-title = Emergencias
no-emergencies = Todavía no hay emergencias en esta caja de herramientas.
status = Estado
status-active = Activa
status-transition = En transición
status-closed = Cerrada
countries = Países
glide = Número GLIDE
started = Inicio
ended = Fin
emergency-closed = Esta emergencia está cerrada. La información que sigue se conserva como referencia.
activations = Clústeres y sectores
cluster = Clúster
hubs = Hubs
meetings = Reuniones
emergency-pages = Páginas sobre esta emergencia
arrangement = Mecanismo
arrangement-cluster = Clúster
arrangement-sector = Sector dirigido por el Gobierno
leads = Agencias líderes
co-leads = Agencias colíderes
government-counterpart = Contraparte gubernamental
active-since = Activo desde el { $date }
deactivated-on = Desactivado el { $date }
handed-over = Transferido a { $organisation } el { $date }
partners = Socios
observers = Observadores
partners-count = { $count ->
    [one] { $count } socio
   *[other] { $count } socios
}
global-cluster-page = El clúster a nivel global
meeting-week = Cada { $day } a las { $time } ({ $timezone })
meeting-2-weeks = Cada dos semanas, el { $day } a las { $time } ({ $timezone })
meeting-starts = a partir del { $date }
location = Lugar
hub = Hub
next-meeting = Próxima reunión: { $date } a las { $time }
this-week = Reuniones en los próximos siete días
no-meetings-this-week = No hay reuniones previstas en los próximos siete días.
calendar-name = { $emergency }: reuniones de coordinación
as-of = Situación al { $date }

## Contactos
contacts = Contactos
contacts-partners-only = Los datos de contacto de esta emergencia solo se comparten con las organizaciones socias.
no-contacts = Todavía no hay contactos en esta lista.
inter-cluster = Coordinación interclúster
name = Nombre
organisation = Organización
email = Correo electrónico
phone = Teléfono
role-coordinator = Coordinador
role-co-coordinator = Cocoordinador
role-information-management = Gestión de la información
role-hub-coordinator = Coordinador de hub
role-focal-point = Punto focal
role-other = Contacto

## Descargas y sus columnas
downloads = Descargas
column-emergency = Emergencia
column-countries = Países
column-cluster-code = Código del clúster
column-cluster = Clúster
column-organisation = Organización
column-organisation-acronym = Sigla
column-organisation-type = Tipo de organización
column-contact-name = Nombre
column-contact-role = Función
column-contact-email = Correo electrónico
column-contact-phone = Teléfono
column-hub = Hub
column-reviewed = Fecha de revisión
column-arrangement = Mecanismo
column-leads = Agencias líderes
column-leads-acronyms = Siglas de las agencias líderes
column-co-leads = Agencias colíderes
column-government-counterpart = Contraparte gubernamental
column-status = Estado
column-activated = Fecha de activación
column-deactivated = Fecha de desactivación
column-hubs = Hubs

## Listas de verificación y paquetes
onboarding = Incorporación y orientación
first-facts = Lo esencial
checklist-progress = Hecho: { $done } de { $total }
print = Imprimir
download-pdf = Descargar PDF
contents = Índice
pack-directory = Quién es quién

## Días de la semana
weekday-monday = lunes
weekday-tuesday = martes
weekday-wednesday = miércoles
weekday-thursday = jueves
weekday-friday = viernes
weekday-saturday = sábado
weekday-sunday = domingo
weekday-date = { $weekday }, { $date }

## Glosario
glossary-title = Glosario
glossary-intro = Siglas y términos utilizados en la coordinación humanitaria.

## Fechas
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Traductores
translation-outdated = Esta traducción es anterior a la página que traduce, que ha cambiado desde entonces.
read-source = Leer la versión actual en { $language }.
translations-title = Estado de las traducciones
translations-pages = Páginas
translations-interface = Mensajes de la interfaz
translations-data = Textos de los datos
translations-outdated = Traducciones anteriores a su fuente
translations-missing = Páginas aún sin traducir
translations-missing-messages = Mensajes de la interfaz aún sin traducir
translations-untranslated-data = Textos de los datos aún sin traducir

## Quién lidera (funciones, proveedor de última instancia, sectores)
lead-agencies = { $count ->
    [one] Agencia líder
   *[other] Agencias líderes
}
conveners = { $count ->
    [one] Organismo convocante
   *[other] Organismos convocantes
}
as-convener-of = { $organisation } (organismo convocante)
provider-of-last-resort = Proveedor de última instancia
no-provider-of-last-resort = No se ha designado ninguno
led-by-government = Dirigido por el Gobierno
led-by = Dirigido por
supporting-co-leads = Agencias colíderes que apoyan al ministerio
ministry-with = { $ministry }, con { $agencies }
sector-note = Es un sector dirigido por el Gobierno: el ministerio lo dirige y las agencias indicadas lo apoyan como colíderes.
convener-note = { $organisation } convoca { $area ->
    [yes] esta área de responsabilidad
   *[no] este clúster
}: reúne a los socios, pero no rinde cuentas al Coordinador Humanitario ni es el proveedor de última instancia.
leads-differ = Aquí las agencias líderes no son las que establece { $area ->
    [yes] el área de responsabilidad
   *[no] el clúster
} a nivel global { $when }: { $leads }.
read-more = Más información: { $page }
when-natural-disaster = en los desastres naturales
when-conflict = en los conflictos
when-mixed = en las emergencias mixtas
when-disease-outbreak = en los brotes epidémicos
when-other = en otras emergencias
global-lead-when = { $lead } { $when }
global-convener = { $lead }, organismo convocante
global-convener-when = { $lead }, organismo convocante { $when }
global-one-of = { $lead }, según se acuerde en el país
global-one-of-when = { $lead } { $when }, según se acuerde en el país

## Tipos de coordinación y recuentos
type = Tipo
cluster-or-sector = Clúster o sector
kind-cluster = Clúster
kind-sector = Sector dirigido por el Gobierno
kind-area = Área de responsabilidad
kind-area-of = Área de responsabilidad del clúster de { $cluster }
merged-into = Coordinado por el grupo { $group }
group-covers = Este grupo coordina
count-clusters = { $count ->
    [one] { $count } clúster
   *[other] { $count } clústeres
}
count-sectors = { $count ->
    [one] { $count } sector
   *[other] { $count } sectores
}
count-areas = { $count ->
    [one] { $count } área de responsabilidad
   *[other] { $count } áreas de responsabilidad
}
count-none = No hay ningún clúster ni sector activo
emergency-type = Tipo de emergencia
emergency-type-natural-disaster = Desastre natural
emergency-type-conflict = Conflicto
emergency-type-mixed = Mixta (desastre natural y conflicto)
emergency-type-disease-outbreak = Brote epidémico
emergency-type-other = Otra

## Reuniones
meeting-month = El { $week ->
    [1] primer
    [2] segundo
    [3] tercer
    [4] cuarto
   *[other] último
} { $day } de cada mes a las { $time } ({ $timezone })
meeting-once = Una sola vez, el { $date } a las { $time } ({ $timezone })
meeting-cancelled = No hay reunión el { $dates }
meeting-joint = Reunión conjunta: { $clusters }
meeting-online = En línea:

## Documentos, grupos y traspasos
resources-title = Documentos y herramientas
resource-kind-terms-of-reference = Términos de referencia
resource-kind-strategy = Estrategia
resource-kind-template = Plantilla
resource-kind-dashboard = Panel de datos
resource-kind-report = Informe
resource-kind-map = Mapa
resource-kind-other = Documento
mailing-list = Lista de correo
groups-title = Grupos
group-kind-strategic-advisory-group = Grupo asesor estratégico
group-kind-technical-working-group = Grupo de trabajo técnico
group-kind-task-force = Equipo especial
group-kind-other = Grupo
group-lead = Lidera
group-members = Miembros
handover-title = Después del traspaso
handover-now = { $organisation } coordina desde el { $date }.
handover-contacts = Contactos de { $organisation }

## Funciones de una organización
role = Función
as-convener = Organismo convocante
as-co-convener = Organismo coconvocante
as-ministry-lead = Ministerio líder
as-supporting-co-lead = Colíder que apoya al ministerio
as-provider-of-last-resort = Proveedor de última instancia
as-group-lead = Lidera: { $group }
as-group-member = Miembro: { $group }

## Columnas de las exportaciones
column-country-names = Nombres de los países
column-type = Tipo
column-group = Grupo
column-parent-code = Código del clúster principal
column-conveners = Organismos convocantes
column-provider-of-last-resort = Proveedor de última instancia

## Listas
list-and = { $items } y { $last }
list-or = { $items } o { $last }
list-comma = {", "}
list-semicolon = {"; "}
