//! Issue #3: per-emergency directories, contact privacy and exports, on the fixture
//! `tests/fixtures/directory` (three emergencies, contacts of every visibility).

mod common;

use common::*;
use coordkit::model::Audience;
use coordkit::render::Content;

fn site(audience: Audience) -> Site {
    build(&fixture("directory"), audience)
}

/// Every byte written for an audience, file by file (copied files read from disk).
fn all_text(site: &Site) -> Vec<(String, String)> {
    site.files
        .iter()
        .map(|(path, f)| {
            let bytes = match &f.content {
                Content::Bytes(b) => b.clone(),
                Content::Copy(p) => std::fs::read(p).unwrap(),
            };
            (path.clone(), String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect()
}

/// The hidden contacts' names, emails and phone digits, in any spelling an export could use.
fn leaks(text: &str, sentinels: &[&str], phones: &[&str]) -> Vec<String> {
    let lower = text.to_lowercase();
    let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut found: Vec<String> = sentinels
        .iter()
        .filter(|s| lower.contains(&s.to_lowercase()))
        .map(|s| s.to_string())
        .collect();
    found.extend(
        phones
            .iter()
            .filter(|p| digits.contains(*p))
            .map(|p| p.to_string()),
    );
    found
}

#[test]
fn issue_3_public_build_contains_no_partners_or_private_contact_anywhere() {
    let public = site(Audience::Public);
    let mut checked = 0;
    for (path, text) in all_text(&public) {
        let found = leaks(
            &text,
            &["sentinel"],
            &["15550199871", "15550199872", "15550199873", "15550199874"],
        );
        assert!(found.is_empty(), "{path} leaks {found:?}");
        checked += 1;
    }
    assert!(checked > 100);
    // The public contacts are there (the test would pass on an empty site otherwise).
    assert!(
        public
            .text("en/emergencies/quake/index.html")
            .contains("Public Person")
    );
    assert!(
        public
            .text("en/emergencies/quake/contacts.vcf")
            .contains("FN:Public Person\r\n")
    );
}

#[test]
fn issue_3_partners_build_adds_partners_contacts_but_never_private_ones() {
    let partners = site(Audience::Partners);
    for (path, text) in all_text(&partners) {
        let found = leaks(
            &text,
            &["Privateperson", "sentinel-private"],
            &["15550199873"],
        );
        assert!(found.is_empty(), "{path} leaks {found:?}");
    }
    for path in [
        "en/emergencies/quake/index.html",
        "en/emergencies/quake/contacts.vcf",
        "en/emergencies/quake/contacts.csv",
        "en/emergencies/quake/directory.json",
    ] {
        let text = partners.text(path);
        assert!(text.contains("Partnersonly Sentinelname"), "{path}");
        assert!(
            text.contains("Defaultvisibility Sentinelname"),
            "{path}: visibility defaults to partners"
        );
    }
    // contacts_public: false hides contacts from the public only.
    assert!(
        partners
            .text("en/emergencies/floods/index.html")
            .contains("Closedemergency Sentinelname")
    );
}

#[test]
fn issue_3_emergency_without_public_contacts_says_so() {
    let main = site(Audience::Public).main("en/emergencies/floods/index.html");
    assert!(main.contains("<p class=\"notice warn\" role=\"note\">This emergency is closed. What follows is kept for reference.</p>"), "{main}");
    assert!(main.contains("<h2 id=\"contacts\">Contacts</h2>\n<p class=\"notice\" role=\"note\">Contact details for this emergency are shared with partner organisations only.</p>"), "{main}");
}

#[test]
fn issue_3_emergencies_are_listed_active_then_transition_then_closed() {
    let main = site(Audience::Public).main("en/emergencies/index.html");
    let order: Vec<usize> = ["Earthquake response", "Drought response", "Floods response"]
        .iter()
        .map(|n| main.find(n).unwrap())
        .collect();
    assert!(order[0] < order[1] && order[1] < order[2], "{main}");
    assert!(main.contains("HTI · <abbr title=\"GLIDE number\">GLIDE</abbr> EQ-2026-000010-HTI · Started 2 May 2026 · 4 active clusters</p>"), "{main}");
    assert!(
        main.contains("ETH, SOM · Started 10 January 2025 · 1 active cluster</p>"),
        "{main}"
    );
    assert!(main.contains("MOZ · <abbr title=\"GLIDE number\">GLIDE</abbr> FL-2024-000100-MOZ · Started 1 February 2024 · Ended 30 September 2024 · 0 active clusters</p>"), "{main}");
}

#[test]
fn issue_3_directory_lists_activations_under_their_parent_with_status_and_handover() {
    let main = site(Audience::Public).main("en/emergencies/quake/index.html");
    let table = &main[main.find("<table class=\"directory\">").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    let rows: Vec<&str> = table
        .lines()
        .filter(|l| l.starts_with("<tr") && l.contains("scope=\"row\""))
        .collect();
    let names: Vec<&str> = rows
        .iter()
        .map(|r| {
            let a = &r[r.find("index.html\">").unwrap() + 12..];
            &a[..a.find("</a>").unwrap()]
        })
        .collect();
    assert_eq!(
        names,
        [
            "Health",
            "Protection",
            "Child Protection",
            "Shelter",
            "Water, Sanitation and Hygiene"
        ]
    );
    assert!(rows[2].contains("<th scope=\"row\" class=\"area\">"));
    assert!(rows[3].starts_with("<tr class=\"inactive\">"));
    assert!(rows[3].contains("<td>Government-led sector<br><small><a href=\"../../organisations/housing-agency/index.html\" title=\"National Housing Agency\">NHA</a></small></td>"));
    assert!(rows[3].ends_with("<td>Handed over to NHA on 30 September 2026</td></tr>"));
    // Health has no hub, so the north hub lists WASH alone.
    assert!(!main.contains("<li>North hub <small>(HT03)</small>: <a href=\"../../emergencies/quake/health/index.html\">"));
    assert!(main.contains("<li>North hub <small>(HT03)</small>: <a href=\"../../emergencies/quake/wash/index.html\">Water, Sanitation and Hygiene</a></li>"), "{main}");
}

#[test]
fn issue_3_this_weeks_meetings_come_from_the_build_date() {
    let main = site(Audience::Public).main("en/emergencies/quake/index.html");
    let week = &main[main.find("<ul class=\"week\">").unwrap()..];
    let week = &week[..week.find("</ul>").unwrap()];
    // Built on Thursday 26 November 2026: WASH meets on Tuesday 1 December; the fortnightly
    // ICCG (from Thursday 7 May, 203 days before) next meets on 3 December, outside the seven
    // days; the monthly health meeting (third Wednesday) on 16 December.
    assert_eq!(
        week,
        "<ul class=\"week\"><li><strong>Tuesday 1 December 2026, 10:00</strong> <small>(America/Port-au-Prince)</small> · <a href=\"../../emergencies/quake/wash/index.html\">Water, Sanitation and Hygiene</a>: WASH coordination meeting<br><small>UNICEF office; room 2</small></li>"
    );
    assert!(
        main.contains("<em>Next: Thursday 3 December 2026 at 14:00</em>"),
        "{main}"
    );
    let health = site(Audience::Public).main("en/emergencies/quake/health/index.html");
    assert!(health.contains("Once a month on a Wednesday at 09:00 (America/Port-au-Prince), from 20 May 2026<br><em>Next: Wednesday 16 December 2026 at 09:00</em>"), "{health}");
}

#[test]
fn issue_3_contacts_are_grouped_by_cluster_national_before_hubs() {
    let main = site(Audience::Public).main("en/emergencies/quake/index.html");
    let contacts =
        &main[main.find("<h2 id=\"contacts\">").unwrap()..main.find("<h2 id=\"hubs\">").unwrap()];
    let groups: Vec<&str> = contacts.lines().filter(|l| l.starts_with("<h3>")).collect();
    assert_eq!(
        groups,
        [
            "<h3>Inter-cluster</h3>",
            "<h3><a href=\"../../emergencies/quake/health/index.html\">Health</a></h3>",
            "<h3><a href=\"../../emergencies/quake/wash/index.html\">Water, Sanitation and Hygiene</a></h3>",
        ]
    );
    // Nutrition is merged into Health, so its focal point is listed there.
    let health = &contacts[contacts.find("Health</a></h3>").unwrap()..];
    assert!(
        health[..health.find("</table>").unwrap()]
            .contains("Nutrition Person<br><small>Focal point</small>")
    );
    let wash = &contacts[contacts.find("Hygiene</a></h3>").unwrap()..];
    assert!(wash.find("Public Person").unwrap() < wash.find("Hub Person").unwrap());
}

#[test]
fn issue_3_activation_page_has_facts_partners_types_and_a_stale_review_warning() {
    let s = site(Audience::Public);
    let wash = s.main("en/emergencies/quake/wash/index.html");
    assert!(wash.contains("<li><a href=\"../../../organisations/local-ngo/index.html\" title=\"Aqua; Local, NGO\">Aqua; Local, NGO</a> <small>National NGO</small></li>"), "{wash}");
    assert!(wash.contains("<h2 id=\"partners\">Partners <small>(2 partners)</small></h2>"));
    assert!(wash.contains("Every Tuesday at 10:00 (America/Port-au-Prince), from 5 May 2026 · Hub: North hub<br>UNICEF office; room 2<br><em>Next: Tuesday 1 December 2026 at 10:00</em>"));
    assert!(wash.contains("<li><a href=\"contacts.vcf\" download>contacts.vcf</a> <small>(vCard, 596 B)</small></li>"), "{wash}");
    let health = s.main("en/emergencies/quake/health/index.html");
    assert!(health.contains("<p class=\"notice warn\" role=\"note\">This content was last reviewed more than 180 days ago and may be out of date.</p>"));
    assert!(health.contains("<dt>This group also covers</dt><dd><a href=\"../../../clusters/nutrition/index.html\">Nutrition</a></dd>"));
    let shelter = s.main("en/emergencies/quake/shelter/index.html");
    assert!(
        shelter
            .contains("In this emergency the leads differ from the cluster's global leads (IFRC).")
            || shelter.contains(
                "In this emergency the leads differ from the cluster&#39;s global leads (IFRC)."
            ),
        "{shelter}"
    );
}

#[test]
fn issue_3_cluster_and_organisation_pages_say_where_they_work() {
    let s = site(Audience::Public);
    let nutrition = s.main("en/clusters/nutrition/index.html");
    assert!(nutrition.contains("<li><a href=\"../../emergencies/quake/health/index.html\">Earthquake response</a> <span class=\"badge\">Active</span></li>"), "{nutrition}");
    let oxfam = s.main("en/organisations/oxfam/index.html");
    assert!(oxfam.contains("<tr><td>Earthquake response</td><td><a href=\"../../emergencies/quake/wash/index.html\">Water, Sanitation and Hygiene</a></td><td>Co-lead</td></tr>"), "{oxfam}");
    assert!(oxfam.contains("<td>Partner</td>"));
    let agency = s.main("en/organisations/housing-agency/index.html");
    assert!(
        agency.contains("<td>Took over coordination</td>"),
        "{agency}"
    );
}

#[test]
fn issue_3_vcard_follows_rfc_6350() {
    let vcf = site(Audience::Public).text("en/emergencies/quake/wash/contacts.vcf");
    assert_eq!(
        vcf,
        concat!(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:coordkit:example.org:quake:wash-lead\r\nFN:Public Person\r\n",
            "ORG:United Nations Children's Fund\r\nROLE:Coordinator\r\nEMAIL;TYPE=work:wash@example.org\r\n",
            "TEL;VALUE=uri;TYPE=work,voice:tel:+509-3700-0001\r\nLANG;PREF=1:fr\r\nLANG;PREF=2:en\r\n",
            "NOTE:Water\\, Sanitation and Hygiene · Earthquake response\r\nREV:20261001T000000Z\r\nEND:VCARD\r\n",
            "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:coordkit:example.org:quake:wash-hub\r\nFN:Hub Person\r\nORG:Oxfam\r\n",
            "ROLE:Hub coordinator\r\nEMAIL;TYPE=work:wash.north@example.org\r\n",
            "NOTE:Water\\, Sanitation and Hygiene · North hub · Earthquake response\r\nEND:VCARD\r\n"
        )
    );
    let all = site(Audience::Partners).text("en/emergencies/quake/contacts.vcf");
    assert_rfc_lines(&all);
    assert!(
        all.contains("ORG:Aqua\\; Local\\, NGO\r\n") || !all.contains("Aqua"),
        "escaping of ; and ,"
    );
    assert_eq!(all.matches("BEGIN:VCARD").count(), 6);
    assert_eq!(all.matches("END:VCARD").count(), 6);
}

/// Lines end with CRLF, are at most 75 octets, and continuation lines start with a space.
fn assert_rfc_lines(text: &str) {
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
    }
}

#[test]
fn issue_3_contacts_csv_has_an_hxl_row_and_rfc_4180_quoting() {
    let csv = site(Audience::Public).text("en/emergencies/quake/wash/contacts.csv");
    assert_eq!(
        csv,
        concat!(
            "Emergency,Countries,Cluster code,Cluster,Organisation,Acronym,Organisation type,Name,Role,Email,Phone,Hub,Reviewed\r\n",
            "#crisis+code,#country+code,#sector+cluster+code,#sector+cluster+name,#org+name,#org+acronym,#org+type,#contact+name,#contact+role,#contact+email,#contact+phone,#loc+name,#date+reported\r\n",
            "EQ-2026-000010-HTI,HTI,WSH,\"Water, Sanitation and Hygiene\",United Nations Children's Fund,UNICEF,United Nations,Public Person,Coordinator,wash@example.org,+509 3700 0001,,2026-10-01\r\n",
            "EQ-2026-000010-HTI,HTI,WSH,\"Water, Sanitation and Hygiene\",Oxfam,Oxfam,International NGO,Hub Person,Hub coordinator,wash.north@example.org,,North hub,\r\n"
        )
    );
    let directory = site(Audience::Public).text("en/emergencies/quake/directory.csv");
    let lines: Vec<&str> = directory.split("\r\n").collect();
    assert_eq!(
        lines[1],
        "#crisis+code,#country+code,#sector+cluster+code,#sector+cluster+name,#meta+arrangement,#org+lead+name,#org+lead+acronym,#org+colead+name,#org+government+name,#status,#date+start,#date+end,#loc+name"
    );
    assert!(lines.contains(&"EQ-2026-000010-HTI,HTI,SHL,Shelter,Government-led sector,National Housing Agency,NHA,,National Housing Agency,Handed over to NHA on 30 September 2026,2026-05-03,2026-09-30,"), "{directory}");
    assert!(
        !directory.contains("Person"),
        "the directory CSV has no people"
    );
}

#[test]
fn issue_3_meetings_ics_recurs_in_the_meeting_time_zone_with_stable_uids() {
    let s = site(Audience::Public);
    let ics = s.text("en/emergencies/quake/wash/meetings.ics");
    assert_rfc_lines(&ics);
    let event = &ics[ics.find("BEGIN:VEVENT").unwrap()..];
    assert_eq!(
        event,
        concat!(
            "BEGIN:VEVENT\r\nUID:quake-wash-wash-coordination-meeting@example.org\r\nDTSTAMP:20261126T000000Z\r\n",
            "DTSTART;TZID=America/Port-au-Prince:20260505T100000\r\nDURATION:PT90M\r\nRRULE:FREQ=WEEKLY;BYDAY=TU\r\n",
            "SUMMARY:WASH coordination meeting\r\nLOCATION:UNICEF office\\; room 2\r\n",
            "DESCRIPTION:Water\\, Sanitation and Hygiene · Earthquake response\r\n",
            "URL:https://example.org/kit/en/emergencies/quake/wash/\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
    );
    assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/Port-au-Prince\r\n"));
    let all = s.text("en/emergencies/quake/meetings.ics");
    assert!(all.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH\r\n"));
    assert!(all.contains("RRULE:FREQ=MONTHLY;BYDAY=3WE\r\n"));
    // The French calendar holds the same events under the same UIDs.
    let uids = |t: &str| {
        t.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        uids(&all),
        uids(&s.text("fr/emergencies/quake/meetings.ics"))
    );
    assert_eq!(uids(&all).len(), 3);
}

#[test]
fn issue_3_directory_json_holds_the_visible_directory() {
    let json: serde_json::Value =
        serde_json::from_str(&site(Audience::Public).text("fr/emergencies/quake/directory.json"))
            .unwrap();
    assert_eq!(json["name"], "Réponse au séisme");
    assert_eq!(json["audience"], "public");
    assert_eq!(
        json["activations"][0]["cluster"]["name"],
        "Eau, assainissement et hygiène"
    );
    assert_eq!(json["activations"][0]["meetings"][0]["day"], "tuesday");
    assert_eq!(json["hubs"][0]["pcode"], "HT03");
    let names: Vec<&str> = json["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Public Person",
            "Hub Person",
            "Inter Person",
            "Nutrition Person"
        ]
    );
}

#[test]
fn issue_3_directory_is_translated() {
    let main = site(Audience::Public).main("fr/emergencies/quake/wash/index.html");
    assert!(
        main.contains("<h1>Eau, assainissement et hygiène <small>· Réponse au séisme</small></h1>"),
        "{main}"
    );
    assert!(
        main.contains("Chaque mardi à 10:00 (America/Port-au-Prince)"),
        "{main}"
    );
    assert!(
        main.contains("<dt>Statut</dt><dd>Actif depuis le 3 mai 2026</dd>")
            || main.contains("3 mai 2026"),
        "{main}"
    );
}

#[test]
fn issue_3_printed_directory_carries_the_build_date_and_a_qr_code() {
    let main = site(Audience::Public).main("en/emergencies/quake/index.html");
    assert!(main.contains("<div class=\"print-only sheet-head\"><p>As of 26 November 2026</p><figure class=\"qr\"><svg role=\"img\" aria-hidden=\"true\" focusable=\"false\""), "{main}");
    assert!(
        main.contains("<figcaption>https://example.org/kit/en/emergencies/quake/</figcaption>")
    );
}
