# coordkit interface strings: Russian
# Любой из этих текстов можно заменить в файле translations/<lang>.ftl самого инструментария.

## Каркас страницы
skip-to-content = Перейти к содержанию
site-navigation = Навигация по сайту
section-navigation = Страницы инструментария
breadcrumbs = Вы здесь
languages = Языки
language-switcher = Читать эту страницу на другом языке
home = Главная
main-menu = Главное меню
menu = Меню
nav-guidance = Руководства
nav-emergencies = Чрезвычайные ситуации
nav-clusters = Кластеры
nav-organisations = Организации
nav-glossary = Глоссарий
edit-this-page = Редактировать страницу
built-on = Версия сайта от { $date }.
not-translated-language = перевода пока нет
feed-subtitle = Руководства и активации, сначала недавно проверенные

## Уведомления
not-translated = Эта страница пока не переведена на язык { $language }. Она показана на языке { $source }.
last-reviewed = Последняя проверка: { $date }
review-overdue = { $days ->
    [one] Этот материал последний раз проверялся более { $days } дня назад и может быть устаревшим.
    [few] Этот материал последний раз проверялся более { $days } дней назад и может быть устаревшим.
    [many] Этот материал последний раз проверялся более { $days } дней назад и может быть устаревшим.
   *[other] Этот материал последний раз проверялся более { $days } дня назад и может быть устаревшим.
}

## Страницы Markdown
in-this-section = В этом разделе
related-resources = Связанные материалы
start-here = С чего начать
search-title = Поиск
search-label = Поиск по набору инструментов
search-found = Результаты: { $n }
search-none = Ни одна страница не содержит все эти слова.
search-noscript = Для поиска нужен JavaScript. Все разделы доступны через меню.
download-toolkit = Скачать весь набор инструментов
download-section = Скачать этот раздел
offline-absent-title = Нет в этой загрузке
offline-absent-text = Эта офлайн-копия содержит только один раздел набора материалов:
offline-absent-online = Читать эту страницу онлайн:

## Корневая страница и страницы ошибок
choose-language = Выберите язык
page-not-found-title = Страница не найдена
page-not-found-text = Запрошенная страница не существует или была перемещена.
go-home = Перейти на главную страницу

## Кластеры
clusters-title = Глобальные кластеры
clusters-intro = Каждый кластер объединяет гуманитарные организации, работающие в одном секторе, под руководством ведущего агентства, которое отвечает за координацию.
cluster-code = Код сектора
cluster-abbreviation = Сокращение
global-leads = Глобальные ведущие агентства
areas-of-responsibility = Области ответственности
active-in = Действует в этих чрезвычайных ситуациях
about-cluster = О кластере

## Организации
organisations-title = Организации
organisation-type = Тип
org-type-un = ООН
org-type-ingo = Международная НПО
org-type-nngo = Национальная НПО
org-type-red-cross-red-crescent = Красный Крест и Красный Полумесяц
org-type-government = Правительство
org-type-donor = Донор
org-type-academic = Научные учреждения
org-type-private-sector = Частный сектор
org-type-other = Другое
website = Веб-сайт
global-lead-of = Глобальное ведущее агентство кластеров
took-over = Принятие координации
as-lead = Ведущее агентство
as-co-lead = Соведущее агентство
as-counterpart = Государственный партнер
as-partner = Партнер
as-observer = Наблюдатель

## Чрезвычайные ситуации
emergencies-title = Чрезвычайные ситуации
no-emergencies = В этом инструментарии пока нет чрезвычайных ситуаций.
status = Статус
status-active = Активная
status-transition = Переходный этап
status-closed = Закрытая
countries = Страны
glide = Номер GLIDE
started = Начало
ended = Окончание
emergency-closed = Эта чрезвычайная ситуация закрыта. Информация ниже сохранена для справки.
activations = Кластеры и секторы
cluster = Кластер
hubs = Хабы
meetings = Совещания
emergency-pages = Страницы об этой чрезвычайной ситуации
arrangement = Форма координации
arrangement-cluster = Кластер
arrangement-sector = Сектор под руководством правительства
leads = Ведущие агентства
co-leads = Соведущие агентства
government-counterpart = Государственный партнер
active-since = Действует с { $date }
deactivated-on = Деактивирован { $date }
handed-over = Передан в ведение: { $organisation } ({ $date })
partners = Партнеры
observers = Наблюдатели
partners-count = { $count ->
    [one] { $count } партнер
    [few] { $count } партнера
    [many] { $count } партнеров
   *[other] { $count } партнера
}
global-cluster-page = О кластере на глобальном уровне
meeting-week = Каждую неделю, { $day }, в { $time } ({ $timezone })
meeting-2-weeks = Раз в две недели, { $day }, в { $time } ({ $timezone })
meeting-starts = с { $date }
location = Место
hub = Хаб
next-meeting = Следующее совещание: { $date } в { $time }
this-week = Совещания в ближайшие семь дней
no-meetings-this-week = В ближайшие семь дней совещаний нет.
calendar-name = { $emergency }: координационные совещания
as-of = По состоянию на { $date }

## Контакты
contacts = Контакты
contacts-partners-only = Контактные данные по этой чрезвычайной ситуации доступны только организациям-партнерам.
no-contacts = Контакты пока не указаны.
inter-cluster = Межкластерная координация
name = Имя
organisation = Организация
email = Эл. почта
phone = Телефон
role-coordinator = Координатор
role-co-coordinator = Сокоординатор
role-information-management = Управление информацией
role-hub-coordinator = Координатор хаба
role-focal-point = Ответственное лицо
role-other = Контактное лицо

## Файлы для скачивания и их столбцы
downloads = Файлы для скачивания
column-emergency = Чрезвычайная ситуация
column-countries = Страны
column-cluster-code = Код кластера
column-cluster = Кластер
column-organisation = Организация
column-organisation-acronym = Сокращение
column-organisation-type = Тип организации
column-contact-name = Имя
column-contact-role = Роль
column-contact-email = Эл. почта
column-contact-phone = Телефон
column-hub = Хаб
column-reviewed = Дата проверки
column-arrangement = Форма координации
column-leads = Ведущие агентства
column-leads-acronyms = Сокращения ведущих агентств
column-co-leads = Соведущие агентства
column-government-counterpart = Государственный партнер
column-status = Статус
column-activated = Дата активации
column-deactivated = Дата деактивации
column-hubs = Хабы

## Контрольные списки и пакеты
onboarding = Адаптация и инструктаж
first-facts = Что важно знать
checklist-progress = Выполнено: { $done } из { $total }
print = Печать
download-pdf = Скачать PDF
contents = Содержание
pack-directory = Кто есть кто

## Дни недели
weekday-monday = понедельник
weekday-tuesday = вторник
weekday-wednesday = среда
weekday-thursday = четверг
weekday-friday = пятница
weekday-saturday = суббота
weekday-sunday = воскресенье
weekday-date = { $weekday }, { $date }

## Глоссарий
glossary-title = Глоссарий
glossary-intro = Сокращения и термины, используемые в гуманитарной координации.

## Даты
date-long = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Переводчики
translation-outdated = Этот перевод старше страницы, которую он переводит: она с тех пор изменилась.
read-source = Читать актуальную версию: { $language }.
translations-title = Состояние переводов
translations-pages = Страницы
translations-interface = Сообщения интерфейса
translations-data = Тексты данных
translations-outdated = Переводы старше исходных страниц
translations-missing = Ещё не переведённые страницы
translations-missing-messages = Ещё не переведённые сообщения интерфейса
translations-untranslated-data = Ещё не переведённые тексты данных

## Кто руководит (роли, поставщик последней инстанции, секторы)
lead-agencies = { $count ->
    [one] Ведущее агентство
   *[other] Ведущие агентства
}
conveners = { $count ->
    [one] Организатор
   *[other] Организаторы
}
as-convener-of = { $organisation } (организатор)
provider-of-last-resort = Поставщик последней инстанции
no-provider-of-last-resort = Не назначен
led-by-government = Под руководством правительства
led-by = Руководит
supporting-co-leads = Соведущие агентства, поддерживающие министерство
ministry-with = { $ministry }, при поддержке: { $agencies }
sector-note = Это сектор под руководством правительства: им руководит министерство, а указанные агентства поддерживают министерство как соведущие.
convener-note = { $organisation } выступает организатором { $area ->
    [yes] этой области ответственности
   *[no] этого кластера
}: собирает партнеров, но не подотчетна Координатору по гуманитарным вопросам и не является поставщиком последней инстанции.
leads-differ = Здесь ведущие агентства отличаются от глобальных ведущих агентств { $area ->
    [yes] области ответственности
   *[no] кластера
} { $when }: { $leads }.
read-more = Подробнее: { $page }
when-natural-disaster = при стихийных бедствиях
when-conflict = при конфликтах
when-mixed = при смешанных чрезвычайных ситуациях
when-disease-outbreak = при вспышках заболеваний
when-other = при других чрезвычайных ситуациях
global-lead-when = { $lead } { $when }
global-convener = { $lead } (организатор)
global-convener-when = { $lead } (организатор) { $when }
global-one-of = { $lead } — по договоренности в стране
global-one-of-when = { $lead } { $when } — по договоренности в стране

## Формы координации и их число
type = Тип
cluster-or-sector = Кластер или сектор
kind-cluster = Кластер
kind-sector = Сектор под руководством правительства
kind-area = Область ответственности
kind-area-of = Область ответственности кластера «{ $cluster }»
merged-into = Координирует группа «{ $group }»
group-covers = Эта группа координирует
count-clusters = { $count ->
    [one] { $count } кластер
    [few] { $count } кластера
    [many] { $count } кластеров
   *[other] { $count } кластера
}
count-sectors = { $count ->
    [one] { $count } сектор
    [few] { $count } сектора
    [many] { $count } секторов
   *[other] { $count } сектора
}
count-areas = { $count ->
    [one] { $count } область ответственности
    [few] { $count } области ответственности
    [many] { $count } областей ответственности
   *[other] { $count } области ответственности
}
count-none = Нет активных кластеров и секторов
emergency-type = Тип чрезвычайной ситуации
emergency-type-natural-disaster = Стихийное бедствие
emergency-type-conflict = Конфликт
emergency-type-mixed = Смешанная (стихийное бедствие и конфликт)
emergency-type-disease-outbreak = Вспышка заболевания
emergency-type-other = Другая

## Совещания
meeting-month = { $week ->
    [1] { $dayid ->
        [wednesday] Первая
        [friday] Первая
        [saturday] Первая
        [sunday] Первое
       *[other] Первый
    }
    [2] { $dayid ->
        [wednesday] Вторая
        [friday] Вторая
        [saturday] Вторая
        [sunday] Второе
       *[other] Второй
    }
    [3] { $dayid ->
        [wednesday] Третья
        [friday] Третья
        [saturday] Третья
        [sunday] Третье
       *[other] Третий
    }
    [4] { $dayid ->
        [wednesday] Четвертая
        [friday] Четвертая
        [saturday] Четвертая
        [sunday] Четвертое
       *[other] Четвертый
    }
   *[other] { $dayid ->
        [wednesday] Последняя
        [friday] Последняя
        [saturday] Последняя
        [sunday] Последнее
       *[other] Последний
    }
} { $day } каждого месяца в { $time } ({ $timezone })
meeting-once = Однократно: { $date } в { $time } ({ $timezone })
meeting-cancelled = Совещания не будет: { $dates }
meeting-joint = Совместное совещание: { $clusters }
meeting-online = Онлайн:

## Документы, группы и передача функций
resources-title = Документы и инструменты
resource-kind-terms-of-reference = Круг ведения
resource-kind-strategy = Стратегия
resource-kind-template = Шаблон
resource-kind-dashboard = Информационная панель
resource-kind-report = Отчет
resource-kind-map = Карта
resource-kind-other = Документ
mailing-list = Список рассылки
groups-title = Группы
group-kind-strategic-advisory-group = Стратегическая консультативная группа
group-kind-technical-working-group = Техническая рабочая группа
group-kind-task-force = Целевая группа
group-kind-other = Группа
group-lead = Руководит
group-members = Участники
handover-title = После передачи функций
handover-now = С { $date } координацию обеспечивает { $organisation }.
handover-contacts = Контакты: { $organisation }

## Роли организации
role = Роль
as-convener = Организатор
as-co-convener = Соорганизатор
as-ministry-lead = Ведущее министерство
as-supporting-co-lead = Соведущее агентство, поддерживающее министерство
as-provider-of-last-resort = Поставщик последней инстанции
as-group-lead = Руководит: { $group }
as-group-member = Участник: { $group }

## Столбцы экспорта
column-country-names = Названия стран
column-type = Тип
column-group = Группа
column-parent-code = Код головного кластера
column-conveners = Организаторы
column-provider-of-last-resort = Поставщик последней инстанции

## Перечни
list-and = { $items } и { $last }
list-or = { $items } или { $last }
list-comma = {", "}
list-semicolon = {"; "}
