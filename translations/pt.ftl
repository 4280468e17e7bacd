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
active-clusters = { $count ->
    [one] { $count } cluster ativo
   *[other] { $count } clusters ativos
}
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
merged-with = Este grupo também abrange
leads-differ = Nesta emergência, as agências líderes não são as agências líderes globais do cluster ({ $leads }).
global-cluster-page = O cluster a nível global
meeting-week = Todas as semanas, { $day }, às { $time } ({ $timezone })
meeting-2-weeks = De duas em duas semanas, { $day }, às { $time } ({ $timezone })
meeting-month = Uma vez por mês, { $day }, às { $time } ({ $timezone })
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
