//! Issue #9: the site says who is accountable for what. On the fixture
//! `tests/fixtures/accountability` (a natural disaster and a mixed emergency): global leads
//! with conditions and convener roles, a convener-only activation, leads compared with those
//! that apply to the emergency's type, areas of responsibility with and without their
//! cluster, a merged group, a government-led sector, a handover, an activation's documents,
//! groups and meetings, scoped checklists and packs, exports, country names.

mod common;

use common::*;
use coordkit::model::Audience;

fn site(audience: Audience) -> Site {
    build(&fixture("accountability"), audience)
}

const UNICEF: &str = "<a href=\"../../../organisations/unicef/index.html\" title=\"United Nations Children&#39;s Fund\">UNICEF</a>";
const IFRC: &str = "<a href=\"../../../organisations/ifrc/index.html\" title=\"International Federation of Red Cross and Red Crescent Societies\">IFRC</a>";

#[test]
fn issue_9_global_leads_say_in_which_emergencies_and_in_what_role() {
    let s = site(Audience::Public);
    let list = s.main("en/clusters/index.html");
    assert!(list.contains("<p>Global lead agencies: <a href=\"../organisations/iom/index.html\" title=\"International Organization for Migration\">IOM</a> in natural disasters; <a href=\"../organisations/unhcr/index.html\" title=\"UN Refugee Agency\">UNHCR</a> in conflicts</p>"), "{list}");
    assert!(list.contains("<p>Global lead agencies: <a href=\"../organisations/ifrc/index.html\" title=\"International Federation of Red Cross and Red Crescent Societies\">IFRC</a> convenes in natural disasters; <a href=\"../organisations/unhcr/index.html\" title=\"UN Refugee Agency\">UNHCR</a> in conflicts</p>"), "{list}");
    assert!(list.contains("<p>Global lead agencies: <a href=\"../organisations/unicef/index.html\" title=\"United Nations Children&#39;s Fund\">UNICEF</a> and <a href=\"../organisations/save-the-children/index.html\" title=\"Save the Children\">Save the Children</a></p>"), "{list}");
    let protection = s.main("en/clusters/protection/index.html");
    assert!(protection.contains("<dt>Global lead agencies</dt><dd><a href=\"../../organisations/unhcr/index.html\" title=\"UN Refugee Agency\">UNHCR</a> in conflicts<br><a href=\"../../organisations/unhcr/index.html\" title=\"UN Refugee Agency\">UNHCR</a>, <a href=\"../../organisations/unicef/index.html\" title=\"United Nations Children&#39;s Fund\">UNICEF</a> or <a href=\"../../organisations/ohchr/index.html\" title=\"Office of the High Commissioner for Human Rights\">OHCHR</a> in natural disasters, agreed in the country</dd>"), "{protection}");
    let gbv = s.main("en/clusters/gbv/index.html");
    assert!(gbv.contains("<p class=\"lead\">Area of responsibility · <a href=\"../../clusters/protection/index.html\">Protection</a></p>"), "{gbv}");
    let ifrc = s.main("en/organisations/ifrc/index.html");
    assert!(ifrc.contains("<dt>Global lead of</dt><dd><a href=\"../../clusters/shelter/index.html\">Shelter</a> <small>(<a href=\"../../organisations/ifrc/index.html\" title=\"International Federation of Red Cross and Red Crescent Societies\">IFRC</a> convenes in natural disasters)</small></dd>"), "{ifrc}");
    assert!(ifrc.contains("<tr><td>Cyclone response</td><td><a href=\"../../emergencies/cyclone/shelter/index.html\">Shelter</a></td><td>Convener</td></tr>"), "{ifrc}");
    let unicef = s.main("en/organisations/unicef/index.html");
    assert!(unicef.contains("<tr><td>Cyclone response</td><td><a href=\"../../emergencies/cyclone/wash/index.html\">Water, Sanitation and Hygiene</a></td><td>Lead, Provider of last resort, Leads the Strategic Advisory Group</td></tr>"), "{unicef}");
    // After a handover the provider of last resort is no longer a role.
    assert!(unicef.contains("<tr><td>Displacement crisis</td><td><a href=\"../../emergencies/crisis/wash/index.html\">Water, Sanitation and Hygiene</a></td><td>Lead</td></tr>"), "{unicef}");
}

#[test]
fn issue_9_a_convener_is_neither_called_lead_nor_the_provider_of_last_resort() {
    let shelter = site(Audience::Public).main("en/emergencies/cyclone/shelter/index.html");
    assert!(shelter.contains(&format!(
        "<dl class=\"facts\">\n<dt>Status</dt><dd>Active since 15 March 2026</dd>\n<dt><a href=\"../../../guide/approach/index.html\">Convener</a></dt><dd>{IFRC}</dd>\n<dt><a href=\"../../../guide/approach/index.html\">Provider of last resort</a></dt><dd>None designated</dd>\n</dl>\n<p class=\"notice\" role=\"note\">{IFRC} convenes this cluster: it brings the partners together, but it is not accountable to the Humanitarian Coordinator and is not the provider of last resort. Read more: <a href=\"../../../guide/approach/index.html\">1.1 Leadership</a></p>"
    )), "{shelter}");
    assert!(!shelter.contains("Lead agenc"), "{shelter}");
}

#[test]
fn issue_9_leads_are_compared_with_those_for_the_emergency_type() {
    let s = site(Audience::Public);
    // IOM leads CCCM: in a mixed emergency the natural-disaster and conflict leads both apply.
    assert!(
        !s.main("en/emergencies/crisis/cccm/index.html")
            .contains("differ")
    );
    // Protection in a cyclone: UNHCR is one of the organisations agreed in the country.
    assert!(
        !s.main("en/emergencies/cyclone/protection/index.html")
            .contains("differ")
    );
    let health = s.main("en/emergencies/crisis/health/index.html");
    assert!(health.contains("<p class=\"notice\" role=\"note\">Here the leads differ from the cluster&#39;s global leads in mixed emergencies: <a href=\"../../../organisations/who/index.html\" title=\"World Health Organization\">WHO</a>.</p>"), "{health}");
    let fr = s.main("fr/emergencies/crisis/health/index.html");
    assert!(fr.contains("Ici, les chefs de file ne sont pas ceux que prévoit le cluster au niveau mondial lors des urgences mixtes : "), "{fr}");
}

/// The rows of an emergency's directory table.
fn rows(main: &str) -> Vec<String> {
    let table = &main[main.find("<table class=\"directory\">").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    table
        .lines()
        .filter(|l| l.starts_with("<tr") && l.contains("scope=\"row\""))
        .map(str::to_string)
        .collect()
}

#[test]
fn issue_9_directory_labels_areas_of_responsibility_merged_clusters_and_counts() {
    let s = site(Audience::Public);
    let cyclone = s.main("en/emergencies/cyclone/index.html");
    assert!(cyclone.contains("<h2 id=\"clusters\">Clusters and sectors</h2>\n<p>4 clusters, 1 sector, 1 area of responsibility</p>"), "{cyclone}");
    let r = rows(&cyclone);
    assert_eq!(r.len(), 7, "{r:#?}");
    assert_eq!(
        r[1],
        "<tr class=\"kind-cluster\"><th scope=\"row\"><a href=\"../../emergencies/cyclone/health/index.html\">Health and Nutrition</a></th><td>Cluster</td><td><a href=\"../../organisations/who/index.html\" title=\"World Health Organization\">WHO</a></td><td>Active since 16 March 2026</td></tr>"
    );
    assert_eq!(
        r[2],
        "<tr class=\"kind-merged nested\"><th scope=\"row\"><a href=\"../../emergencies/cyclone/health/index.html\">Nutrition</a></th><td>Coordinated by the Health and Nutrition group</td><td><a href=\"../../organisations/who/index.html\" title=\"World Health Organization\">WHO</a></td><td>Active since 16 March 2026</td></tr>"
    );
    assert_eq!(
        r[4],
        "<tr class=\"kind-area nested\"><th scope=\"row\"><a href=\"../../emergencies/cyclone/child-protection/index.html\">Child Protection</a></th><td>Area of responsibility of the Protection cluster</td><td><a href=\"../../organisations/unicef/index.html\" title=\"United Nations Children&#39;s Fund\">UNICEF</a></td><td>Active since 20 March 2026</td></tr>"
    );
    assert!(r[3].contains(">Protection</a>"));
    // An area of responsibility whose cluster is not active here has a row of its own.
    let crisis = s.main("en/emergencies/crisis/index.html");
    let r = rows(&crisis);
    assert_eq!(
        r[1],
        "<tr class=\"kind-area\"><th scope=\"row\"><a href=\"../../emergencies/crisis/gbv/index.html\">Gender-Based Violence</a></th><td>Area of responsibility of the Protection cluster</td><td><a href=\"../../organisations/unfpa/index.html\" title=\"United Nations Population Fund\">UNFPA</a></td><td>Active since 10 June 2025</td></tr>"
    );
    assert!(
        crisis.contains("<p>2 clusters, 1 area of responsibility</p>"),
        "{crisis}"
    );
    let gbv = s.main("en/emergencies/crisis/gbv/index.html");
    assert!(gbv.contains("<p class=\"lead kind-area\">Area of responsibility of the <a href=\"../../../clusters/protection/index.html\">Protection</a> cluster</p>"), "{gbv}");
    let list = s.main("en/emergencies/index.html");
    assert!(list.contains("<p>Mozambique · Started 14 March 2026 · 4 clusters, 1 sector, 1 area of responsibility</p>"), "{list}");
    let health = s.main("en/emergencies/cyclone/health/index.html");
    assert!(health.contains("<h1>Health and Nutrition <small>· Cyclone response</small></h1>"));
    assert!(health.contains("<dt>This group coordinates</dt><dd><a href=\"../../../clusters/health/index.html\">Health</a>, <a href=\"../../../clusters/nutrition/index.html\">Nutrition</a></dd>"), "{health}");
    // Nutrition's contact is the group's.
    assert!(health.contains("Nuno Example"));
}

#[test]
fn issue_9_a_government_led_sector_is_led_by_its_ministry() {
    let education = site(Audience::Public).main("en/emergencies/cyclone/education/index.html");
    assert!(education.contains(&format!("<dt>Led by the government</dt><dd><a href=\"../../../organisations/education-ministry/index.html\" title=\"Ministry of Education\">Ministry of Education</a></dd>\n<dt>Co-leads supporting the ministry</dt><dd>{UNICEF} and <a href=\"../../../organisations/save-the-children/index.html\" title=\"Save the Children\">Save the Children</a></dd>\n</dl>\n<p class=\"notice\" role=\"note\">This is a government-led sector: the ministry leads it, and the agencies named support the ministry as co-leads.</p>")), "{education}");
    assert!(!education.contains("Lead agenc"));
}

#[test]
fn issue_9_a_handover_says_who_coordinates_now_and_offers_nothing_empty() {
    let s = site(Audience::Public);
    let wash = s.main("en/emergencies/crisis/wash/index.html");
    assert!(wash.contains("<section aria-labelledby=\"handover\"><h2 id=\"handover\">After the handover</h2>\n<p><a href=\"../../../organisations/water-authority/index.html\" title=\"National Water Authority\">National Water Authority</a> has coordinated since 31 October 2026.</p>\n<p>The National Water Authority chairs a monthly water sector meeting; partners report to it.</p>\n\n<h3>Contacts at National Water Authority</h3>\n<ul><li>Wanjiru Example, Focal point, <a href=\"mailto:water.sector@example.org\" dir=\"ltr\">water.sector@example.org</a></li></ul>\n</section>"), "{wash}");
    assert!(!wash.contains("No contacts are listed here yet"), "{wash}");
    assert!(!wash.contains("Provider of last resort"), "{wash}");
    assert!(!wash.contains("onboarding"), "{wash}");
    let files: Vec<&String> = s
        .files
        .keys()
        .filter(|p| p.starts_with("en/emergencies/crisis/wash/"))
        .collect();
    assert_eq!(files, ["en/emergencies/crisis/wash/index.html"]);
}

#[test]
fn issue_9_activation_documents_groups_meetings_and_links_for_each_audience() {
    let public = site(Audience::Public).main("en/emergencies/cyclone/wash/index.html");
    assert!(public.contains("<h2 id=\"resources\">Documents and tools</h2>\n<ul class=\"resources\"><li><span class=\"kind kind-terms-of-reference\">Terms of reference</span> <a href=\"../../../emergencies/cyclone/files/wash-tor.pdf\">Terms of reference 2026</a></li><li><span class=\"kind kind-dashboard\">Dashboard</span> <a href=\"https://example.org/wash-3w\" rel=\"external\">3W dashboard</a></li></ul>"), "{public}");
    assert!(public.contains("<ul><li><strong>WASH coordination meeting</strong><br>Every Tuesday at 10:00 (Africa/Maputo), from 17 March 2026<br><em>Next: Tuesday 8 December 2026 at 10:00</em><br><span class=\"cancelled\">No meeting on Tuesday 1 December 2026</span></li>\n<li><strong>Cholera preparedness briefing</strong><br>Once, on Friday 4 December 2026 at 09:00 (Africa/Maputo)<br>Online: <a href=\"https://meet.example.org/briefing\" rel=\"external\" dir=\"ltr\">https://meet.example.org/briefing</a><br><em>Next: Friday 4 December 2026 at 09:00</em></li>\n<li><strong>Cholera task force</strong> <small>Joint meeting: Health and WASH</small><br>Every Friday at 11:00 (Africa/Maputo), from 2 October 2026<br><em>Next: Friday 27 November 2026 at 11:00</em></li>\n</ul>"), "{public}");
    assert!(public.contains(&format!("<section class=\"group\" aria-labelledby=\"group-sag\"><h3 id=\"group-sag\">Strategic Advisory Group <small>Strategic advisory group</small></h3>\n<dl class=\"facts\">\n<dt>Lead</dt><dd>{UNICEF}</dd>")), "{public}");
    assert!(public.contains("<ul><li><strong>Water quality working group</strong><br>The first Wednesday of every month at 14:00 (Africa/Maputo), from 1 April 2026<br><em>Next: Wednesday 2 December 2026 at 14:00</em></li>"), "{public}");
    // The meeting link and the mailing list are for partners, unless `public_links: true`.
    assert!(!public.contains("meet.example.org/wash\""));
    assert!(!public.contains("wash-cyclone@example.org"));
    let partners = site(Audience::Partners).main("en/emergencies/cyclone/wash/index.html");
    assert!(partners.contains("<dt>Mailing list</dt><dd><a href=\"mailto:wash-cyclone@example.org\" dir=\"ltr\">wash-cyclone@example.org</a></dd>"), "{partners}");
    assert!(partners.contains("Online: <a href=\"https://meet.example.org/wash\" rel=\"external\" dir=\"ltr\">https://meet.example.org/wash</a>"), "{partners}");
    // The joint meeting is on Health's page too.
    let health = site(Audience::Public).main("en/emergencies/cyclone/health/index.html");
    assert!(
        health.contains(
            "<li><strong>Cholera task force</strong> <small>Joint meeting: Health and WASH</small>"
        ),
        "{health}"
    );
}

#[test]
fn issue_9_checklist_items_follow_their_scope_and_link_the_activations_own_resource() {
    let s = site(Audience::Public);
    let wash = s.main("en/emergencies/cyclone/wash/onboarding/index.html");
    assert!(wash.contains("<label for=\"ck-7b0c4ffb\">Read the terms of reference</label> <a class=\"see\" href=\"../../../../emergencies/cyclone/files/wash-tor.pdf\">Terms of reference 2026</a></li>"), "{wash}");
    assert!(wash.contains("Register your water points"));
    assert!(
        wash.contains(
            "<legend>Cyclone season</legend>\n<ul><li><input type=\"checkbox\" id=\"ck-24858b7b\""
        ),
        "{wash}"
    );
    let health = s.main("en/emergencies/cyclone/health/onboarding/index.html");
    assert!(
        !health.contains("terms of reference") && !health.contains("water points"),
        "{health}"
    );
    let crisis = s.main("en/emergencies/crisis/health/onboarding/index.html");
    assert!(!crisis.contains("Cyclone season"), "{crisis}");
    assert!(
        crisis.contains("data-progress=\"__DONE__ of 1 done\""),
        "{crisis}"
    );
}

#[test]
fn issue_9_pack_sections_follow_their_scope_and_the_glossary_holds_the_terms_used() {
    let s = site(Audience::Public);
    let wash = s.main("en/emergencies/cyclone/wash/briefing/index.html");
    assert!(wash.contains("<ol><li><a href=\"#p1-top\"><span class=\"num\">1.1</span> Leadership</a></li><li><a href=\"#p2-top\"><span class=\"num\">1.2</span> Water quality</a></li><li><a href=\"#s3\">Who is who</a></li><li><a href=\"#s4\">Documents and tools</a></li><li><a href=\"#s5\">Meetings</a></li><li><a href=\"#s6\">Groups</a></li><li><a href=\"#s7\">Onboarding checklist</a></li><li><a href=\"#s8\">Glossary</a></li></ol>"), "{wash}");
    // Printed packs link files by their published address.
    assert!(wash.contains("<a href=\"https://example.org/kit/en/emergencies/cyclone/files/wash-tor.pdf\">Terms of reference 2026</a>"), "{wash}");
    // The glossary: HC (Leadership), TWG (Water quality), 3W (the dashboard's title).
    assert!(wash.contains("<dl class=\"glossary\"><dt id=\"s8-three-w\"><abbr>3W</abbr></dt><dd><strong>Who does what, where</strong></dd><dt id=\"s8-hc\"><abbr>HC</abbr></dt><dd><strong>Humanitarian Coordinator</strong></dd><dt id=\"s8-twg\"><abbr>TWG</abbr></dt><dd><strong>Technical working group</strong></dd></dl>"), "{wash}");
    // Meetings have their own part, so the directory does not repeat them.
    let who = &wash[wash.find("id=\"s3\"").unwrap()..wash.find("id=\"s4\"").unwrap()];
    assert!(!who.contains("Meetings"), "{who}");
    let shelter = s.main("en/emergencies/cyclone/shelter/briefing/index.html");
    assert!(shelter.contains("<ol><li><a href=\"#p1-top\"><span class=\"num\">1.1</span> Leadership</a></li><li><a href=\"#s3\">Who is who</a></li><li><a href=\"#s7\">Onboarding checklist</a></li><li><a href=\"#s8\">Glossary</a></li></ol>"), "{shelter}");
    assert!(shelter.contains("<dl class=\"glossary\"><dt id=\"s8-hc\"><abbr>HC</abbr></dt><dd><strong>Humanitarian Coordinator</strong></dd></dl>"), "{shelter}");
    // Packs and checklists only for running activations.
    assert!(
        !s.files
            .contains_key("en/emergencies/crisis/wash/briefing/index.html")
    );
    assert!(
        s.files
            .contains_key("en/emergencies/crisis/cccm/briefing/index.html")
    );
}

#[test]
fn issue_9_exports_list_merged_clusters_types_and_cancelled_days() {
    let s = site(Audience::Public);
    let csv = s.text("en/emergencies/cyclone/directory.csv");
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[3],
        "cyclone,MOZ,Mozambique,HEA,Health,Cluster,Health and Nutrition,,Cluster,World Health Organization,WHO,,,World Health Organization,,Active since 16 March 2026,2026-03-16,,"
    );
    assert_eq!(
        lines[4],
        "cyclone,MOZ,Mozambique,NUT,Nutrition,Cluster,Health and Nutrition,,Cluster,World Health Organization,WHO,,,World Health Organization,,Active since 16 March 2026,2026-03-16,,"
    );
    assert_eq!(
        lines[6],
        "cyclone,MOZ,Mozambique,PRO-CPN,Child Protection,Area of responsibility of the Protection cluster,,PRO,Cluster,United Nations Children's Fund,UNICEF,,,United Nations Children's Fund,,Active since 20 March 2026,2026-03-20,,"
    );
    assert_eq!(
        lines[7],
        "cyclone,MOZ,Mozambique,SHL,Shelter,Cluster,,,Cluster,,,International Federation of Red Cross and Red Crescent Societies,,,,Active since 15 March 2026,2026-03-15,,"
    );
    assert_eq!(
        lines[2],
        "cyclone,MOZ,Mozambique,EDU,Education,Government-led sector,,,Government-led sector,Ministry of Education,education-ministry,,United Nations Children's Fund; Save the Children,,Ministry of Education,Active since 20 March 2026,2026-03-20,,"
    );
    let ics = s.text("en/emergencies/cyclone/wash/meetings.ics");
    assert!(ics.contains("DTSTART;TZID=Africa/Maputo:20260317T100000\r\nDURATION:PT60M\r\nRRULE:FREQ=WEEKLY;BYDAY=TU\r\nEXDATE;TZID=Africa/Maputo:20261201T100000\r\n"), "{ics}");
    assert!(ics.contains("DTSTART;TZID=Africa/Maputo:20261204T090000\r\nDURATION:PT60M\r\nSUMMARY:Cholera preparedness briefing\r\n"), "{ics}");
    assert!(
        ics.contains("CONFERENCE;VALUE=URI:https://meet.example.org/briefing\r\n"),
        "{ics}"
    );
    assert!(ics.contains("RRULE:FREQ=MONTHLY;BYDAY=1WE\r\n"), "{ics}");
    assert!(
        ics.contains("UID:cyclone-inter-cluster-cholera-task-force@example.org\r\n"),
        "the joint meeting"
    );
    assert!(
        !ics.contains("meet.example.org/wash"),
        "a partners-only link"
    );
    let json = s.text("en/emergencies/cyclone/directory.json");
    assert!(json.contains("  \"merged\": [\n    {\n      \"cluster\": {\n        \"id\": \"nutrition\",\n        \"name\": \"Nutrition\"\n      },\n      \"code\": \"NUT\",\n      \"group\": \"health\"\n    }\n  ],"), "{json}");
    assert!(
        json.contains("\"type\": \"area-of-responsibility\",\n      \"parent\": \"protection\","),
        "{json}"
    );
    assert!(json.contains("\"leads\": [\n        {\n          \"id\": \"ifrc\",\n          \"name\": \"International Federation of Red Cross and Red Crescent Societies\",\n          \"acronym\": \"IFRC\",\n          \"role\": \"convener\"\n        }\n      ],"), "{json}");
}

#[test]
fn issue_9_country_names_are_in_the_readers_language() {
    let s = site(Audience::Public);
    assert!(
        s.main("fr/emergencies/crisis/index.html")
            .contains("<dd>Soudan du Sud et Soudan</dd>")
    );
    assert!(
        s.main("ar/emergencies/crisis/index.html")
            .contains("<dd>جنوب السودان والسودان</dd>")
    );
    assert!(
        s.main("ar/emergencies/index.html")
            .contains("<p>موزمبيق · ")
    );
    assert!(
        s.text("fr/emergencies/cyclone/directory.csv")
            .contains(",MOZ,Mozambique,")
    );
}

/// Applies `change` to a copy of the fixture and runs `coordkit check`: exit code and
/// standard error.
fn check_with(change: impl FnOnce(&std::path::Path)) -> (i32, String) {
    let dir = copy_fixture("accountability");
    change(dir.path());
    let (code, _, stderr) = run(&["check"], dir.path());
    (code, stderr)
}

fn replace(dir: &std::path::Path, rel: &str, from: &str, to: &str) {
    let path = dir.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} does not contain {from:?}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn issue_9_a_missing_file_with_no_near_name_says_where_files_go() {
    let (code, stderr) = check_with(|d| {
        replace(
            d,
            "content/emergencies/cyclone/emergency.yaml",
            "file: wash-tor.pdf",
            "file: minutes.docx",
        )
    });
    assert_eq!(
        stderr,
        concat!(
            "content/emergencies/cyclone/emergency.yaml:27:15: error: there is no file content/emergencies/cyclone/files/minutes.docx\n",
            "  hint: an activation's files go in content/emergencies/cyclone/files/\n",
            "1 error, 0 warnings\n"
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn issue_9_the_fixture_checks_cleanly() {
    assert_eq!(check_with(|_| {}), (0, "no problems found\n".to_string()));
}

#[test]
fn issue_9_global_leads_misuse_is_reported_where_written() {
    let (code, stderr) = check_with(|d| {
        replace(
            d,
            "content/clusters/clusters.yaml",
            "    - {organisation: iom, when: natural-disaster}",
            "    - {organisation: iom, when: flood}",
        );
        replace(
            d,
            "content/clusters/clusters.yaml",
            "    - {one_of: [unhcr, unicef, ohchr], when: natural-disaster}",
            "    - {one_of: [unhcr], when: natural-disaster}",
        );
        replace(
            d,
            "content/clusters/clusters.yaml",
            "    - {organisation: unhcr, when: conflict}\n- id: cccm",
            "    - {organisation: unhcr, one_of: [unhcr, iom], when: conflict, role: chair}\n- id: cccm",
        );
        replace(
            d,
            "content/clusters/clusters.yaml",
            "  global_leads: [unfpa]",
            "  global_leads: [{when: []}, {organisation: unfpa}]",
        );
    });
    assert_eq!(
        stderr,
        concat!(
            "content/clusters/clusters.yaml:19:22: error: an entry names either one `organisation` or `one_of` several, not both\n",
            "content/clusters/clusters.yaml:19:73: error: `chair` is not a lead role; use lead or convener\n",
            "content/clusters/clusters.yaml:25:33: error: `flood` is not an emergency type; use natural-disaster, conflict, mixed, disease-outbreak or other\n",
            "content/clusters/clusters.yaml:32:16: error: `one_of` lists the organisations among which the lead is agreed in the country; it needs two or more\n",
            "  hint: for a single organisation, write `organisation: <id>`\n",
            "content/clusters/clusters.yaml:42:18: error: this global lead names no organisation\n",
            "  hint: write `organisation: <id>`, or `one_of: [<id>, <id>]`\n",
            "content/clusters/clusters.yaml:42:25: error: `when` is empty\n",
            "  hint: name one or more kinds of emergency, or remove `when` for a lead in every kind\n",
            "6 errors, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn issue_9_activation_leads_and_roles_misuse_is_reported_where_written() {
    let (code, stderr) = check_with(|d| {
        replace(
            d,
            "content/emergencies/cyclone/emergency.yaml",
            "  - cluster: shelter\n    leads: [{organisation: ifrc, role: convener}]\n    activated: 2026-03-15",
            "  - cluster: shelter\n    leads: [{organisation: ifrc, role: convener}]\n    provider_of_last_resort: ifrc\n    activated: 2026-03-15",
        );
        replace(
            d,
            "content/emergencies/cyclone/emergency.yaml",
            "  - cluster: protection\n    leads: [unhcr]",
            "  - cluster: protection\n    leads: [unhcr, {organisation: unhcr}, {organisation: ohchr, when: natural-disaster}, {one_of: [unhcr, unicef]}, {role: convener}]",
        );
        replace(
            d,
            "content/emergencies/cyclone/emergency.yaml",
            "    arrangement: sector\n    leads: [unicef, save-the-children]\n    government_counterpart: education-ministry",
            "    arrangement: sector\n    leads: [unicef, save-the-children]",
        );
        replace(
            d,
            "content/emergencies/crisis/emergency.yaml",
            "  - cluster: cccm\n    leads: [iom]",
            "  - cluster: shelter\n    leads: [ifrc]\n    activated: 2025-06-03\n  - cluster: cccm\n    handover_note: {en: Nothing yet.}\n    leads: [iom]",
        );
    });
    assert_eq!(
        stderr,
        concat!(
            "content/emergencies/crisis/emergency.yaml:8:13: warning: in a mixed emergency `ifrc` convenes the shelter cluster worldwide, but it is listed here as a lead agency\n",
            "  hint: write `{organisation: ifrc, role: convener}`, or `role: lead` if it is accountable as a lead agency here\n",
            "content/emergencies/crisis/emergency.yaml:11:20: warning: `handover_note` says how coordination goes on after deactivation, but this activation has no `deactivated` date\n",
            "content/emergencies/cyclone/emergency.yaml:70:30: error: `ifrc` convenes this activation, and a convener is not the provider of last resort\n",
            "content/emergencies/cyclone/emergency.yaml:73:35: error: `unhcr` is listed twice\n",
            "content/emergencies/cyclone/emergency.yaml:73:71: error: `when` belongs in a cluster's `global_leads`; an activation's leads are those of its emergency\n",
            "  hint: remove `when`; the emergency's `type` says what kind of emergency it is\n",
            "content/emergencies/cyclone/emergency.yaml:73:99: error: `one_of` belongs in a cluster's `global_leads`; here, name the organisation agreed in the country\n",
            "  hint: write `organisation: <id>`\n",
            "content/emergencies/cyclone/emergency.yaml:73:117: error: this lead names no organisation\n",
            "  hint: write `organisation: <id>`\n",
            "content/emergencies/cyclone/emergency.yaml:79:18: warning: a government-led sector is led by a ministry; name it in `government_counterpart`\n",
            "  hint: pages show that ministry as the lead, and `leads` as the agencies supporting it\n",
            "5 errors, 3 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn issue_9_meeting_kinds_and_cancelled_days_are_checked() {
    let (code, stderr) = check_with(|d| {
        replace(
            d,
            "content/emergencies/cyclone/emergency.yaml",
            "    starts: 2026-10-02\n    clusters: [health, wash]",
            "    starts: 2026-10-02\n    clusters: [health, wash, cccm]\n    cancelled: [2026-12-01, 2026-12-04]",
        );
        replace(
            d,
            "content/emergencies/cyclone/emergency.yaml",
            "        starts: 2026-03-17\n        link: https://meet.example.org/wash",
            "        date: 2026-03-17\n        link: meet.example.org/wash",
        );
        replace(
            d,
            "content/emergencies/cyclone/emergency.yaml",
            "        every: once\n        date: 2026-12-04",
            "        every: once\n        day: friday\n        starts: 2026-12-04",
        );
        replace(
            d,
            "content/emergencies/cyclone/emergency.yaml",
            "          - title: {en: Water quality working group}\n            every: month\n            day: wednesday",
            "          - title: {en: Water quality working group}\n            every: month",
        );
    });
    assert_eq!(
        stderr,
        concat!(
            "content/emergencies/cyclone/emergency.yaml:15:30: error: the cccm cluster is not activated in this emergency\n",
            "  hint: a joint meeting is shown on the activations of the clusters it names\n",
            "content/emergencies/cyclone/emergency.yaml:16:17: warning: this meeting does not happen on 2026-12-01, so it cannot be cancelled then: it is every friday from 2026-10-02\n",
            "content/emergencies/cyclone/emergency.yaml:44:20: error: a meeting that recurs (`every: month`) needs `day`\n",
            "content/emergencies/cyclone/emergency.yaml:50:16: error: a meeting that recurs (`every: week`) needs `starts`\n",
            "content/emergencies/cyclone/emergency.yaml:54:15: error: `date` is for a one-off meeting; this one recurs (`every: week`) on its `day`, from `starts`\n",
            "  hint: write `every: once` for a meeting held once, or replace `date` with `starts`\n",
            "content/emergencies/cyclone/emergency.yaml:55:15: error: `meet.example.org/wash` is not a web address starting with https:// or http://\n",
            "content/emergencies/cyclone/emergency.yaml:58:16: error: a one-off meeting (`every: once`) needs `date`, the day it happens\n",
            "content/emergencies/cyclone/emergency.yaml:59:14: error: a one-off meeting (`every: once`) happens on its `date`; remove `day`\n",
            "content/emergencies/cyclone/emergency.yaml:60:17: error: a one-off meeting (`every: once`) happens on its `date`; remove `starts`\n",
            "8 errors, 1 warning\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn issue_9_resources_groups_and_checklist_scopes_are_checked() {
    let (code, stderr) = check_with(|d| {
        replace(
            d,
            "content/emergencies/cyclone/emergency.yaml",
            "        file: wash-tor.pdf\n      - title: {en: 3W dashboard}\n        kind: dashboard\n        url: https://example.org/wash-3w",
            "        file: wash-tr.pdf\n      - title: {en: 3W dashboard}\n        kind: minutes\n        url: https://example.org/wash-3w\n        file: wash-tor.pdf\n      - {title: Strategy, kind: strategy}\n      - {title: Up, kind: other, file: ../emergency.yaml}",
        );
        replace(
            d,
            "content/emergencies/cyclone/emergency.yaml",
            "      - id: water-quality\n        kind: technical-working-group",
            "      - id: sag\n        kind: working-group",
        );
        replace(
            d,
            "content/emergencies/cyclone/emergency.yaml",
            "        date: 2026-12-04\n        time: \"09:00\"",
            "        date: 2026-12-04\n        cancelled: [2026-12-05]\n        time: \"09:00\"",
        );
        replace(
            d,
            "content/checklists/onboarding.yaml",
            "        see_resource: terms-of-reference\n        clusters: [wash]",
            "        see_resource: terms-of-reference\n        clusters: [wash, health]",
        );
        replace(
            d,
            "content/checklists/onboarding.yaml",
            "        see: guide/approach.md",
            "        see: guide/approach.md\n        see_resource: tor\n        emergencies: [cyclon]",
        );
        replace(
            d,
            "content/checklists/onboarding.yaml",
            "        clusters: [wash]\n  - title",
            "        clusters: [wsh]\n  - title",
        );
    });
    assert_eq!(
        stderr,
        concat!(
            "content/checklists/onboarding.yaml:10:14: error: an item links to a page (`see`) or to a resource (`see_resource`), not both\n",
            "content/checklists/onboarding.yaml:11:23: error: `tor` is not a resource kind; use terms-of-reference, strategy, template, dashboard, report, map or other\n",
            "content/checklists/onboarding.yaml:12:23: error: there is no emergency `cyclon`\n",
            "  hint: did you mean `cyclone`? emergencies are defined in content/emergencies/<id>/emergency.yaml\n",
            "content/checklists/onboarding.yaml:14:20: error: there is no cluster `wsh`\n",
            "  hint: did you mean `wash`? clusters are defined in content/clusters/\n",
            "content/emergencies/crisis/emergency.yaml:13:14: warning: the `onboarding` checklist links to this activation's `terms-of-reference` (`see_resource`), but it has no resource of that kind\n",
            "  hint: add one to its `resources` with `kind: terms-of-reference`, or give the checklist item `clusters:` or `emergencies:`\n",
            "content/emergencies/cyclone/emergency.yaml:27:15: error: there is no file content/emergencies/cyclone/files/wash-tr.pdf\n",
            "  hint: did you mean `wash-tor.pdf`?\n",
            "content/emergencies/cyclone/emergency.yaml:29:15: error: `minutes` is not a resource kind; use terms-of-reference, strategy, template, dashboard, report, map or other\n",
            "content/emergencies/cyclone/emergency.yaml:31:15: error: a resource is either a `file` or a `url`, not both\n",
            "content/emergencies/cyclone/emergency.yaml:32:9: error: this resource has neither `file` nor `url`\n",
            "  hint: add `file:` (a file in content/emergencies/cyclone/files/) or `url:`\n",
            "content/emergencies/cyclone/emergency.yaml:33:40: error: `../emergency.yaml` is not a file name inside content/emergencies/cyclone/files/\n",
            "  hint: write the file's name (or its path inside that folder), such as tor-2026.pdf\n",
            "content/emergencies/cyclone/emergency.yaml:40:13: error: the group id `sag` is used twice\n",
            "  hint: it is first defined at content/emergencies/cyclone/emergency.yaml:35:13\n",
            "content/emergencies/cyclone/emergency.yaml:41:15: error: `working-group` is not a group kind; use strategic-advisory-group, technical-working-group, task-force or other\n",
            "content/emergencies/cyclone/emergency.yaml:63:21: warning: this meeting does not happen on 2026-12-05, so it cannot be cancelled then: it is on 2026-12-04\n",
            "content/emergencies/cyclone/emergency.yaml:68:14: warning: the `onboarding` checklist links to this activation's `terms-of-reference` (`see_resource`), but it has no resource of that kind\n",
            "  hint: add one to its `resources` with `kind: terms-of-reference`, or give the checklist item `clusters:` or `emergencies:`\n",
            "11 errors, 3 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn issue_9_new_keys_are_read_strictly() {
    let (code, stderr) = check_with(|d| {
        write(
            d,
            "content/clusters/logistics.yaml",
            "code: LOG\nname: Logistics\nglobal_leads:\n  - {organisation: wfp, colour: blue}\n",
        );
        write(
            d,
            "content/checklists/c1.yaml",
            "title: C1\nsections:\n  - title: S\n    items:\n      - {text: Do it, priority: high}\n",
        );
        write(
            d,
            "content/checklists/c2.yaml",
            "title: C2\nsections:\n  - title: S\n    items:\n      - {see_resource: strategy}\n",
        );
        write(
            d,
            "content/packs/p1.yaml",
            "title: P1\nsections:\n  - contacts\n",
        );
        write(
            d,
            "content/packs/p2.yaml",
            "title: P2\nsections:\n  - resources: all\n",
        );
        write(
            d,
            "content/packs/p3.yaml",
            "title: P3\nsections:\n  - {page: guide/water.md, glossary}\n",
        );
        write(
            d,
            "content/packs/p4.yaml",
            "title: P4\nsections:\n  - {clusters: [wash]}\n",
        );
        write(
            d,
            "content/packs/p5.yaml",
            "title: P5\nsections:\n  - {page: guide/water.md, audience: partners}\n",
        );
        write(
            d,
            "content/guide/approach.fr.md",
            "---\ntitle: Direction\nexplains: [convener]\n---\nTexte.\n",
        );
        replace(
            d,
            "content/guide/water.md",
            "weight: 2\n",
            "weight: 2\nexplains: [convener, lead-agency]\n",
        );
        replace(
            d,
            "toolkit.yaml",
            "languages: [en, fr, ar]\n",
            "languages: [en, fr, ar]\npaper: a3\npdf: true\n",
        );
        replace(
            d,
            "content/emergencies/crisis/emergency.yaml",
            "type: mixed",
            "type: war",
        );
    });
    assert_eq!(
        stderr,
        concat!(
            "content/checklists/c1.yaml:5:9: error: unknown key `priority`; an item with `text` may also have see, see_resource, clusters and emergencies\n",
            "content/checklists/c2.yaml:5:9: error: an item with `see_resource` needs `text`\n",
            "content/clusters/logistics.yaml:4:5: error: unknown key `colour`; the keys allowed here are: organisation, one_of, when, role\n",
            "content/emergencies/crisis/emergency.yaml:2:7: error: `war` is not an emergency type; use natural-disaster, conflict, mixed, disease-outbreak or other\n",
            "content/guide/approach.fr.md:3:12: error: `explains` is written in the default-language page only; a translation explains the same ideas\n",
            "content/guide/water.md:4:12: error: another page already explains `convener`\n",
            "  hint: pages link to one page per idea; it is content/guide/approach.md:4:12\n",
            "content/guide/water.md:4:22: error: `lead-agency` is not an idea coordkit links to; use convener, provider-of-last-resort, area-of-responsibility or government-led-sector\n",
            "content/packs/p1.yaml:3:5: error: unknown pack section `contacts`; use `page: <path>`, `checklist: <id>`, `directory`, `resources`, `meetings`, `groups` or `glossary`\n",
            "content/packs/p2.yaml:3:5: error: `resources` takes no value; write `- resources`, with `clusters:` or `emergencies:` beside it if needed\n",
            "content/packs/p3.yaml:3:5: error: a pack section holds one thing; start each section with `- `\n",
            "content/packs/p4.yaml:3:5: error: this pack section says what it applies to but not what it holds; add `page: <path>`, `checklist: <id>`, `directory`, `resources`, `meetings`, `groups` or `glossary`\n",
            "content/packs/p5.yaml:3:5: error: unknown key `audience`; a pack section is `page: <path>`, `checklist: <id>`, `directory`, `resources`, `meetings`, `groups` or `glossary`, with optional `clusters` and `emergencies`\n",
            "toolkit.yaml:4:8: error: `a3` is not a paper size; use a4 or letter\n",
            "13 errors, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn issue_9_pdf_true_in_toolkit_yaml_asks_for_pdfs_as_the_flag_does() {
    let dir = copy_fixture("accountability");
    assert!(!coordkit::load::asks_for_pdf(dir.path()));
    replace(
        dir.path(),
        "toolkit.yaml",
        "languages: [en, fr, ar]\n",
        "languages: [en, fr, ar]\npdf: true\npaper: letter\n",
    );
    assert!(coordkit::load::asks_for_pdf(dir.path()));
    // Pages then offer each pack's PDF.
    let wash = build(dir.path(), Audience::Public).main("en/emergencies/cyclone/wash/index.html");
    assert!(
        wash.contains("<li><a href=\"briefing/index.html\">Briefing pack</a> · <a href=\"briefing.pdf\" download>Download PDF</a></li>"),
        "{wash}"
    );
}
