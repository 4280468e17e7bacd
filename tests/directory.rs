//! Issue #3: per-emergency directories, contact privacy and exports, on the fixture
//! `tests/fixtures/directory` (three emergencies, contacts of every visibility).

mod common;

use common::*;
use coordkit::model::Audience;
use std::io::Read;
use std::path::Path;
use std::process::Command;

fn site(audience: Audience) -> Site {
    build(&fixture("directory"), audience)
}

/// Every file a build wrote into `out`, as text: zips unpacked entry by entry, PDFs read back
/// with pdftotext. Returns (path, text) and how many zips and PDFs were read.
fn written(out: &Path) -> (Vec<(String, String)>, usize, usize) {
    let (mut files, mut zips, mut pdfs) = (Vec::new(), 0, 0);
    for entry in walkdir::WalkDir::new(out) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let rel = path.strip_prefix(out).unwrap().display().to_string();
        match path.extension().and_then(|e| e.to_str()) {
            Some("zip") => {
                zips += 1;
                let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
                for i in 0..archive.len() {
                    let mut f = archive.by_index(i).unwrap();
                    let mut bytes = Vec::new();
                    f.read_to_end(&mut bytes).unwrap();
                    let name = format!("{rel}!{}", f.name().unwrap());
                    files.push((name, String::from_utf8_lossy(&bytes).into_owned()));
                }
            }
            Some("pdf") => {
                pdfs += 1;
                let text = Command::new("pdftotext")
                    .arg(path)
                    .arg("-")
                    .output()
                    .unwrap();
                assert!(text.status.success(), "pdftotext {rel}");
                files.push((rel, String::from_utf8_lossy(&text.stdout).into_owned()));
            }
            _ => files.push((
                rel,
                String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned(),
            )),
        }
    }
    (files, zips, pdfs)
}

/// Builds a toolkit into `out` for `audience`, printing packs with `browser` if given.
fn build_to(dir: &Path, out: &Path, audience: Audience, browser: Option<&Path>) {
    let mut settings = settings(audience);
    settings.pdf = browser.is_some();
    let (diagnostics, result) = coordkit::build_into(dir, out, &settings, browser);
    assert!(
        result.is_ok(),
        "{}",
        coordkit::diagnostics::human(&diagnostics)
    );
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

/// What a public build may never hold: every partners-only and private contact.
fn public_leaks(text: &str) -> Vec<String> {
    leaks(
        text,
        &["sentinel"],
        &["15550199871", "15550199872", "15550199873", "15550199874"],
    )
}

/// What no build may hold: private contacts.
fn private_leaks(text: &str) -> Vec<String> {
    leaks(
        text,
        &["Privateperson", "sentinel-private"],
        &["15550199873"],
    )
}

#[test]
fn issue_3_public_build_contains_no_partners_or_private_contact_anywhere() {
    let out = tempfile::tempdir().unwrap();
    build_to(&fixture("directory"), out.path(), Audience::Public, None);
    let (files, zips, _) = written(out.path());
    for (path, text) in &files {
        let found = public_leaks(text);
        assert!(found.is_empty(), "{path} leaks {found:?}");
    }
    assert!(files.len() > 200, "{} files", files.len());
    // 2 languages, each whole and without sections of its own.
    assert_eq!(zips, 2);
    // The public contacts are there (the test would pass on an empty site otherwise), in the
    // pages, the exports and the zips.
    for path in [
        "en/emergencies/quake/index.html",
        "en/emergencies/quake/contacts.vcf",
        "downloads/fr.zip!fr/emergencies/quake/contacts.vcf",
    ] {
        let text = &files.iter().find(|(p, _)| p == path).unwrap().1;
        assert!(text.contains("Public Person"), "{path}");
    }
}

#[test]
fn issue_3_partners_build_adds_partners_contacts_but_never_private_ones() {
    let out = tempfile::tempdir().unwrap();
    build_to(&fixture("directory"), out.path(), Audience::Partners, None);
    let (files, zips, _) = written(out.path());
    for (path, text) in &files {
        let found = private_leaks(text);
        assert!(found.is_empty(), "{path} leaks {found:?}");
    }
    assert_eq!(zips, 2);
    for path in [
        "en/emergencies/quake/index.html",
        "en/emergencies/quake/contacts.vcf",
        "en/emergencies/quake/contacts.csv",
        "en/emergencies/quake/directory.json",
        "downloads/en.zip!en/emergencies/quake/contacts.vcf",
    ] {
        let text = &files.iter().find(|(p, _)| p == path).unwrap().1;
        assert!(text.contains("Partnersonly Sentinelname"), "{path}");
        assert!(
            text.contains("Defaultvisibility Sentinelname"),
            "{path}: visibility defaults to partners"
        );
    }
    // contacts_public: false hides contacts from the public only.
    assert!(
        site(Audience::Partners)
            .text("en/emergencies/floods/index.html")
            .contains("Closedemergency Sentinelname")
    );
}

/// PDFs are reused from the previous output when their page did not change: a public build
/// into the folder of a partners build must print its own, and hold no hidden contact.
#[test]
fn issue_15_printed_packs_hold_only_the_audiences_contacts_even_after_a_partners_build() {
    if !have(&[Tool::Chromium, Tool::Poppler]) {
        return;
    }
    let browser = coordkit::pdf::find_browser().unwrap();
    let dir = copy_fixture("directory");
    write(
        dir.path(),
        "content/packs/brief.yaml",
        "title: {en: Briefing, fr: Dossier}\nsections:\n  - directory\n",
    );
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    build_to(dir.path(), &site, Audience::Partners, Some(&browser));
    let (files, _, pdfs) = written(&site);
    // 5 running activations in 3 emergencies (issue #9: none for the handed-over shelter
    // sector nor in the closed emergency), in 2 languages.
    assert_eq!(pdfs, 10);
    for (path, text) in &files {
        let found = private_leaks(text);
        assert!(found.is_empty(), "{path} leaks {found:?}");
    }
    let wash = |files: &[(String, String)]| {
        files
            .iter()
            .find(|(p, _)| p == "en/emergencies/quake/wash/brief.pdf")
            .unwrap()
            .1
            .clone()
    };
    assert!(wash(&files).contains("Partnersonly Sentinelname"));

    build_to(dir.path(), &site, Audience::Public, Some(&browser));
    let (files, zips, pdfs) = written(&site);
    assert_eq!((zips, pdfs), (2, 10));
    for (path, text) in &files {
        let found = public_leaks(text);
        assert!(found.is_empty(), "{path} leaks {found:?}");
    }
    assert!(wash(&files).contains("Public Person"));
    // The zips hold the PDFs too, and they were read above.
    assert!(
        files
            .iter()
            .any(|(p, _)| p == "downloads/en.zip!en/emergencies/quake/wash/brief.pdf")
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
    // Issue #9: countries by name; clusters, sectors and areas of responsibility counted apart.
    assert!(main.contains("Haiti · <abbr title=\"GLIDE number\">GLIDE</abbr> EQ-2026-000010-HTI · Started 2 May 2026 · 3 clusters, 1 area of responsibility</p>"), "{main}");
    assert!(
        main.contains("Ethiopia and Somalia · Started 10 January 2025 · 1 cluster</p>"),
        "{main}"
    );
    assert!(main.contains("Mozambique · <abbr title=\"GLIDE number\">GLIDE</abbr> FL-2024-000100-MOZ · Started 1 February 2024 · Ended 30 September 2024 · No cluster or sector is active</p>"), "{main}");
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
    // Issue #9: the merged group is named after both clusters, and Nutrition has its row.
    assert_eq!(
        names,
        [
            "Health and Nutrition",
            "Nutrition",
            "Protection",
            "Child Protection",
            "Shelter",
            "Water, Sanitation and Hygiene"
        ]
    );
    assert!(rows[1].starts_with("<tr class=\"kind-merged nested\">"));
    assert!(rows[1].contains("<td>Coordinated by the Health and Nutrition group</td>"));
    assert!(rows[3].starts_with("<tr class=\"kind-area nested\">"));
    assert!(rows[3].contains("<td>Area of responsibility of the Protection cluster</td>"));
    assert!(rows[4].starts_with("<tr class=\"kind-sector inactive\">"));
    assert!(rows[4].contains("<td>Government-led sector</td><td><a href=\"../../organisations/housing-agency/index.html\" title=\"National Housing Agency\">NHA</a></td>"), "{}", rows[4]);
    assert!(rows[4].ends_with("<td>Handed over to NHA on 30 September 2026</td></tr>"));
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
    assert!(health.contains("The third Wednesday of every month at 09:00 (America/Port-au-Prince), from 20 May 2026<br><em>Next: Wednesday 16 December 2026 at 09:00</em>"), "{health}");
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
            "<h3><a href=\"../../emergencies/quake/health/index.html\">Health and Nutrition</a></h3>",
            "<h3><a href=\"../../emergencies/quake/wash/index.html\">Water, Sanitation and Hygiene</a></h3>",
        ]
    );
    // Nutrition is merged into Health, so its focal point is listed there.
    let health = &contacts[contacts.find("Health and Nutrition</a></h3>").unwrap()..];
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
    assert!(health.contains("<dt>This group coordinates</dt><dd><a href=\"../../../clusters/health/index.html\">Health</a>, <a href=\"../../../clusters/nutrition/index.html\">Nutrition</a></dd>"), "{health}");
    // Issue #9: the earthquake does not say its type, so no global lead is known to apply,
    // and a government-led sector is led by its ministry: no note about differing leads.
    let shelter = s.main("en/emergencies/quake/shelter/index.html");
    assert!(!shelter.contains("differ"), "{shelter}");
}

#[test]
fn issue_3_cluster_and_organisation_pages_say_where_they_work() {
    let s = site(Audience::Public);
    let nutrition = s.main("en/clusters/nutrition/index.html");
    assert!(nutrition.contains("<li><a href=\"../../emergencies/quake/health/index.html\">Earthquake response</a> <small>(Health and Nutrition)</small> <span class=\"badge\">Active</span></li>"), "{nutrition}");
    let oxfam = s.main("en/organisations/oxfam/index.html");
    // Issue #9: one row per activation, with every role the organisation has in it.
    assert!(oxfam.contains("<tr><td>Earthquake response</td><td><a href=\"../../emergencies/quake/wash/index.html\">Water, Sanitation and Hygiene</a></td><td>Co-lead, Partner</td></tr>"), "{oxfam}");
    let agency = s.main("en/organisations/housing-agency/index.html");
    // The housing agency leads the sector as its ministry, then took over coordination.
    assert!(
        agency.contains("<td>Lead ministry, Took over coordination</td>"),
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
    // `;` and `,` in a name are escaped in ORG, whose components `;` separates.
    let aqua = &all[all
        .find("UID:urn:coordkit:example.org:quake:aqua-focal")
        .unwrap()..];
    assert_eq!(
        &aqua[..aqua.find("END:VCARD").unwrap()],
        concat!(
            "UID:urn:coordkit:example.org:quake:aqua-focal\r\nFN:Aqua Sentinelname\r\n",
            "ORG:Aqua\\; Local\\, NGO\r\nROLE:Focal point\r\nEMAIL;TYPE=work:sentinel-aqua@example.org\r\n",
            "NOTE:Water\\, Sanitation and Hygiene · Earthquake response\r\n"
        )
    );
    assert_eq!(all.matches("BEGIN:VCARD").count(), 7);
    assert_eq!(all.matches("END:VCARD").count(), 7);
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
            "Emergency,Countries,Country names,Cluster code,Cluster,Organisation,Acronym,Organisation type,Name,Role,Email,Phone,Hub,Reviewed\r\n",
            "#crisis+code,#country+code,#country+name,#sector+code,#sector+name,#org+name,#org+acronym,#org+type,#contact+name,#contact+role,#contact+email,#contact+phone,#loc+name,#date+reported\r\n",
            "EQ-2026-000010-HTI,HTI,Haiti,WSH,\"Water, Sanitation and Hygiene\",United Nations Children's Fund,UNICEF,United Nations,Public Person,Coordinator,wash@example.org,+509 3700 0001,,2026-10-01\r\n",
            "EQ-2026-000010-HTI,HTI,Haiti,WSH,\"Water, Sanitation and Hygiene\",Oxfam,Oxfam,International NGO,Hub Person,Hub coordinator,wash.north@example.org,,North hub,\r\n"
        )
    );
    let directory = site(Audience::Public).text("en/emergencies/quake/directory.csv");
    let lines: Vec<&str> = directory.split("\r\n").collect();
    assert_eq!(
        lines[1],
        "#crisis+code,#country+code,#country+name,#sector+code,#sector+name,#sector+type,#sector+group+name,#sector+parent+code,#meta+arrangement,#org+lead+name,#org+lead+acronym,#org+convener+name,#org+colead+name,#org+lastresort+name,#org+government+name,#status,#date+start,#date+end,#loc+name"
    );
    assert!(lines.contains(&"EQ-2026-000010-HTI,HTI,Haiti,SHL,Shelter,Government-led sector,,,Government-led sector,National Housing Agency,NHA,,,,National Housing Agency,Handed over to NHA on 30 September 2026,2026-05-03,2026-09-30,"), "{directory}");
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
        main.contains("<dt>Statut</dt><dd>Actif depuis le 3 mai 2026</dd>"),
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

#[test]
fn issue_15_contacts_and_directory_csv_have_french_headers_over_the_same_hxl_row() {
    let s = site(Audience::Public);
    let contacts = s.text("fr/emergencies/quake/wash/contacts.csv");
    let lines: Vec<&str> = contacts.split("\r\n").collect();
    assert_eq!(
        lines[..3],
        [
            "Urgence,Pays,Noms des pays,Code du cluster,Cluster,Organisation,Sigle,Type d’organisation,Nom,Fonction,Courriel,Téléphone,Hub,Date de révision",
            "#crisis+code,#country+code,#country+name,#sector+code,#sector+name,#org+name,#org+acronym,#org+type,#contact+name,#contact+role,#contact+email,#contact+phone,#loc+name,#date+reported",
            "EQ-2026-000010-HTI,HTI,Haïti,WSH,\"Eau, assainissement et hygiène\",United Nations Children's Fund,UNICEF,Nations Unies,Public Person,Coordonnateur,wash@example.org,+509 3700 0001,,2026-10-01",
        ]
    );
    let directory = s.text("fr/emergencies/quake/directory.csv");
    let lines: Vec<&str> = directory.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Urgence,Pays,Noms des pays,Code du cluster,Cluster,Type,Groupe,Code du cluster parent,Dispositif,Chefs de file,Sigles des chefs de file,Organismes convocateurs,Co-chefs de file,Prestataire de dernier recours,Homologue gouvernemental,Statut,Date d’activation,Date de désactivation,Hubs"
    );
    // The HXL row is the same in every language: tools read it, not the header.
    assert_eq!(
        lines[1],
        s.text("en/emergencies/quake/directory.csv")
            .split("\r\n")
            .nth(1)
            .unwrap()
    );
    assert!(lines.contains(&"EQ-2026-000010-HTI,HTI,Haïti,SHL,Shelter,Secteur dirigé par le gouvernement,,,Secteur dirigé par le gouvernement,National Housing Agency,NHA,,,,National Housing Agency,Transféré à NHA le 30 septembre 2026,2026-05-03,2026-09-30,"), "{directory}");
}

/// A deactivated cluster's meetings end on the day it was deactivated: calendars stop there,
/// and the directory no longer lists them among this week's meetings.
#[test]
fn issue_15_meetings_of_a_deactivated_activation_end_with_until_in_a_built_site() {
    let dir = copy_fixture("directory");
    let emergency = dir.path().join("content/emergencies/quake/emergency.yaml");
    let text = std::fs::read_to_string(&emergency).unwrap();
    let shelter = "    deactivated: 2026-09-30\n";
    assert!(text.contains(shelter));
    let meeting = "    meetings:\n      - title: {en: Shelter meeting}\n        every: week\n        day: monday\n        time: \"11:00\"\n        timezone: America/Port-au-Prince\n        starts: 2026-05-04\n";
    std::fs::write(
        &emergency,
        text.replace(shelter, &format!("{shelter}{meeting}")),
    )
    .unwrap();
    let s = build(dir.path(), Audience::Public);
    let ics = s.text("en/emergencies/quake/shelter/meetings.ics");
    let event = &ics[ics.find("BEGIN:VEVENT").unwrap()..];
    assert_eq!(
        event,
        concat!(
            "BEGIN:VEVENT\r\nUID:quake-shelter-shelter-meeting@example.org\r\nDTSTAMP:20261126T000000Z\r\n",
            "DTSTART;TZID=America/Port-au-Prince:20260504T110000\r\nDURATION:PT60M\r\n",
            "RRULE:FREQ=WEEKLY;UNTIL=20261001T035959Z;BYDAY=MO\r\n",
            "SUMMARY:Shelter meeting\r\nDESCRIPTION:Shelter · Earthquake response\r\n",
            "URL:https://example.org/kit/en/emergencies/quake/shelter/\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
    );
    // The emergency's calendar holds the same event, ended the same day.
    assert!(
        s.text("en/emergencies/quake/meetings.ics")
            .contains("RRULE:FREQ=WEEKLY;UNTIL=20261001T035959Z;BYDAY=MO\r\n")
    );
    // Monday 30 November is within the week after the build date, but the meeting has ended:
    // the week holds WASH's meeting alone, and the activation page names no next date.
    let main = s.main("en/emergencies/quake/index.html");
    let week = &main[main.find("<ul class=\"week\">").unwrap()..];
    assert_eq!(
        &week[..week.find("</ul>").unwrap()],
        "<ul class=\"week\"><li><strong>Tuesday 1 December 2026, 10:00</strong> <small>(America/Port-au-Prince)</small> · <a href=\"../../emergencies/quake/wash/index.html\">Water, Sanitation and Hygiene</a>: WASH coordination meeting<br><small>UNICEF office; room 2</small></li>"
    );
    assert!(s.main("en/emergencies/quake/shelter/index.html").contains(
        "<h2 id=\"meetings\">Meetings</h2>\n<ul><li><strong>Shelter meeting</strong><br>Every Monday at 11:00 (America/Port-au-Prince), from 4 May 2026</li>\n</ul>"
    ));
}
