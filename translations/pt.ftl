# coordkit interface strings: Portuguese
# Um kit de ferramentas pode substituir qualquer um destes textos no seu próprio ficheiro translations/<lang>.ftl.

## Estrutura da página
skip-to-content = Ir para o conteúdo
site-navigation = Navegação do site
section-navigation = Páginas deste kit de ferramentas
breadcrumbs = Está aqui
languages = Idiomas
language-switcher = Ler esta página noutro idioma
home = Início
main-menu = Menu principal
menu = Menu
nav-guidance = Orientações
nav-emergencies = Emergências
nav-clusters = Clusters
nav-organisations = Organizações
nav-glossary = Glossário
edit-this-page = Editar esta página
built-on = Este site foi gerado em { $date }.
not-translated-language = ainda sem tradução
feed-subtitle = Orientações e ativações, as revistas mais recentemente primeiro

## Avisos
not-translated = Esta página ainda não está disponível em { $language }. É apresentada em { $source }.
last-reviewed = Última revisão: { $date }
review-overdue = { $days ->
    [one] Este conteúdo foi revisto pela última vez há mais de { $days } dia e pode estar desatualizado.
   *[other] Este conteúdo foi revisto pela última vez há mais de { $days } dias e pode estar desatualizado.
}

## Páginas Markdown
in-this-section = Nesta secção
related-resources = Recursos relacionados
start-here = Por onde começar
search-title = Pesquisar
search-label = Pesquisar neste kit de ferramentas
search-found = Resultados: { $n }
search-none = Nenhuma página contém todas estas palavras.
search-noscript = A pesquisa precisa de JavaScript. Pode percorrer todas as secções a partir do menu.
download-toolkit = Descarregar todo o kit de ferramentas
download-section = Descarregar esta secção
offline-absent-title = Não incluído nesta transferência
offline-absent-text = Esta cópia offline contém apenas uma secção do conjunto de ferramentas:
offline-absent-online = Ler esta página online:

## Página inicial e páginas de erro
choose-language = Escolha o seu idioma
page-not-found-title = Página não encontrada
page-not-found-text = A página que procura não existe ou foi movida.
go-home = Ir para a página inicial

## Clusters
clusters-title = Clusters globais
clusters-intro = Cada cluster reúne as organizações humanitárias que trabalham num mesmo setor, sob a direção de uma agência líder responsável pela coordenação.
cluster-code = Código do setor
cluster-abbreviation = Sigla
global-leads = Agências líderes globais
areas-of-responsibility = Áreas de responsabilidade
active-in = Ativo nestas emergências
about-cluster = Sobre este cluster

## Organizações
organisations-title = Organizações
organisation-type = Tipo
org-type-un = Nações Unidas
org-type-ingo = ONG internacional
org-type-nngo = ONG nacional
org-type-red-cross-red-crescent = Cruz Vermelha e Crescente Vermelho
org-type-government = Governo
org-type-donor = Doador
org-type-academic = Meio académico
org-type-private-sector = Setor privado
org-type-other = Outro
website = Website
global-lead-of = Agência líder global de
took-over = Assumiu a coordenação
as-lead = Agência líder
as-co-lead = Agência colíder
as-counterpart = Contraparte governamental
as-partner = Parceiro
as-observer = Observador

## Emergências
emergencies-title = Emergências
no-emergencies = Ainda não há emergências neste kit de ferramentas.
status = Estado
status-active = Ativa
status-transition = Em transição
status-closed = Encerrada
countries = Países
glide = Número GLIDE
started = Início
ended = Fim
emergency-closed = Esta emergência está encerrada. As informações abaixo são mantidas para referência.
activations = Clusters e setores
cluster = Cluster
hubs = Hubs
meetings = Reuniões
emergency-pages = Páginas sobre esta emergência
arrangement = Mecanismo
arrangement-cluster = Cluster
arrangement-sector = Setor liderado pelo governo
leads = Agências líderes
co-leads = Agências colíderes
government-counterpart = Contraparte governamental
active-since = Ativo desde { $date }
deactivated-on = Desativado em { $date }
handed-over = Transferido para { $organisation } em { $date }
partners = Parceiros
observers = Observadores
partners-count = { $count ->
    [one] { $count } parceiro
   *[other] { $count } parceiros
}
global-cluster-page = O cluster a nível global
meeting-week = Todas as semanas, { $day }, às { $time } ({ $timezone })
meeting-2-weeks = De duas em duas semanas, { $day }, às { $time } ({ $timezone })
meeting-starts = a partir de { $date }
location = Local
hub = Hub
next-meeting = Próxima reunião: { $date }, às { $time }
this-week = Reuniões nos próximos sete dias
no-meetings-this-week = Não há reuniões previstas nos próximos sete dias.
calendar-name = { $emergency }: reuniões de coordenação
as-of = Situação em { $date }

## Contactos
contacts = Contactos
contacts-partners-only = Os contactos desta emergência só são partilhados com as organizações parceiras.
no-contacts = Ainda não há contactos nesta lista.
inter-cluster = Coordenação intercluster
name = Nome
organisation = Organização
email = E-mail
phone = Telefone
role-coordinator = Coordenador
role-co-coordinator = Cocoordenador
role-information-management = Gestão da informação
role-hub-coordinator = Coordenador de hub
role-focal-point = Ponto focal
role-other = Contacto

## Transferências e respetivas colunas
downloads = Transferências
column-emergency = Emergência
column-countries = Países
column-cluster-code = Código do cluster
column-cluster = Cluster
column-organisation = Organização
column-organisation-acronym = Sigla
column-organisation-type = Tipo de organização
column-contact-name = Nome
column-contact-role = Função
column-contact-email = E-mail
column-contact-phone = Telefone
column-hub = Hub
column-reviewed = Data de revisão
column-arrangement = Mecanismo
column-leads = Agências líderes
column-leads-acronyms = Siglas das agências líderes
column-co-leads = Agências colíderes
column-government-counterpart = Contraparte governamental
column-status = Estado
column-activated = Data de ativação
column-deactivated = Data de desativação
column-hubs = Hubs

## Listas de verificação e dossiês
onboarding = Integração e orientação
first-facts = O essencial
checklist-progress = Feito: { $done } de { $total }
print = Imprimir
download-pdf = Descarregar PDF
contents = Índice
pack-directory = Quem é quem

## Dias da semana
weekday-monday = segunda-feira
weekday-tuesday = terça-feira
weekday-wednesday = quarta-feira
weekday-thursday = quinta-feira
weekday-friday = sexta-feira
weekday-saturday = sábado
weekday-sunday = domingo
weekday-date = { $weekday }, { $date }

## Glossário
glossary-title = Glossário
glossary-intro = Siglas e termos usados na coordenação humanitária.

## Datas
date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## Tradutores
translation-outdated = Esta tradução é anterior à página que traduz, que entretanto mudou.
read-source = Ler a versão atual em { $language }.
translations-title = Estado das traduções
translations-pages = Páginas
translations-interface = Mensagens da interface
translations-data = Textos dos dados
translations-outdated = Traduções anteriores à fonte
translations-missing = Páginas ainda por traduzir
translations-missing-messages = Mensagens da interface ainda por traduzir
translations-untranslated-data = Textos dos dados ainda por traduzir

## Quem lidera (funções, prestador de último recurso, setores)
lead-agencies = { $count ->
    [one] Agência líder
   *[other] Agências líderes
}
conveners = { $count ->
    [one] Organismo convocador
   *[other] Organismos convocadores
}
as-convener-of = { $organisation } (organismo convocador)
provider-of-last-resort = Prestador de último recurso
no-provider-of-last-resort = Nenhum designado
led-by-government = Liderado pelo governo
led-by = Liderado por
supporting-co-leads = Agências colíderes em apoio ao ministério
ministry-with = { $ministry }, com { $agencies }
sector-note = Este é um setor liderado pelo governo: o ministério lidera-o e as agências indicadas apoiam o ministério como colíderes.
convener-note = { $organisation } convoca { $area ->
    [yes] esta área de responsabilidade
   *[no] este cluster
}: reúne os parceiros, mas não presta contas ao Coordenador Humanitário nem é o prestador de último recurso.
leads-differ = Aqui, as agências líderes não são as que { $area ->
    [yes] a área de responsabilidade
   *[no] o cluster
} prevê a nível global { $when }: { $leads }.
read-more = Saiba mais: { $page }
when-natural-disaster = em catástrofes naturais
when-conflict = em conflitos
when-mixed = em emergências mistas
when-disease-outbreak = em surtos de doença
when-other = noutras emergências
global-lead-when = { $lead } { $when }
global-convener = { $lead }, organismo convocador
global-convener-when = { $lead }, organismo convocador { $when }
global-one-of = { $lead }, conforme acordado no país
global-one-of-when = { $lead } { $when }, conforme acordado no país

## Tipos de coordenação e contagens
type = Tipo
cluster-or-sector = Cluster ou setor
kind-cluster = Cluster
kind-sector = Setor liderado pelo governo
kind-area = Área de responsabilidade
kind-area-of = Área de responsabilidade do cluster de { $cluster }
merged-into = Coordenado pelo grupo { $group }
group-covers = Este grupo coordena
count-clusters = { $count ->
    [one] { $count } cluster
   *[other] { $count } clusters
}
count-sectors = { $count ->
    [one] { $count } setor
   *[other] { $count } setores
}
count-areas = { $count ->
    [one] { $count } área de responsabilidade
   *[other] { $count } áreas de responsabilidade
}
count-none = Nenhum cluster ou setor está ativo
emergency-type = Tipo de emergência
emergency-type-natural-disaster = Catástrofe natural
emergency-type-conflict = Conflito
emergency-type-mixed = Mista (catástrofe natural e conflito)
emergency-type-disease-outbreak = Surto de doença
emergency-type-other = Outra

## Reuniões
meeting-month = { $week ->
    [1] { $dayid ->
        [saturday] Primeiro
        [sunday] Primeiro
       *[other] Primeira
    }
    [2] { $dayid ->
        [saturday] Segundo
        [sunday] Segundo
       *[other] Segunda
    }
    [3] { $dayid ->
        [saturday] Terceiro
        [sunday] Terceiro
       *[other] Terceira
    }
    [4] { $dayid ->
        [saturday] Quarto
        [sunday] Quarto
       *[other] Quarta
    }
   *[other] { $dayid ->
        [saturday] Último
        [sunday] Último
       *[other] Última
    }
} { $day } de cada mês, às { $time } ({ $timezone })
meeting-once = Uma única vez, { $date }, às { $time } ({ $timezone })
meeting-cancelled = Sem reunião em { $dates }
meeting-joint = Reunião conjunta: { $clusters }
meeting-online = Em linha:

## Documentos, grupos e transferências
resources-title = Documentos e ferramentas
resource-kind-terms-of-reference = Termos de referência
resource-kind-strategy = Estratégia
resource-kind-template = Modelo
resource-kind-dashboard = Painel de dados
resource-kind-report = Relatório
resource-kind-map = Mapa
resource-kind-other = Documento
mailing-list = Lista de correio
groups-title = Grupos
group-kind-strategic-advisory-group = Grupo consultivo estratégico
group-kind-technical-working-group = Grupo de trabalho técnico
group-kind-task-force = Grupo de missão
group-kind-other = Grupo
group-lead = Lidera
group-members = Membros
handover-title = Depois da transferência
handover-now = { $organisation } coordena desde { $date }.
handover-contacts = Contactos de { $organisation }

## Funções de uma organização
role = Função
as-convener = Organismo convocador
as-co-convener = Organismo coconvocador
as-ministry-lead = Ministério líder
as-supporting-co-lead = Colíder em apoio ao ministério
as-provider-of-last-resort = Prestador de último recurso
as-group-lead = Lidera: { $group }
as-group-member = Membro: { $group }

## Colunas das exportações
column-country-names = Nomes dos países
column-type = Tipo
column-group = Grupo
column-parent-code = Código do cluster principal
column-conveners = Organismos convocadores
column-provider-of-last-resort = Prestador de último recurso

## Listas
list-and = { $items } e { $last }
list-or = { $items } ou { $last }
list-comma = {", "}
list-semicolon = {"; "}
