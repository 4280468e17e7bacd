# coordkit interface strings: Arabic
# يمكن لأي حقيبة أدوات أن تستبدل أيًّا من هذه النصوص في ملفها الخاص translations/<lang>.ftl.

## إطار الصفحة
skip-to-content = انتقل إلى المحتوى
site-navigation = التنقل في الموقع
section-navigation = صفحات حقيبة الأدوات هذه
breadcrumbs = أنت هنا
languages = اللغات
language-switcher = اقرأ هذه الصفحة بلغة أخرى
home = الرئيسية
main-menu = القائمة الرئيسية
menu = القائمة
nav-guidance = الإرشادات
nav-emergencies = حالات الطوارئ
nav-clusters = المجموعات
nav-organisations = المنظمات
nav-glossary = مسرد المصطلحات
edit-this-page = تعديل هذه الصفحة
built-on = أُنشئ هذا الموقع في { $date }.
not-translated-language = لم تُترجم بعد
feed-subtitle = الإرشادات والتفعيلات، الأحدث مراجعةً أولًا

## إشعارات
not-translated = لم تُترجم هذه الصفحة بعد إلى اللغة { $language }، وهي معروضة باللغة { $source }.
last-reviewed = آخر مراجعة في { $date }
review-overdue = { $days ->
    [zero] آخر مراجعة لهذا المحتوى كانت قبل أكثر من { $days } يوم، وقد لا يكون محدَّثًا.
    [one] آخر مراجعة لهذا المحتوى كانت قبل أكثر من يوم واحد، وقد لا يكون محدَّثًا.
    [two] آخر مراجعة لهذا المحتوى كانت قبل أكثر من يومين، وقد لا يكون محدَّثًا.
    [few] آخر مراجعة لهذا المحتوى كانت قبل أكثر من { $days } أيام، وقد لا يكون محدَّثًا.
    [many] آخر مراجعة لهذا المحتوى كانت قبل أكثر من { $days } يومًا، وقد لا يكون محدَّثًا.
   *[other] آخر مراجعة لهذا المحتوى كانت قبل أكثر من { $days } يوم، وقد لا يكون محدَّثًا.
}

## صفحات Markdown
in-this-section = في هذا القسم
related-resources = موارد ذات صلة
start-here = ابدأ من هنا
search-title = بحث
search-label = ابحث في حقيبة الأدوات هذه
search-found = النتائج: { $n }
search-none = لا توجد صفحة تحتوي على كل هذه الكلمات.
search-noscript = يتطلب البحث JavaScript. يمكنك تصفح جميع الأقسام من القائمة.
download-toolkit = تنزيل حقيبة الأدوات كاملة
download-section = تنزيل هذا القسم
offline-absent-title = غير موجود في هذا التنزيل
offline-absent-text = لا تحتوي هذه النسخة غير المتصلة إلا على قسم واحد من مجموعة الأدوات:
offline-absent-online = اقرأ هذه الصفحة على الإنترنت:

## الصفحة الجذرية وصفحات الخطأ
choose-language = اختر لغتك
page-not-found-title = الصفحة غير موجودة
page-not-found-text = الصفحة التي طلبتها غير موجودة أو نُقلت إلى مكان آخر.
go-home = الذهاب إلى الصفحة الرئيسية

## المجموعات
clusters-title = المجموعات العالمية
clusters-intro = تضم كل مجموعة المنظمات الإنسانية العاملة في قطاع واحد، تحت قيادة وكالة رائدة مسؤولة عن التنسيق.
cluster-code = رمز القطاع
cluster-abbreviation = الاختصار
global-leads = الوكالات الرائدة على المستوى العالمي
areas-of-responsibility = مجالات المسؤولية
active-in = نشطة في حالات الطوارئ التالية
about-cluster = عن هذه المجموعة

## المنظمات
organisations-title = المنظمات
organisation-type = النوع
org-type-un = الأمم المتحدة
org-type-ingo = منظمة غير حكومية دولية
org-type-nngo = منظمة غير حكومية وطنية
org-type-red-cross-red-crescent = الصليب الأحمر والهلال الأحمر
org-type-government = جهة حكومية
org-type-donor = جهة مانحة
org-type-academic = مؤسسة أكاديمية
org-type-private-sector = القطاع الخاص
org-type-other = غير ذلك
website = الموقع الإلكتروني
global-lead-of = وكالة رائدة على المستوى العالمي لمجموعة
took-over = تولّى التنسيق
as-lead = وكالة رائدة
as-co-lead = وكالة مشاركة في القيادة
as-counterpart = جهة حكومية نظيرة
as-partner = شريك
as-observer = مراقب

## حالات الطوارئ
emergencies-title = حالات الطوارئ
no-emergencies = لا توجد حالات طوارئ في حقيبة الأدوات هذه حتى الآن.
status = الحالة
status-active = نشطة
status-transition = في مرحلة انتقالية
status-closed = مغلقة
countries = البلدان
glide = رقم GLIDE
started = تاريخ البدء
ended = تاريخ الانتهاء
emergency-closed = حالة الطوارئ هذه مغلقة. المعلومات الواردة أدناه محفوظة للرجوع إليها.
activations = المجموعات والقطاعات
cluster = المجموعة
hubs = المراكز
meetings = الاجتماعات
emergency-pages = صفحات عن حالة الطوارئ هذه
arrangement = آلية التنسيق
arrangement-cluster = مجموعة
arrangement-sector = قطاع بقيادة الحكومة
leads = الوكالات الرائدة
co-leads = الوكالات المشاركة في القيادة
government-counterpart = الجهة الحكومية النظيرة
active-since = قيد العمل منذ { $date }
deactivated-on = أُلغي التفعيل في { $date }
handed-over = سُلِّمت المسؤولية إلى { $organisation } في { $date }
partners = الشركاء
observers = المراقبون
partners-count = { $count ->
    [zero] لا شركاء
    [one] شريك واحد
    [two] شريكان
    [few] { $count } شركاء
    [many] { $count } شريكًا
   *[other] { $count } شريك
}
global-cluster-page = عن المجموعة على المستوى العالمي
meeting-week = كل يوم { $day } الساعة { $time } ({ $timezone })
meeting-2-weeks = يوم { $day } كل أسبوعين، الساعة { $time } ({ $timezone })
meeting-starts = اعتبارًا من { $date }
location = المكان
hub = المركز
next-meeting = الاجتماع القادم: { $date } الساعة { $time }
this-week = الاجتماعات خلال الأيام السبعة القادمة
no-meetings-this-week = لا توجد اجتماعات خلال الأيام السبعة القادمة.
calendar-name = { $emergency }: اجتماعات التنسيق
as-of = محدَّث حتى { $date }

## جهات الاتصال
contacts = جهات الاتصال
contacts-partners-only = لا تُتاح بيانات الاتصال الخاصة بحالة الطوارئ هذه إلا للمنظمات الشريكة.
no-contacts = لا توجد جهات اتصال مدرجة هنا حتى الآن.
inter-cluster = التنسيق بين المجموعات
name = الاسم
organisation = المنظمة
email = البريد الإلكتروني
phone = الهاتف
role-coordinator = منسق
role-co-coordinator = منسق مشارك
role-information-management = إدارة المعلومات
role-hub-coordinator = منسق المركز
role-focal-point = جهة تنسيق
role-other = جهة اتصال

## التنزيلات وأعمدتها
downloads = التنزيلات
column-emergency = حالة الطوارئ
column-countries = البلدان
column-cluster-code = رمز المجموعة
column-cluster = المجموعة
column-organisation = المنظمة
column-organisation-acronym = الاختصار
column-organisation-type = نوع المنظمة
column-contact-name = الاسم
column-contact-role = الدور
column-contact-email = البريد الإلكتروني
column-contact-phone = الهاتف
column-hub = المركز
column-reviewed = تاريخ المراجعة
column-arrangement = آلية التنسيق
column-leads = الوكالات الرائدة
column-leads-acronyms = اختصارات الوكالات الرائدة
column-co-leads = الوكالات المشاركة في القيادة
column-government-counterpart = الجهة الحكومية النظيرة
column-status = الحالة
column-activated = تاريخ التفعيل
column-deactivated = تاريخ إلغاء التفعيل
column-hubs = المراكز

## قوائم التحقق وملفات الإحاطة
onboarding = الانضمام والإحاطة
first-facts = ما يجب معرفته أولًا
checklist-progress = أُنجز { $done } من { $total }
print = طباعة
download-pdf = تنزيل ملف PDF
contents = المحتويات
pack-directory = من هو من

## أيام الأسبوع
weekday-monday = الاثنين
weekday-tuesday = الثلاثاء
weekday-wednesday = الأربعاء
weekday-thursday = الخميس
weekday-friday = الجمعة
weekday-saturday = السبت
weekday-sunday = الأحد
weekday-date = { $weekday } { $date }

## مسرد المصطلحات
glossary-title = مسرد المصطلحات
glossary-intro = المختصرات والمصطلحات المستخدمة في التنسيق الإنساني.

## التواريخ
date-long = { $day } { $month } { $year }
month-1 = كانون الثاني/يناير
month-2 = شباط/فبراير
month-3 = آذار/مارس
month-4 = نيسان/أبريل
month-5 = أيار/مايو
month-6 = حزيران/يونيه
month-7 = تموز/يوليه
month-8 = آب/أغسطس
month-9 = أيلول/سبتمبر
month-10 = تشرين الأول/أكتوبر
month-11 = تشرين الثاني/نوفمبر
month-12 = كانون الأول/ديسمبر

## المترجمون
translation-outdated = هذه الترجمة أقدم من الصفحة الأصلية التي تغيّرت منذ ذلك الحين.
read-source = اقرأ النسخة الحالية باللغة { $language }.
translations-title = حالة الترجمات
translations-pages = الصفحات
translations-interface = رسائل الواجهة
translations-data = نصوص البيانات
translations-outdated = ترجمات أقدم من مصدرها
translations-missing = صفحات لم تُترجم بعد
translations-missing-messages = رسائل واجهة لم تُترجم بعد
translations-untranslated-data = نصوص بيانات لم تُترجم بعد

## من يقود (الأدوار، مقدّم الملاذ الأخير، القطاعات)
lead-agencies = { $count ->
    [one] الوكالة الرائدة
   *[other] الوكالات الرائدة
}
conveners = { $count ->
    [one] الجهة الداعية
   *[other] الجهات الداعية
}
as-convener-of = { $organisation } (جهة داعية)
provider-of-last-resort = مقدّم الملاذ الأخير
no-provider-of-last-resort = لم يُسمَّ أحد
led-by-government = بقيادة الحكومة
led-by = القيادة
supporting-co-leads = الوكالات المشاركة في القيادة دعمًا للوزارة
ministry-with = { $ministry }، بدعم من { $agencies }
sector-note = هذا قطاع بقيادة الحكومة: تقوده الوزارة، وتدعمها الوكالات المذكورة بصفتها وكالات مشاركة في القيادة.
convener-note = { $organisation } هي الجهة الداعية { $area ->
    [yes] لمجال المسؤولية هذا
   *[no] لهذه المجموعة
}: تجمع الشركاء، لكنها لا تخضع للمساءلة أمام منسق الشؤون الإنسانية وليست مقدّم الملاذ الأخير.
leads-differ = تختلف الوكالات الرائدة هنا عن الوكالات الرائدة على المستوى العالمي { $area ->
    [yes] لمجال المسؤولية
   *[no] للمجموعة
} { $when }: { $leads }.
read-more = لمعرفة المزيد: { $page }
when-natural-disaster = في الكوارث الطبيعية
when-conflict = في النزاعات
when-mixed = في حالات الطوارئ المختلطة
when-disease-outbreak = في حالات تفشي الأمراض
when-other = في حالات الطوارئ الأخرى
global-lead-when = { $lead } { $when }
global-convener = { $lead } (جهة داعية)
global-convener-when = { $lead } (جهة داعية) { $when }
global-one-of = { $lead }، بحسب ما يُتفق عليه في البلد
global-one-of-when = { $lead } { $when }، بحسب ما يُتفق عليه في البلد

## أشكال التنسيق وأعدادها
type = النوع
cluster-or-sector = المجموعة أو القطاع
kind-cluster = مجموعة
kind-sector = قطاع بقيادة الحكومة
kind-area = مجال مسؤولية
kind-area-of = مجال مسؤولية ضمن مجموعة { $cluster }
merged-into = تنسّقه مجموعة { $group }
group-covers = تنسّق هذه المجموعة
count-clusters = { $count ->
    [zero] لا مجموعات
    [one] مجموعة واحدة
    [two] مجموعتان
    [few] { $count } مجموعات
    [many] { $count } مجموعة
   *[other] { $count } مجموعة
}
count-sectors = { $count ->
    [zero] لا قطاعات
    [one] قطاع واحد
    [two] قطاعان
    [few] { $count } قطاعات
    [many] { $count } قطاعًا
   *[other] { $count } قطاع
}
count-areas = { $count ->
    [zero] لا مجالات مسؤولية
    [one] مجال مسؤولية واحد
    [two] مجالا مسؤولية
    [few] { $count } مجالات مسؤولية
    [many] { $count } مجالًا من مجالات المسؤولية
   *[other] { $count } مجال مسؤولية
}
count-none = لا توجد مجموعة أو قطاع نشط
emergency-type = نوع حالة الطوارئ
emergency-type-natural-disaster = كارثة طبيعية
emergency-type-conflict = نزاع
emergency-type-mixed = مختلطة (كارثة طبيعية ونزاع)
emergency-type-disease-outbreak = تفشي مرض
emergency-type-other = أخرى

## الاجتماعات
meeting-month = يوم { $day } { $week ->
    [1] الأول
    [2] الثاني
    [3] الثالث
    [4] الرابع
   *[other] الأخير
} من كل شهر، الساعة { $time } ({ $timezone })
meeting-once = مرة واحدة، { $date }، الساعة { $time } ({ $timezone })
meeting-cancelled = لا اجتماع في { $dates }
meeting-joint = اجتماع مشترك: { $clusters }
meeting-online = عبر الإنترنت:

## الوثائق والأفرقة وتسليم المسؤولية
resources-title = الوثائق والأدوات
resource-kind-terms-of-reference = الاختصاصات
resource-kind-strategy = الاستراتيجية
resource-kind-template = نموذج
resource-kind-dashboard = لوحة بيانات
resource-kind-report = تقرير
resource-kind-map = خريطة
resource-kind-other = وثيقة
mailing-list = القائمة البريدية
groups-title = الأفرقة
group-kind-strategic-advisory-group = الفريق الاستشاري الاستراتيجي
group-kind-technical-working-group = فريق عامل تقني
group-kind-task-force = فرقة عمل
group-kind-other = فريق
group-lead = القيادة
group-members = الأعضاء
handover-title = بعد تسليم المسؤولية
handover-now = تتولى { $organisation } التنسيق منذ { $date }.
handover-contacts = جهات الاتصال في { $organisation }

## أدوار المنظمة
role = الدور
as-convener = جهة داعية
as-co-convener = جهة داعية مشاركة
as-ministry-lead = الوزارة القائدة
as-supporting-co-lead = وكالة مشاركة في القيادة دعمًا للوزارة
as-provider-of-last-resort = مقدّم الملاذ الأخير
as-group-lead = تقود: { $group }
as-group-member = عضو في: { $group }

## أعمدة الملفات المصدّرة
column-country-names = أسماء البلدان
column-type = النوع
column-group = الفريق
column-parent-code = رمز المجموعة الأم
column-conveners = الجهات الداعية
column-provider-of-last-resort = مقدّم الملاذ الأخير

## القوائم
list-and = { $items } و{ $last }
list-or = { $items } أو { $last }
list-comma = {"، "}
list-semicolon = {"؛ "}
