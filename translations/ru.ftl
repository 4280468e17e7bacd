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
active-clusters = { $count ->
    [one] { $count } активный кластер
    [few] { $count } активных кластера
    [many] { $count } активных кластеров
   *[other] { $count } активного кластера
}
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
merged-with = Эта группа также охватывает
leads-differ = В этой чрезвычайной ситуации ведущие агентства отличаются от глобальных ведущих агентств кластера ({ $leads }).
global-cluster-page = О кластере на глобальном уровне
meeting-week = Каждую неделю, { $day }, в { $time } ({ $timezone })
meeting-2-weeks = Раз в две недели, { $day }, в { $time } ({ $timezone })
meeting-month = Раз в месяц, { $day }, в { $time } ({ $timezone })
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
