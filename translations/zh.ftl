# coordkit interface strings: Chinese (Simplified)
# 工具包可在自己的 translations/<lang>.ftl 文件中替换其中任何一条文字。

## 页面框架
skip-to-content = 跳到正文
site-navigation = 网站导航
section-navigation = 本工具包中的页面
breadcrumbs = 当前位置
languages = 语言
language-switcher = 用其他语言阅读本页
home = 首页
main-menu = 主菜单
menu = 菜单
nav-guidance = 指南
nav-emergencies = 紧急情况
nav-clusters = 集群
nav-organisations = 组织
nav-glossary = 术语表
edit-this-page = 编辑本页
built-on = 本网站生成于{ $date }。
not-translated-language = 尚未翻译
feed-subtitle = 指南与启动信息，按最近审阅排序

## 提示
not-translated = 本页尚未翻译成{ $language }，现以{ $source }显示。
last-reviewed = 最近审核：{ $date }
review-overdue = 本内容上次审核已超过{ $days }天，可能已过时。

## Markdown 页面
in-this-section = 本节内容
related-resources = 相关资源
start-here = 从这里开始
search-title = 搜索
search-label = 搜索本工具包
search-found = 结果：{ $n }
search-none = 没有页面包含所有这些词语。
search-noscript = 搜索需要 JavaScript。您仍可通过菜单浏览所有章节。
download-toolkit = 下载完整工具包
download-section = 下载本节
offline-absent-title = 不在此下载中
offline-absent-text = 此离线副本只包含工具包的一个部分：
offline-absent-online = 在线阅读此页面：

## 根页面和错误页面
choose-language = 选择语言
page-not-found-title = 未找到页面
page-not-found-text = 您要访问的页面不存在或已移动。
go-home = 返回首页

## 集群
clusters-title = 全球集群
clusters-intro = 每个集群汇集在同一部门开展工作的人道主义组织，由一个负责协调的牵头机构领导。
cluster-code = 部门代码
cluster-abbreviation = 缩写
global-leads = 全球牵头机构
areas-of-responsibility = 责任领域
active-in = 在以下紧急情况中启动
about-cluster = 关于本集群

## 组织
organisations-title = 组织
organisation-type = 类型
org-type-un = 联合国
org-type-ingo = 国际非政府组织
org-type-nngo = 本国非政府组织
org-type-red-cross-red-crescent = 红十字与红新月
org-type-government = 政府
org-type-donor = 捐助方
org-type-academic = 学术机构
org-type-private-sector = 私营部门
org-type-other = 其他
website = 网站
global-lead-of = 全球牵头的集群
took-over = 接管协调工作
as-lead = 牵头机构
as-co-lead = 联合牵头机构
as-counterpart = 政府对口部门
as-partner = 合作伙伴
as-observer = 观察员

## 紧急情况
emergencies-title = 紧急情况
no-emergencies = 本工具包中暂无紧急情况。
status = 状态
status-active = 进行中
status-transition = 过渡中
status-closed = 已结束
countries = 国家
glide = GLIDE 编号
started = 开始日期
ended = 结束日期
emergency-closed = 此紧急情况已结束。以下内容仅供参考。
activations = 集群和部门
cluster = 集群
hubs = 中心
meetings = 会议
emergency-pages = 关于此紧急情况的页面
arrangement = 协调安排
arrangement-cluster = 集群
arrangement-sector = 政府主导的部门
leads = 牵头机构
co-leads = 联合牵头机构
government-counterpart = 政府对口部门
active-since = 自{ $date }起启动
deactivated-on = 于{ $date }停用
handed-over = 于{ $date }移交给{ $organisation }
partners = 合作伙伴
observers = 观察员
partners-count = { $count ->
   *[other] { $count }个合作伙伴
}
global-cluster-page = 该集群的全球概况
meeting-week = 每{ $day } { $time }（{ $timezone }）
meeting-2-weeks = 每两周一次，{ $day } { $time }（{ $timezone }）
meeting-starts = 自{ $date }起
location = 地点
hub = 中心
next-meeting = 下次会议：{ $date } { $time }
this-week = 未来七天的会议
no-meetings-this-week = 未来七天没有会议。
calendar-name = { $emergency }：协调会议
as-of = 截至{ $date }

## 联系人
contacts = 联系人
contacts-partners-only = 此紧急情况的联系方式仅向合作伙伴组织提供。
no-contacts = 此处暂无联系人。
inter-cluster = 集群间协调
name = 姓名
organisation = 组织
email = 电子邮件
phone = 电话
role-coordinator = 协调员
role-co-coordinator = 联合协调员
role-information-management = 信息管理
role-hub-coordinator = 中心协调员
role-focal-point = 联络人
role-other = 联系人

## 下载文件及其列
downloads = 下载
column-emergency = 紧急情况
column-countries = 国家
column-cluster-code = 集群代码
column-cluster = 集群
column-organisation = 组织
column-organisation-acronym = 缩写
column-organisation-type = 组织类型
column-contact-name = 姓名
column-contact-role = 角色
column-contact-email = 电子邮件
column-contact-phone = 电话
column-hub = 中心
column-reviewed = 审核日期
column-arrangement = 协调安排
column-leads = 牵头机构
column-leads-acronyms = 牵头机构缩写
column-co-leads = 联合牵头机构
column-government-counterpart = 政府对口部门
column-status = 状态
column-activated = 启动日期
column-deactivated = 停用日期
column-hubs = 中心

## 清单与简报包
onboarding = 入门与简报
first-facts = 须知要点
checklist-progress = 已完成 { $done }/{ $total }
print = 打印
download-pdf = 下载PDF
contents = 目录
pack-directory = 联络名录

## 星期
weekday-monday = 周一
weekday-tuesday = 周二
weekday-wednesday = 周三
weekday-thursday = 周四
weekday-friday = 周五
weekday-saturday = 周六
weekday-sunday = 周日
weekday-date = { $date }{ $weekday }

## 术语表
glossary-title = 术语表
glossary-intro = 人道主义协调中使用的缩略语和术语。

## 日期
date-long = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## 译者
translation-outdated = 此译文早于其原文页面，原文此后已有更新。
read-source = 阅读{ $language }的最新版本。
translations-title = 翻译状态
translations-pages = 页面
translations-interface = 界面文字
translations-data = 数据文本
translations-outdated = 早于原文的译文
translations-missing = 尚未翻译的页面
translations-missing-messages = 尚未翻译的界面文字
translations-untranslated-data = 尚未翻译的数据文本

## 谁来牵头（角色、最后援助提供方、部门）
lead-agencies = { $count ->
   *[other] 牵头机构
}
conveners = { $count ->
   *[other] 召集机构
}
as-convener-of = { $organisation }（召集机构）
provider-of-last-resort = 最后援助提供方
no-provider-of-last-resort = 未指定
led-by-government = 由政府主导
led-by = 牵头方
supporting-co-leads = 支持该部委的联合牵头机构
ministry-with = { $ministry }，联合牵头：{ $agencies }
sector-note = 这是一个由政府主导的部门：由相关部委牵头，所列机构作为联合牵头机构为该部委提供支持。
convener-note = { $organisation }是此{ $area ->
    [yes] 责任领域
   *[no] 集群
}的召集机构：它召集各合作伙伴，但不对人道主义协调员负责，也不是最后援助提供方。
leads-differ = 此处的牵头机构与该{ $area ->
    [yes] 责任领域
   *[no] 集群
}{ $when }的全球牵头机构不同：{ $leads }。
read-more = 了解更多：{ $page }
when-natural-disaster = 在自然灾害中
when-conflict = 在冲突中
when-mixed = 在混合型紧急情况中
when-disease-outbreak = 在疾病暴发中
when-other = 在其他紧急情况中
global-lead-when = { $when }：{ $lead }
global-convener = { $lead }（召集机构）
global-convener-when = { $when }：{ $lead }（召集机构）
global-one-of = { $lead }，由国家层面商定
global-one-of-when = { $when }：{ $lead }，由国家层面商定

## 协调形式与数量
type = 类型
cluster-or-sector = 集群或部门
kind-cluster = 集群
kind-sector = 政府主导的部门
kind-area = 责任领域
kind-area-of = { $cluster }集群的责任领域
merged-into = 由{ $group }小组协调
group-covers = 该小组协调
count-clusters = { $count ->
   *[other] { $count }个集群
}
count-sectors = { $count ->
   *[other] { $count }个部门
}
count-areas = { $count ->
   *[other] { $count }个责任领域
}
count-none = 没有已启动的集群或部门
emergency-type = 紧急情况类型
emergency-type-natural-disaster = 自然灾害
emergency-type-conflict = 冲突
emergency-type-mixed = 混合型（自然灾害和冲突）
emergency-type-disease-outbreak = 疾病暴发
emergency-type-other = 其他

## 会议
meeting-month = 每月{ $week ->
    [1] 第一个
    [2] 第二个
    [3] 第三个
    [4] 第四个
   *[other] 最后一个
}{ $day } { $time }（{ $timezone }）
meeting-once = 仅一次：{ $date } { $time }（{ $timezone }）
meeting-cancelled = 以下日期不开会：{ $dates }
meeting-joint = 联合会议：{ $clusters }
meeting-online = 线上：

## 文件、小组和移交
resources-title = 文件和工具
resource-kind-terms-of-reference = 职责范围
resource-kind-strategy = 战略
resource-kind-template = 模板
resource-kind-dashboard = 数据看板
resource-kind-report = 报告
resource-kind-map = 地图
resource-kind-other = 文件
mailing-list = 邮件列表
groups-title = 小组
group-kind-strategic-advisory-group = 战略咨询小组
group-kind-technical-working-group = 技术工作组
group-kind-task-force = 专项工作组
group-kind-other = 小组
group-lead = 牵头
group-members = 成员
handover-title = 移交之后
handover-now = 自{ $date }起由{ $organisation }负责协调。
handover-contacts = { $organisation }的联系人

## 机构的角色
role = 角色
as-convener = 召集机构
as-co-convener = 联合召集机构
as-ministry-lead = 牵头部委
as-supporting-co-lead = 支持部委的联合牵头机构
as-provider-of-last-resort = 最后援助提供方
as-group-lead = 牵头：{ $group }
as-group-member = 成员：{ $group }

## 导出文件的列
column-country-names = 国家名称
column-type = 类型
column-group = 小组
column-parent-code = 上级集群代码
column-conveners = 召集机构
column-provider-of-last-resort = 最后援助提供方

## 列表
list-and = { $items }和{ $last }
list-or = { $items }或{ $last }
list-comma = {"、"}
list-semicolon = {"；"}
