//! The genre as published (`tests/fixtures/genre/`): fixtures written for the tests, each
//! reproducing layouts and wordings found in real notices (the catalogue is in
//! `tests/fixtures/README.md`), scored against their key facts by the same evaluator as
//! `cargo run --example evaluate -- DIR`.

use rectify::Code;

#[path = "../../examples/evaluate/score.rs"]
#[allow(dead_code)]
mod score;

use crate::{fixture_files, fixture_path, fixture_text};

/// The floors the parser is held to on the fixtures (the targets on unseen real notices
/// are 95% dates, 90% recall, 95% precision, 95% qualifiers, 100% contacts).
#[test]
fn the_genre_fixtures_score_above_the_floors() {
    let (total, each) = score::score_folder(&fixture_path("genre")).expect("the fixtures read");
    let misses = total.misses.join("\n");
    assert_eq!(each.len(), 55, "every fixture has its key facts");
    assert_eq!(total.parsed, total.notices, "{misses}");
    assert_eq!(total.lost_text, 0, "{misses}");
    assert!(total.dates.share() >= 0.95, "{total}\n{misses}");
    assert!(total.contacts.share() >= 1.0, "{total}\n{misses}");
    assert!(total.recall.share() >= 0.95, "{total}\n{misses}");
    assert!(total.precision.share() >= 0.98, "{total}\n{misses}");
    assert!(total.qualifiers.share() >= 0.97, "{total}\n{misses}");
}

/// A date as the tests compare it: its ISO form.
fn date(d: Option<rectify::PartialDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// Each genre notice's file name and text, in name order.
fn genre_notices() -> Vec<(String, String)> {
    fixture_files("genre", "txt")
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = fixture_text(&format!("genre/{name}"));
            (name, text)
        })
        .collect()
}

/// The parser never breaks the contract through a guess of its own: what `validate`
/// reports on a parsed fixture is only what the notice itself leaves out (no title when
/// copied without one, no issuer named anywhere, no areas in a notice that has none) or
/// states inconsistently.
#[test]
fn parsed_genre_fixtures_break_no_rule_by_a_guess() {
    for (name, text) in genre_notices() {
        let parsed = rectify::text::parse(&text).unwrap();
        // The issuer's party when nothing names it (a note without title's issuer or
        // signature): its name is the empty text `validate` reports.
        let unnamed = (parsed.report.parties.iter())
            .position(|p| p.id.as_str() == "unnamed")
            .map(|i| format!("/parties/{i}/name"));
        for violation in parsed.report.validate().errors() {
            let empty = violation.code == Code::EmptyText;
            let missing_title = empty && violation.path == "/title";
            let missing_issuer = empty && Some(&violation.path) == unnamed.as_ref();
            assert!(
                matches!(violation.code, Code::MissingField | Code::NoAreas)
                    || missing_title
                    || missing_issuer,
                "{name}: {violation}"
            );
        }
    }
}

/// Who inspected whom, where the group is named after its round (市委第七轮巡察三组), the
/// inspected body is given a short form (（以下简称“学校党委”）), and a later sentence names
/// the group after a verb (结合市委第七轮巡察三组反馈意见).
#[test]
fn a_group_named_after_its_round_and_a_body_with_its_short_form() {
    let text = fixture_text("genre/group-numbered-after-round.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    let inspector = report
        .party(report.inspection.inspector.as_ref().unwrap())
        .unwrap();
    assert_eq!(inspector.name, "市委第七轮巡察三组");
    assert_eq!(inspector.kind, rectify::PartyKind::InspectionGroup);
    assert_eq!(
        report.inspection.inspected.as_str(),
        "中共青山市第二中学委员会"
    );
}

/// The problem-by-problem layout: "问题1：……" opens an area whose heading is the problem,
/// "整改情况：……" gives its measure and "整改状态：……" its status.
#[test]
fn problem_by_problem_layouts_give_one_area_per_problem_with_its_status() {
    use rectify::Status::{Completed, Ongoing};
    let text = fixture_text("genre/problem-by-problem-hospital.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    let areas: Vec<(u32, &str, Option<rectify::Status>, usize)> = report
        .areas
        .iter()
        .map(|a| (a.number, a.title.as_str(), a.status, a.measures.len()))
        .collect();
    assert_eq!(
        areas,
        [
            (
                1,
                "医疗服务收费不规范,存在超标准、重复收费现象",
                Some(Completed),
                1
            ),
            (2, "药品耗材采购监管不严", Some(Completed), 1),
            (3, "医德医风建设存在薄弱环节", Some(Completed), 1),
            (4, "人才队伍建设滞后,学科带头人储备不足", Some(Ongoing), 1),
        ]
    );
    for area in &report.areas {
        assert_eq!(area.problem.as_deref(), Some(area.title.as_str()));
    }
}

/// Contacts as written: full-width forms, a note in brackets after a number, several
/// addresses after one label. The report keeps each contact once, in ASCII, and validates;
/// the rest is in diagnostics.
#[test]
fn contacts_are_kept_once_in_ascii_and_validate() {
    let notice = "中共某县林业局党组关于巡察整改进展情况的通报\n\
        根据县委统一部署，2024年4月8日至5月31日，县委第二巡察组对县林业局党组进行了巡察。\n\
        二、整改任务落实情况\n（一）关于资金管理方面。清退资金3.5万元。\n\
        欢迎监督。联系电话：０７６３－１２３８８（工作日8:30-17:30）；\
        电子邮箱：lyj＠example.cn、lyj2@example.cn；邮政编码：５１１５００。\n\
        中共某县林业局党组\n2024年12月20日";
    let parsed = rectify::text::parse(notice).unwrap();
    let feedback = parsed.report.public_feedback.as_ref().unwrap();
    assert_eq!(feedback.phone.as_deref(), Some("0763-12388"));
    assert_eq!(feedback.email.as_deref(), Some("lyj@example.cn"));
    assert_eq!(feedback.postcode.as_deref(), Some("511500"));
    assert!(
        parsed
            .report
            .validate()
            .errors()
            .all(|v| v.path != "/publicFeedback/phone"
                && v.path != "/publicFeedback/email"
                && v.path != "/publicFeedback/postcode")
    );
    let kept: Vec<&str> = parsed.diagnostics.iter().map(|d| d.text.as_str()).collect();
    assert!(kept.contains(&"（工作日8:30-17:30）"), "{kept:?}");
    assert!(kept.contains(&"lyj2@example.cn"), "{kept:?}");
    assert!(parsed.coverage(notice).lost.is_empty());
}

/// "联系方式：" before a number is the phone's label ("联系方式:5281934(8:30-17:30)", a local
/// number with office hours); before other channels' labels it names none.
#[test]
fn a_contact_label_that_names_no_channel_is_a_phone_only_before_a_number() {
    let notice = |closing: &str| {
        format!(
            "中共某县林业局党组关于巡察整改进展情况的通报\n\
             根据县委统一部署，2024年4月8日至5月31日，县委第二巡察组对县林业局党组进行了巡察。\n\
             二、整改任务落实情况\n（一）关于资金管理方面。清退资金3.5万元。\n\
             {closing}\n中共某县林业局党组\n2024年12月20日"
        )
    };
    let phone = |closing: &str| {
        let parsed = rectify::text::parse(&notice(closing)).unwrap();
        parsed.report.public_feedback.and_then(|f| f.phone)
    };
    assert_eq!(
        phone("联系方式:5281934(8:30-17:30);通讯地址:某县林业局;邮政编码:065300").as_deref(),
        Some("5281934")
    );
    assert_eq!(
        phone("联系方式：电话：0335-5281934；通讯地址：某县林业局。").as_deref(),
        Some("0335-5281934")
    );
    assert_eq!(phone("联系方式：来信来访；通讯地址：某县林业局。"), None);
}

/// In every genre fixture (ASCII punctuation, page furniture, lost line breaks), each span
/// of a text read verbatim holds exactly that text: spans point into the input as written.
#[test]
fn spans_hold_their_verbatim_values_in_every_genre_fixture() {
    let mut checked = 0;
    for (name, text) in genre_notices() {
        let parsed = rectify::text::parse(&text).unwrap();
        let json = serde_json::to_value(&parsed.report).unwrap();
        for (pointer, span) in &parsed.spans {
            let last = pointer.rsplit('/').next().unwrap();
            let parent = pointer.rsplit('/').nth(1).unwrap_or("");
            let verbatim = matches!(last, "name" | "title" | "text" | "heading" | "problem")
                || parent == "aliases";
            let written = &text[span.bytes.clone()];
            if !verbatim || written.contains('\n') {
                continue;
            }
            let value = json.pointer(pointer).and_then(|v| v.as_str());
            assert_eq!(value, Some(written), "{name}: {pointer}");
            checked += 1;
        }
    }
    assert!(checked > 200, "{checked} spans checked");
}

/// An enterprise's 公示 of an audit that ran from a month on: the inspection has a start
/// alone, the inspected body is the issuer that calls itself 我公司 (no party of that
/// name), the next steps are one paragraph without a marker, and the phone's label follows
/// a colon.
#[test]
fn an_audit_from_a_month_on_of_the_body_that_writes() {
    let text = fixture_text("genre/audit-from-month-soe.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    let inspection = report.timeline.inspection.as_ref().unwrap();
    assert_eq!(inspection.start.unwrap().to_string(), "2023-09");
    assert_eq!(inspection.end, None);
    assert_eq!(report.issuer.as_str(), "溪川市轨道交通集团有限责任公司");
    assert_eq!(report.inspection.inspected, report.issuer);
    assert!(report.parties.iter().all(|p| !p.name.starts_with('我')));
    assert_eq!(report.next_steps.len(), 1);
    assert_eq!(report.next_steps[0].number, 1);
    assert_eq!(report.next_steps[0].heading, None);
    assert!(
        report.next_steps[0]
            .text
            .starts_with("我公司将持续巩固整改成果")
    );
    assert_eq!(
        report.public_feedback.as_ref().unwrap().phone.as_deref(),
        Some("0771-5382916")
    );
    assert!(
        parsed
            .diagnostics
            .iter()
            .all(|d| d.kind != rectify::text::DiagnosticKind::Unplaced)
    );
}

/// A report to a congress ends with a formula ("以上报告，请予审议。"): no point of the
/// next steps, kept in a diagnostic.
#[test]
fn a_closing_formula_is_no_point() {
    let text = fixture_text("genre/audit-report-dateline-county.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    assert!(
        parsed
            .report
            .next_steps
            .iter()
            .all(|p| !p.text.starts_with("以上报告"))
    );
    assert!(
        parsed
            .diagnostics
            .iter()
            .any(|d| d.text.starts_with("以上报告"))
    );
}

/// A report copied with a rule of dashes above its title, which names no issuer: the rule is
/// no part of the title, and the body whose head delivers the report (the speaker's line
/// under the dateline) is the issuer.
#[test]
fn a_reports_speaker_names_its_issuer_and_a_rule_is_no_title() {
    let text = fixture_text("genre/audit-report-rule-speaker.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    assert!(
        report.title.starts_with("关于2024年度县级预算执行"),
        "{}",
        report.title
    );
    assert_eq!(report.issuer.as_str(), "青岚县人民政府");
    assert_eq!(report.timeline.published.unwrap().to_string(), "2025-12-24");
}

/// The committee that convenes is named without its work ("根据县委巡察工作的统一部署"); a
/// group named with its number after 巡察 (县委巡察二组) is one party with 县委第二巡察组;
/// words before a name that are no part of it (深刻反思, 由党支部书记任) make no party.
#[test]
fn a_convener_without_its_work_and_no_party_from_the_words_before_a_name() {
    let text = fixture_text("genre/xuncha-group-number-after-media-centre.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    let name = |id: Option<&rectify::PartyId>| report.party(id.unwrap()).unwrap().name.clone();
    assert_eq!(name(report.inspection.convened_by.as_ref()), "县委");
    assert_eq!(name(report.inspection.inspector.as_ref()), "县委巡察二组");
    let names: Vec<&str> = report.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "县融媒体中心党支部",
            "县委",
            "县委巡察二组",
            "巡察整改工作领导小组"
        ]
    );
    // "一、整改工作开展情况" says how the body led the work: its paragraph is a point of the
    // responsibility section (its tally read as progress too), not a lead without a field.
    assert_eq!(report.responsibility.len(), 1);
    assert!(report.responsibility[0].text.starts_with("中心党支部成立"));
    assert_eq!(
        report
            .progress
            .as_ref()
            .unwrap()
            .problems
            .as_ref()
            .unwrap()
            .completed,
        Some(15)
    );
    assert_eq!(report.areas.len(), 2);
}

/// Sections whose headings name the topic (一、落实全面从严治党责任有差距) and whose items
/// are its problems, numbered 1. 2. with "整改情况：" after each: each section is an area
/// with the section's number, its problems are sub-areas with their measures, and nothing
/// is left unplaced.
#[test]
fn topic_sections_with_numbered_problems_are_areas_with_sub_areas() {
    let text = fixture_text("genre/court-topic-sections-numbered-problems.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    // (number, title, [(sub-area number, measures)]) of each area.
    type Shape<'r> = (u32, &'r str, Vec<(u32, usize)>);
    let shape: Vec<Shape<'_>> = (report.areas.iter())
        .map(|a| {
            let subs = a.sub_areas.iter().map(|s| (s.number, s.measures.len()));
            (a.number, a.title.as_str(), subs.collect())
        })
        .collect();
    assert_eq!(
        shape,
        [
            (1, "落实全面从严治党责任有差距", vec![(1, 2), (2, 1)]),
            (2, "审判执行工作质效不够高", vec![(1, 1)]),
        ]
    );
    assert_eq!(
        report.areas[0].sub_areas[0].title,
        "党组抓党风廉政建设的主动性不强"
    );
    assert_eq!(report.next_steps.len(), 1);
    let kinds: Vec<_> = parsed.diagnostics.iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds,
        [
            rectify::text::DiagnosticKind::Missing,
            rectify::text::DiagnosticKind::Missing
        ]
    );
}

/// A notice that gives each problem a section of its own ("一、关于“……”问题", "三、关于
/// “……”问题的整改情况") with no （一） under it: each section is an area, titled by its
/// heading, whose labelled paragraphs (整改措施及成效：, 整改成效：) are its measures and
/// whose 整改结果：已整改完成 is its status. Nothing is left unplaced.
#[test]
fn problem_sections_without_areas_under_them_are_areas() {
    let text = fixture_text("genre/problem-sections-immediate-items.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    // (number, title, measures, status) of each area.
    let shape: Vec<_> = (report.areas.iter())
        .map(|a| (a.number, a.title.as_str(), a.measures.len(), a.status))
        .collect();
    assert_eq!(
        shape,
        [
            (
                1,
                "关于“接待来访群众不够耐心，信访答复不够及时”问题",
                1,
                None
            ),
            (2, "关于“部分案件卷宗归档滞后”问题", 1, None),
            (
                3,
                "关于“办公用房超标准使用”问题的整改情况",
                1,
                Some(rectify::Status::Completed)
            ),
        ]
    );
    // The labels are layout, not the measures' words.
    let measure = &report.areas[2].measures[0];
    assert!(measure.text.starts_with("对全院办公用房重新核定"));
    let figures: Vec<_> = (measure.indicators.iter())
        .map(|i| (i.value, i.unit.as_deref()))
        .collect();
    assert_eq!(figures, [(4.0, Some("间")), (86.0, Some("平方米"))]);
    assert!(
        (parsed.diagnostics.iter()).all(|d| d.kind != rectify::text::DiagnosticKind::Unplaced),
        "{:#?}",
        parsed.diagnostics
    );
}

/// A problem put right, in a province's template of numbered fields (整改销号公示): the
/// problem, goal, measures and effect under 一 to 四 are one area (the problem its title
/// and problem, each other part a sub-area with its own 一是、二是); the fields 五 to 九
/// ("五、公示时间：……", "七、受理电话：……") are the closing, read label by label; the
/// feedback date after 于 and the signature's date lost their marks ("2023628", "20231008");
/// the committee and the government sign together.
#[test]
fn a_signoff_template_of_numbered_fields_is_one_area_and_its_closing() {
    let text = fixture_text("genre/signoff-template-numbered-fields.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    let [area] = report.areas.as_slice() else {
        panic!("one area: {:#?}", report.areas)
    };
    assert_eq!(
        area.title,
        "青河县城区部分餐饮单位油烟净化设施未正常运行,群众反映强烈"
    );
    assert!(area.problem.as_deref().unwrap().ends_with("群众反映强烈。"));
    let parts: Vec<_> = (area.sub_areas.iter())
        .map(|s| (s.number, s.title.as_str(), s.measures.len()))
        .collect();
    assert_eq!(
        parts,
        [
            (1, "整改目标", 1),
            (2, "整改措施", 2),
            (3, "整改主要工作及成效", 2)
        ]
    );
    let timeline = &report.timeline;
    assert_eq!(date(timeline.feedback).as_deref(), Some("2023-06-28"));
    assert_eq!(date(timeline.published).as_deref(), Some("2023-10-08"));
    let window = timeline.public_comment.as_ref().expect("the window");
    assert_eq!(date(window.end).as_deref(), Some("2023-10-20"));
    let feedback = report.public_feedback.as_ref().expect("the channels");
    assert_eq!(feedback.phone.as_deref(), Some("0458-6127735"));
    assert_eq!(feedback.email.as_deref(), Some("qhxdcb@163.com"));
    assert_eq!(
        feedback.postal_address.as_deref(),
        Some("青河县兴安大街18号")
    );
    // The county's committee and government sign on two lines: the first is the issuer,
    // the second is kept in a diagnostic; else only the page's lines are left unplaced.
    assert_eq!(report.issuer.as_str(), "中共青河县委");
    let unplaced: Vec<&str> = (parsed.diagnostics.iter())
        .filter(|d| d.kind == rectify::text::DiagnosticKind::Unplaced)
        .map(|d| d.text.as_str())
        .collect();
    assert_eq!(unplaced.len(), 3, "{:#?}", parsed.diagnostics);
    assert_eq!(unplaced[2], "青河县人民政府");
    // Valid but for the inspection period, which the notice does not give.
    let validation = report.validate();
    let codes: Vec<_> = validation.errors().map(|e| e.code).collect();
    assert_eq!(codes, [rectify::Code::MissingField], "{validation:#?}");
}

/// A petition a supervision passed on, signed off (信访件整改销号公示): section headings that
/// carry their text after a colon ("一、转办问题基本情况：……"), read as the problem, the
/// measures and the check that signed it off (its status, and its figures the report's);
/// the invitation over the closing's labelled lines; a phone with a long dash; an
/// attachment after the signature, whose figures are read and whose lines are kept.
#[test]
fn a_signed_off_petition_with_headed_text_and_an_attachment() {
    let text = fixture_text("genre/signoff-petition-attachment.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    let [area] = report.areas.as_slice() else {
        panic!("one area: {:#?}", report.areas)
    };
    assert!(
        area.problem
            .as_deref()
            .unwrap()
            .starts_with("石岭镇某砂石场")
    );
    assert_eq!(area.status, Some(rectify::Status::Completed));
    let parts: Vec<_> = (area.sub_areas.iter())
        .map(|s| (s.title.as_str(), s.measures.len()))
        .collect();
    assert_eq!(parts, [("整改情况", 1)]);
    assert!((report.closing.as_deref().unwrap()).starts_with("上述整改情况现予公示。公众如有异议"));
    let feedback = report.public_feedback.as_ref().expect("the channels");
    assert_eq!(feedback.phone.as_deref(), Some("0830-4412086"));
    assert_eq!(
        date(report.timeline.published).as_deref(),
        Some("2023-08-07")
    );
    // The problem's, the check's and the attachment's figures are the report's.
    let loose: Vec<_> = (report.indicators.iter())
        .map(|i| (i.value, i.unit.as_deref(), i.qualifier))
        .collect();
    use rectify::Qualifier::{Approximately, Exact, MoreThan};
    assert_eq!(
        loose,
        [
            (3.0, Some("公里"), Approximately),
            (2.0, Some("片"), Exact),
            (100.0, Some("亩"), MoreThan),
            (90.0, Some("%"), MoreThan),
            (360000.0, Some("元"), Exact),
        ]
    );
    let attachment = (parsed.diagnostics.iter())
        .filter(|d| d.message.contains("attachment"))
        .count();
    assert_eq!(attachment, 6);
}

/// A supervision's short note on the petitions it passed on: its title says 办理情况, not
/// 整改; with no year anywhere its dates date nothing (no empty period); batch ordinals and
/// the batches up to one are no figures; its channels stand on its last lines, with
/// qualified labels (专门值班电话) and a long dash in the phone.
#[test]
fn a_supervisions_note_on_petitions_without_sections_or_year() {
    let text = fixture_text("genre/supervision-batch-note-no-year.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    assert!(report.title.ends_with("办理情况的通报"), "{}", report.title);
    assert_eq!(report.timeline.inspection, None);
    assert!(
        (report.validate().errors()).all(|v| v.code != Code::EmptyPeriod),
        "a date without a year makes no empty period"
    );
    let feedback = report
        .public_feedback
        .as_ref()
        .expect("the channels are read");
    assert_eq!(feedback.phone.as_deref(), Some("0898-65201734"));
    assert_eq!(
        feedback.postal_address.as_deref(),
        Some("某省某市A216号邮政信箱")
    );
    let closing = report.closing.as_deref().unwrap_or_default();
    assert!(closing.starts_with("如果有"), "{closing}");
    assert!(closing.ends_with("每天8:00-20:00。"), "{closing}");
    let values: Vec<f64> = report.all_indicators().map(|i| i.value).collect();
    for ordinal in [7.0, 8.0] {
        assert!(
            !values.contains(&ordinal),
            "{ordinal} is a batch's number: {values:?}"
        );
    }
    let units: Vec<&str> = (report.all_indicators())
        .filter_map(|i| i.unit.as_deref())
        .collect();
    assert!(
        units.contains(&"市") && units.contains(&"方面"),
        "{units:?}"
    );
    assert!(!units.contains(&"台"), "三台县 is a county: {units:?}");
}

/// A notice that publishes first ("现将……予以公布") and says who inspected it when under its
/// first heading (一、总体履责情况), its dates' 年 and 月 lost ("202253日至628日", "927日，"):
/// the first paragraph of that section continues the opening; a page's frozen clock
/// ("今天是:2018年6月4日") dates nothing; meetings held are counted (召开4次常委会会议).
#[test]
fn dates_under_the_first_heading_of_a_notice_that_publishes_first() {
    let text = fixture_text("genre/publish-first-dates-under-first-heading.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    assert_eq!(
        report.title, "北河区关于十二届市委第三轮巡视整改进展情况的通报",
        "the clock's line is no part of the title"
    );
    let inspection = report.timeline.inspection.as_ref().expect("the inspection");
    assert_eq!(date(inspection.start).as_deref(), Some("2022-05-03"));
    assert_eq!(date(inspection.end).as_deref(), Some("2022-06-28"));
    assert_eq!(
        date(report.timeline.feedback).as_deref(),
        Some("2022-09-27")
    );
    assert_eq!(
        report.timeline.published, None,
        "a page's clock is not the notice's date"
    );
    assert_eq!(
        report.inspection.inspector.as_ref().map(|i| i.as_str()),
        Some("市委巡视四组")
    );
    assert_eq!(
        report.responsibility.len(),
        2,
        "一、总体履责情况 is how the body led"
    );
    assert!(
        (report.all_indicators()).any(|i| i.value == 4.0 && i.unit.as_deref() == Some("次")),
        "召开4次常委会会议 counts meetings"
    );
}

/// A page that lost 年, 月 and 日 from its feedback date ("2023815,县委第巡察组向……反馈"):
/// seven bare digits that split one way only are the date; the range that kept its 日 reads
/// as before; no amount, phone or code is taken for a date.
#[test]
fn a_feedback_date_that_lost_every_mark() {
    let text = fixture_text("genre/page-lost-date-marks-bare-digits.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    let inspection = report.timeline.inspection.as_ref().expect("the inspection");
    assert_eq!(date(inspection.start).as_deref(), Some("2023-04-17"));
    assert_eq!(date(inspection.end).as_deref(), Some("2023-06-15"));
    assert_eq!(
        date(report.timeline.feedback).as_deref(),
        Some("2023-08-15")
    );
    assert_eq!(
        date(report.timeline.published).as_deref(),
        Some("2024-01-09")
    );
    let values: Vec<f64> = report.all_indicators().map(|i| i.value).collect();
    for not_a_figure in [2023815.0, 7360215.0, 354600.0] {
        assert!(
            !values.contains(&not_a_figure),
            "{not_a_figure}: {values:?}"
        );
    }
}

/// A supervision's note that gives its stay and its channels in its last paragraph
/// ("进驻期间（……）督察组设立专门值班电话：……，邮政信箱：……"): the stay is the inspection,
/// the labels after the bracket and the verb are read, and the verb stays in the text.
#[test]
fn a_supervisions_stay_and_channels_in_its_last_paragraph() {
    let text = fixture_text("genre/supervision-stay-and-channels-last-paragraph.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    let stay = report.timeline.inspection.as_ref().expect("the stay");
    assert_eq!(date(stay.start).as_deref(), Some("2022-05-25"));
    assert_eq!(date(stay.end).as_deref(), Some("2022-06-25"));
    let feedback = report.public_feedback.as_ref().expect("the channels");
    assert_eq!(feedback.phone.as_deref(), Some("0871-63902174"));
    assert_eq!(
        feedback.postal_address.as_deref(),
        Some("南岭省昆华市A065号邮政信箱")
    );
    let closing = report.closing.as_deref().unwrap_or_default();
    assert!(
        closing.contains("设立") && !closing.contains("专门值班电话"),
        "{closing}"
    );
}

/// A notice that a problem is put right (整改销号公示) sets its closing out in numbered
/// sections: the window on the line under "二、公示时间", the channels each after its label
/// under "三、受理部门、联系电话及地址". Its figures are of land and earth (公顷, 块, 立方米).
#[test]
fn a_closing_set_out_in_numbered_sections() {
    let text = fixture_text("genre/closing-sections-land-restoration.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    let window = report.timeline.public_comment.as_ref().expect("the window");
    assert_eq!(date(window.start).as_deref(), Some("2024-06-03"));
    assert_eq!(date(window.end).as_deref(), Some("2024-06-11"));
    assert_eq!(
        &text[parsed.spans["/timeline/publicComment"].bytes.clone()],
        "2024年6月3日至2024年6月11日,共7个工作日"
    );
    let feedback = report.public_feedback.as_ref().expect("the channels");
    assert_eq!(feedback.phone.as_deref(), Some("0437-5216083"));
    assert_eq!(
        feedback.postal_address.as_deref(),
        Some("青崖林业局办公楼三楼306室")
    );
    // The office that receives comments has no field: it stays in the closing's text. The
    // headings are layout, in no area or section.
    assert_eq!(
        report.closing.as_deref(),
        Some("受理部门:青崖林业局资源管理科")
    );
    assert_eq!(report.areas.len(), 1);
    // The numbered steps (1. 2. 3.) are the area's sub-areas.
    let areas = (report.areas.iter()).flat_map(|a| std::iter::once(a).chain(&a.sub_areas));
    let units: Vec<(f64, Option<&str>)> = areas
        .flat_map(|a| &a.measures)
        .flat_map(|m| &m.indicators)
        .map(|i| (i.value, i.unit.as_deref()))
        .collect();
    for figure in [
        (4600.0, Some("公顷")),
        (3200.0, Some("公顷")),
        (37.0, Some("块")),
        (126.58, Some("公顷")),
        (1850.0, Some("立方米")),
    ] {
        assert!(units.contains(&figure), "{figure:?} in {units:?}");
    }
    let unplaced: Vec<&str> = (parsed.diagnostics.iter())
        .filter(|d| d.kind == rectify::text::DiagnosticKind::Unplaced)
        .map(|d| d.text.as_str())
        .collect();
    assert!(
        unplaced
            .iter()
            .all(|t| !t.contains("公示时间") && !t.contains("2024年6月3日至")),
        "{unplaced:?}"
    );
}

/// An inspection's last day written without its 日, before the name of the group that
/// inspected ("……至2023年5月19县委第二巡察组对……").
#[test]
fn a_period_whose_last_day_lost_its_mark() {
    let text = fixture_text("genre/range-end-day-without-mark.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    let period = report.timeline.inspection.as_ref().expect("the period");
    assert_eq!(date(period.start).as_deref(), Some("2023-03-13"));
    assert_eq!(date(period.end).as_deref(), Some("2023-05-19"));
    assert_eq!(
        report.timeline.feedback.map(|d| d.to_string()).as_deref(),
        Some("2023-06-27")
    );
}

/// A document-sharing page sets the notice's numbered headings above its title, with the
/// problems each counts, and a broadcaster's page ends with its footer and no signature:
/// the title under the outline starts the notice, the outline's figures are read, and the
/// footer's phone is the site's, not a channel for comments.
#[test]
fn an_outline_above_the_title_and_a_footer_without_a_signature() {
    let text = fixture_text("genre/outline-above-title-footer.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    assert_eq!(
        report.title,
        "中共临川市社会科学界联合会党组关于六届市委第二轮巡察整改进展情况的通报"
    );
    let period = report.timeline.inspection.as_ref().expect("the period");
    assert_eq!(
        period.end.map(|d| d.to_string()).as_deref(),
        Some("2023-11-10")
    );
    // The outline's counts are the report's own figures, before those of the points (3
    // meetings, 4 lists); its lines are kept as diagnostics.
    let loose: Vec<f64> = report.indicators.iter().map(|i| i.value).collect();
    assert_eq!(loose, [6.0, 9.0, 4.0, 3.0, 4.0]);
    let outline_lines = (parsed.diagnostics.iter())
        .filter(|d| {
            d.message
                .starts_with("the notice's headings above its title")
        })
        .count();
    assert_eq!(outline_lines, 7);
    assert!(report.public_feedback.is_none());
    let footer: Vec<&str> = (parsed.diagnostics.iter())
        .filter(|d| d.message.contains("footer"))
        .map(|d| d.text.as_str())
        .collect();
    assert_eq!(
        footer,
        [
            "临川广播电视台版权所有",
            "赣ICP备10002468号",
            "网站举报电话:7712345"
        ]
    );
    // The body ends before the footer: no closing, and the footer's lines are no section's.
    assert!(report.closing.is_none());
}

/// A notice in traditional script (a machine-converted mirror, or a page of Hong Kong, Macao
/// or Taiwan) is read as simplified text, and its values keep the characters it writes:
/// the issuer and the groups named as written, the feedback read from a converter's 回饋.
#[test]
fn a_notice_in_traditional_script_reads_as_its_simplified_form_and_keeps_its_characters() {
    let text = fixture_text("genre/traditional-script-mirror.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    assert_eq!(
        report.title,
        "中共青巖縣衛生健康局黨組關於縣委第三輪巡察整改進展情況的通報"
    );
    let name = |id: &rectify::PartyId| {
        (report.parties.iter())
            .find(|p| &p.id == id)
            .map(|p| p.name.as_str())
    };
    assert_eq!(name(&report.issuer), Some("中共青巖縣衛生健康局黨組"));
    let inspection = &report.inspection;
    assert_eq!(inspection.kind, rectify::InspectionKind::Xuncha);
    let inspector = inspection.inspector.as_ref().expect("the group");
    assert_eq!(name(inspector), Some("縣委第二巡察組"));
    assert_eq!(
        inspection.round.as_ref().map(|r| r.label.as_str()),
        Some("縣委第三輪巡察")
    );
    assert_eq!(
        report.timeline.feedback.map(|d| d.to_string()).as_deref(),
        Some("2024-07-02")
    );
    // Sections, areas and measures as in a simplified notice.
    assert_eq!(report.responsibility.len(), 1);
    assert_eq!(report.areas.len(), 2);
    assert_eq!(report.next_steps.len(), 1);
    let feedback = report.public_feedback.as_ref().expect("the channels");
    assert_eq!(feedback.phone.as_deref(), Some("0855-7261308"));
    // Every value's span holds the input's own words.
    assert_eq!(
        &text[parsed.spans["/inspection/inspector"].bytes.clone()],
        "縣委第二巡察組"
    );
}

/// A machine-made mirror that glosses characters with their pinyin (`衛(wèi)`, `發(fā)布時間`):
/// the glosses are read past, so names, labels and figures read as they would without them;
/// values keep them as written, and the spans cover them.
#[test]
fn pinyin_glosses_on_a_mirror_are_read_past_and_kept() {
    let text = fixture_text("genre/mirror-pinyin-glosses.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    assert_eq!(report.issuer.as_str(), "中共鹿鳴市衛(wèi)生健康委員會黨組");
    assert_eq!(report.inspection.inspected.as_str(), "市衛(wèi)健委黨組");
    let contact = report.public_feedback.as_ref().expect("the contacts");
    assert_eq!(contact.phone.as_deref(), Some("0759-3316208"));
    let penalty = (report.all_indicators())
        .find(|i| i.value == 7.0)
        .expect("处罚……7家, glossed");
    assert_eq!(penalty.source.as_deref(), Some("處(chǔ)罰違規(guī)機構7家"));
    assert!(parsed.coverage(&text).lost.is_empty());
}

/// A problem put right, in a template of six fields (整改问题 over a list of problems,
/// 整改实施主体, 重点措施 over a list of measures, 目标任务, 完成时限, 整改完成情况): one area
/// with a sub-area a part; the invitation at the end of the last part, over the phone's
/// line, is the closing, and its window and the signature's date lost their marks.
#[test]
fn a_signoff_of_six_fields_with_listed_problems_and_measures() {
    let text = fixture_text("genre/signoff-six-fields-listed-problems.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    let [area] = report.areas.as_slice() else {
        panic!("one area: {:?}", report.areas);
    };
    assert_eq!(area.title, "滨河路东段,建筑垃圾堆放未覆盖,雨天泥浆外流");
    assert!(area.problem.as_deref().unwrap().contains("园区北门停车场"));
    let parts: Vec<(&str, usize)> = (area.sub_areas.iter())
        .map(|s| (s.title.as_str(), s.measures.len()))
        .collect();
    assert_eq!(
        parts,
        [
            ("整改实施主体", 1),
            ("重点措施", 2),
            ("目标任务", 1),
            ("整改完成情况", 1)
        ]
    );
    assert_eq!(
        area.sub_areas[3].measures[0].text,
        "经现场复核,整改已到位。"
    );
    assert_eq!(
        date(report.timeline.published).as_deref(),
        Some("2025-09-05")
    );
    let window = report.timeline.public_comment.as_ref().expect("the window");
    assert_eq!(date(window.end).as_deref(), Some("2025-09-18"));
    assert!(
        report
            .closing
            .as_deref()
            .unwrap()
            .starts_with("公众对本问题")
    );
    assert!(parsed.coverage(&text).lost.is_empty());
}

/// An area whose paragraph says the problem is put right before its 一是 ("该问题已完成
/// 整改。一是……"): that sentence is the area's status; a longer lead is still reported.
#[test]
fn a_status_sentence_before_the_first_measure_is_the_areas() {
    let text = "中共某县林业局党组关于巡察整改进展情况的通报\n\
        2024年3月4日至4月30日，县委第一巡察组对县林业局党组开展了巡察。\n\
        二、整改落实情况\n\
        （一）关于护林员管理不规范的问题\n\
        该问题已完成整改。一是修订护林员考核办法。二是清退不在岗护林员6名。\n\
        （二）关于项目资金拨付滞后的问题\n\
        局党组高度重视，立即部署。一是建立拨付台账。\n";
    let parsed = rectify::text::parse(text).unwrap();
    let areas = &parsed.report.areas;
    assert_eq!(areas[0].status, Some(rectify::Status::Completed));
    assert_eq!(areas[0].measures.len(), 2);
    assert_eq!(areas[1].status, None);
    assert!(
        (parsed.diagnostics.iter()).any(|d| d.text == "局党组高度重视，立即部署。"),
        "{:#?}",
        parsed.diagnostics
    );
}

/// Areas numbered on three levels as official writing numbers them, （一）, 1. and （1）:
/// each （1） is a sub-area of the 1. above it, not a second list beside it.
#[test]
fn areas_on_three_levels() {
    let text = "中共某市教育局委员会关于巡察整改进展情况的通报\n\
        2024年5月6日至7月19日，市委第二巡察组对市教育局党委开展了巡察。\n\
        二、巡察反馈问题整改落实情况\n\
        （一）关于落实教育方针有差距的问题\n\
        1.课后服务覆盖不全\n\
        （1）扩大课后服务范围。一是新增托管学校12所。二是开设兴趣课程40门。\n\
        （2）规范课后服务收费。清退违规收费3.6万元。\n\
        2.校园安全管理薄弱\n\
        （1）完善安全制度。修订校园安全管理办法1项。\n";
    let report = rectify::text::parse(text).unwrap().report;
    let [area] = report.areas.as_slice() else {
        panic!("one area: {:?}", report.areas);
    };
    let shape: Vec<(u32, Vec<u32>)> = (area.sub_areas.iter())
        .map(|sub| (sub.number, sub.sub_areas.iter().map(|s| s.number).collect()))
        .collect();
    assert_eq!(shape, [(1, vec![1, 2]), (2, vec![1])]);
    let first = &area.sub_areas[0].sub_areas[0];
    assert_eq!(first.title, "扩大课后服务范围");
    assert_eq!(first.measures.len(), 2);
    let validation = report.validate();
    let gaps = (validation.errors()).filter(|v| v.code == Code::NumberingGap);
    assert_eq!(gaps.count(), 0);
}

/// Problems listed one by one under the opening, with no section heading over them
/// ("1.……。", then "完成情况：已完成" and "整改情况：一是……"): each numbered line is an
/// area, since a labelled line stands under each.
#[test]
fn numbered_problems_with_labels_and_no_heading_are_areas() {
    let text = "中共某区街道工委关于巡察整改情况的通报\n\
        根据区委统一部署，2025年4月8日至6月10日，区委第三巡察组对某街道进行了巡察。\n\
        1.整改责任落实不到位。\n\
        完成情况：已完成\n\
        整改情况：一是成立整改工作领导小组。二是召开专题会议4次。\n\
        2.财务管理不规范。\n\
        完成情况：持续整改\n\
        整改情况：修订财务管理制度2项。\n";
    let parsed = rectify::text::parse(text).unwrap();
    let areas = &parsed.report.areas;
    let read: Vec<(&str, Option<rectify::Status>, usize)> = (areas.iter())
        .map(|a| (a.title.as_str(), a.status, a.measures.len()))
        .collect();
    assert_eq!(
        read,
        [
            ("整改责任落实不到位", Some(rectify::Status::Completed), 2),
            ("财务管理不规范", Some(rectify::Status::Ongoing), 1)
        ]
    );
    assert!(parsed.coverage(text).lost.is_empty());
}

/// A report copied from a page of fixed width (a PDF's): every line breaks its sentence
/// ("……并于2024年10" over "月8日反馈……", "0793-552" over "1846"). The lines are read
/// joined, and values keep the breaks as written; a contact is kept without them.
#[test]
fn a_text_wrapped_at_a_fixed_width_is_read_as_its_paragraphs() {
    let text = fixture_text("genre/pdf-wrapped-town-report.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    assert_eq!(
        date(report.timeline.feedback).as_deref(),
        Some("2024-10-08")
    );
    let contact = report.public_feedback.as_ref().expect("the phone");
    assert_eq!(contact.phone.as_deref(), Some("0793-5521846"));
    let titles: Vec<&str> = report.areas.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "关于河道沿岸垃圾堆放的问题",
            "关于农村污水处理设施运行不正常的问题"
        ]
    );
    // The title's line is whole: the addressee under it is no part of it.
    assert_eq!(
        report.title,
        "关于县生态环境问题专项督查反馈意见整改情况的报告"
    );
    let measure = &report.areas[0].measures[0];
    assert!(
        measure.text.contains("共清运沿岸\n垃圾约126吨"),
        "{}",
        measure.text
    );
    assert!(parsed.coverage(&text).lost.is_empty());
}

/// An audit results bulletin (审计结果公告) with its number before its title, the day it was
/// announced and the day it was reported to a congress: the announcement dates it, the
/// report is a step of its timeline with its span, the number is no part of the issuer.
#[test]
fn an_audit_bulletin_is_dated_by_its_announcement_and_reported_on_a_step() {
    let text = fixture_text("genre/audit-bulletin-numbered-title-announced.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    assert_eq!(
        date(report.timeline.published).as_deref(),
        Some("2025-12-29")
    );
    let [event] = report.timeline.events.as_slice() else {
        panic!("one step: {:?}", report.timeline.events);
    };
    assert_eq!(date(event.date).as_deref(), Some("2025-12-24"));
    assert!(event.label.starts_with('在') && event.label.ends_with("会议上"));
    let span = &parsed.spans["/timeline/events/0/date"];
    assert_eq!(&text[span.bytes.clone()], "2025年12月24日");
    assert_eq!((span.start.line, span.start.column), (3, 3));
    let issuer = report.party(&report.issuer).map(|p| p.name.as_str());
    assert_eq!(issuer, Some("桐江市"));
    // Nothing of it is left to the page's diagnostics.
    assert!(
        !(parsed.diagnostics.iter()).any(|d| d.text.contains("会议上")),
        "{:?}",
        parsed.diagnostics
    );
}

/// The same bulletin copied without its title, under a metadata block of thirteen bulleted
/// lines: the opening is found under it, the announcement dates it, and the years of
/// accounts it looked at date no step.
#[test]
fn an_untitled_audit_bulletin_under_a_long_metadata_block() {
    let text = fixture_text("genre/audit-results-bulletin-announced.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    assert_eq!(
        date(report.timeline.published).as_deref(),
        Some("2025-06-18")
    );
    let audit = report
        .timeline
        .inspection
        .as_ref()
        .expect("the audit's period");
    assert_eq!(date(audit.start).as_deref(), Some("2025-02-17"));
    assert_eq!(date(audit.end).as_deref(), Some("2025-04-11"));
    let preamble = report.preamble.as_deref().unwrap_or_default();
    assert!(preamble.starts_with("依据《"), "{preamble}");
}

/// A newspaper's report of a supervision tour's batch tells the tour's channels in a
/// paragraph of its middle: they are read from it, and the paragraph keeps its words; the
/// article's byline under it is the page's, and its e-mail no channel.
#[test]
fn a_supervisions_channels_told_mid_text_and_a_byline_under_the_article() {
    let text = fixture_text("genre/supervision-news-batch-channels-midtext.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let feedback = parsed
        .report
        .public_feedback
        .as_ref()
        .expect("the channels");
    assert_eq!(feedback.phone.as_deref(), Some("0795-83126470"));
    assert_eq!(
        feedback.postal_address.as_deref(),
        Some("梧川市A218号邮政信箱")
    );
    assert_eq!(feedback.email, None);
    let span = &parsed.spans["/publicFeedback/phone"];
    assert_eq!(&text[span.bytes.clone()], "0795—83126470");
    let preamble = parsed.report.preamble.as_deref().unwrap_or_default();
    assert!(preamble.contains("设立专门值班电话"), "{preamble}");
    assert!(
        (parsed.diagnostics.iter())
            .any(|d| d.text.starts_with("编辑") && d.message.contains("footer")),
        "{:?}",
        parsed.diagnostics
    );
}

/// A supervision's table of petitions on a newspaper's page, a cell a line: the title ends
/// with 信息公开, the batches' bracketed date under it dates the notice (not the page's date
/// above it), and the list that starts again at （一） under "处理和整改情况" is that
/// heading's, numbered after the list before it; 二次污染 counts nothing.
#[test]
fn a_table_of_petitions_in_batches_on_a_newspapers_page() {
    let text = fixture_text("genre/supervision-petitions-newspaper-batches.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    assert_eq!(report.title, "省第三生态环境保护督察组群众举报件信息公开");
    assert_eq!(
        date(report.timeline.published).as_deref(),
        Some("2023-09-13")
    );
    let areas: Vec<(u32, &str, usize)> = (report.areas.iter())
        .map(|a| (a.number, a.title.as_str(), a.sub_areas.len()))
        .collect();
    assert_eq!(
        areas,
        [
            (1, "厂区基本情况", 0),
            (2, "现场核查情况", 0),
            (3, "处理和整改情况", 3)
        ]
    );
    assert!(
        report
            .validate()
            .errors()
            .all(|v| v.code != Code::NumberingGap)
    );
    // Two production lines, twice; 二次污染 is no third 2.
    let twos: Vec<&str> = (report.all_indicators())
        .filter(|i| i.value == 2.0)
        .filter_map(|i| i.source.as_deref())
        .collect();
    assert_eq!(twos, ["设有造粒生产线2条", "拆除造粒生产线2条"]);
}

/// A sign-off 公示 whose list of attachments stands over its signature, the date of which
/// lost its marks ("20241022"), and whose form is set out under it a cell a line: the
/// notice is dated by the signature, the phone under its label alone on a line is read,
/// and wells (29眼机井) are counted.
#[test]
fn an_attachment_list_over_the_signature_and_a_label_over_its_value() {
    let text = fixture_text("genre/signoff-attachment-list-over-signature-form.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let report = &parsed.report;
    assert_eq!(
        date(report.timeline.published).as_deref(),
        Some("2024-10-22")
    );
    let feedback = report
        .public_feedback
        .as_ref()
        .expect("the channels are read");
    assert_eq!(feedback.phone.as_deref(), Some("0906-5527341"));
    assert_eq!(feedback.email.as_deref(), Some("bysw_zg@example.cn"));
    let units: Vec<&str> = (report.all_indicators())
        .filter_map(|i| i.unit.as_deref())
        .collect();
    assert!(units.contains(&"眼"), "{units:?}");
    assert!(
        (parsed.diagnostics.iter())
            .any(|d| d.text == "整改措施完成情况公示表" || d.text.ends_with("公示表")),
        "the attachment is kept in the diagnostics"
    );
    // A form that is the whole notice: its phone under its label is the notice's.
    let form = "第二轮某区生态环境保护督察反馈意见整改措施完成情况公示表\n反馈问题\n某县城区污水管网破损，雨季溢流。\n整改措施\n完成管网改造3.2公里。\n责任单位\n某县住房和城乡建设局\n联系电话\n13800000000\n主要工作及成效\n已完成整改。";
    let report = rectify::text::parse(form).unwrap().report;
    let feedback = report.public_feedback.expect("the form's phone is read");
    assert_eq!(feedback.phone.as_deref(), Some("13800000000"));
}

/// A supervision's bulletin of a batch of petitions passed on, its channels on labelled
/// lines at its end, more of them than a note's last few lines: all are the closing's,
/// and the postcode in brackets after the post-office box is the postcode.
#[test]
fn a_batch_bulletin_with_its_channels_on_labelled_lines() {
    let text = fixture_text("genre/supervision-batch-bulletin-labelled-channels.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    let feedback = (report.public_feedback.as_ref()).expect("the channels are read");
    assert_eq!(feedback.phone.as_deref(), Some("0877-63015528"));
    assert_eq!(
        feedback.postal_address.as_deref(),
        Some("云岭市B216号邮政信箱")
    );
    assert_eq!(feedback.postcode.as_deref(), Some("653100"));
    let units: Vec<&str> = (report.all_indicators())
        .filter(|i| i.value == 12.0)
        .filter_map(|i| i.source.as_deref())
        .collect();
    assert_eq!(units, ["分别为东湖区12件", "三家子开发区12件"]);
}

/// A notice whose feedback date lost its 月 ("76日县委第三巡察组……反馈"), and whose overall
/// progress counts problems done (已整改完成17个) and partly done (阶段性完成整改4个).
#[test]
fn a_feedback_date_that_lost_its_month_and_a_tally_of_partly_done_problems() {
    let text = fixture_text("genre/xuncha-lost-month-feedback-partly-done-tallies.txt");
    let report = rectify::text::parse(&text).unwrap().report;
    assert_eq!(
        date(report.timeline.feedback).as_deref(),
        Some("2024-07-06")
    );
    let problems = (report.progress.as_ref())
        .and_then(|p| p.problems.as_ref())
        .expect("the overall progress is read");
    assert_eq!(
        (
            problems.total,
            problems.completed,
            problems.partially_completed
        ),
        (Some(21), Some(17), Some(4))
    );
}

/// A notice whose inspection is told as work carried out (开展了……专项巡察工作), whose
/// feedback date lost its 月 after 于 (于86日反馈), and whose page masks its phone
/// ("联系电话： *** 。"): the phone is reported, not read.
#[test]
fn work_carried_out_a_feedback_after_yu_and_a_masked_phone() {
    let text = fixture_text("genre/xuncha-feedback-after-yu-masked-phone.txt");
    let parsed = rectify::text::parse(&text).unwrap();
    let timeline = &parsed.report.timeline;
    let inspection = timeline
        .inspection
        .as_ref()
        .expect("the inspection is read");
    assert_eq!(date(inspection.start).as_deref(), Some("2025-03-11"));
    assert_eq!(date(timeline.feedback).as_deref(), Some("2025-08-06"));
    assert!(
        (parsed.report.public_feedback.as_ref()).is_none_or(|f| f.phone.is_none()),
        "no phone is read from ***"
    );
    assert!(
        (parsed.diagnostics.iter()).any(|d| d.message.starts_with("no number after")),
        "{:?}",
        parsed.diagnostics
    );
}
