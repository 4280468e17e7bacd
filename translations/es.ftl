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
active-clusters = { $count ->
    [one] { $count } clúster activo
   *[other] { $count } clústeres activos
}
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
merged-with = Este grupo también abarca
leads-differ = En esta emergencia, las agencias líderes no son las agencias líderes globales del clúster ({ $leads }).
global-cluster-page = El clúster a nivel global
meeting-week = Cada { $day } a las { $time } ({ $timezone })
meeting-2-weeks = Cada dos semanas, el { $day } a las { $time } ({ $timezone })
meeting-month = Una vez al mes, un { $day } a las { $time } ({ $timezone })
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
