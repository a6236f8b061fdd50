//! `parse(render(r)) == r` for generated valid reports: every part of the model that the
//! text carries (timeline, inspection, points, areas, sub-areas, measures with summaries,
//! figures, documents and deadlines, statuses, problems, progress, contact details) comes
//! back as it was.
//!
//! The generator writes texts from small pools and derives what the parser derives from
//! them by the documented rules (tests/fixtures/README.md), independently of the parser:
//! a summary is the lead clause, a figure "组织培训12次" has subject 组织培训, and so on.

use assign::assign;
use proptest::prelude::*;
use rectify::{
    Area, Deadline, Document, DocumentAction, Indicator, IndicatorKind, Inspection, InspectionKind,
    Level, Measure, PartialDate, Party, PartyId, PartyKind, Period, Point, ProgressSummary,
    PublicFeedback, Qualifier, RectificationReport, Round, Status, Tally, Timeline,
};

const PLACES: [&str; 4] = ["青山", "白河", "松林", "云溪"];
const DEPARTMENTS: [&str; 3] = ["宣传部", "组织部", "统战部"];
const LEADS: [&str; 6] = [
    "加强制度建设",
    "完善工作机制",
    "开展专项整治",
    "强化监督检查",
    "推进作风建设",
    "规范资金管理",
];
const TAILS: [&str; 4] = [
    "持续巩固整改成效",
    "确保整改落到实处",
    "推动问题全面解决",
    "形成长效管理机制",
];
const TOPICS: [&str; 5] = [
    "财务管理不规范",
    "意识形态工作不到位",
    "干部队伍建设薄弱",
    "制度执行不严格",
    "作风建设不扎实",
];
const HEADINGS: [&str; 3] = ["压实整改责任", "强化组织领导", "健全长效机制"];
/// Figure templates: the words before the number, the qualifier word, and the unit.
const FIGURES: [(&str, &str, Qualifier, &str); 4] = [
    ("组织培训", "", Qualifier::Exact, "次"),
    ("发展新成员", "超", Qualifier::MoreThan, "名"),
    ("排查问题线索", "约", Qualifier::Approximately, "条"),
    ("整改销号事项", "近", Qualifier::Nearly, "项"),
];
const CHINESE: [&str; 10] = ["十", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

fn chinese(n: u32) -> String {
    match n {
        1..=9 => CHINESE[n as usize].to_owned(),
        10 => "十".to_owned(),
        11..=19 => format!("十{}", CHINESE[(n % 10) as usize]),
        _ => format!(
            "{}十{}",
            CHINESE[(n / 10) as usize],
            if n.is_multiple_of(10) {
                ""
            } else {
                CHINESE[(n % 10) as usize]
            }
        ),
    }
}

fn written(date: PartialDate) -> String {
    let mut text = format!("{}年", date.year_number());
    if let Some(m) = date.month_number() {
        text += &format!("{m}月");
    }
    if let Some(d) = date.day_number() {
        text += &format!("{d}日");
    }
    text
}

/// What a measure is made of.
#[derive(Debug, Clone)]
struct MeasureSpec {
    lead: usize,
    tail: Option<usize>,
    figure: Option<(usize, u32)>,
    document: Option<usize>,
}

fn measure_spec() -> impl Strategy<Value = MeasureSpec> {
    (
        0..LEADS.len(),
        prop::option::of(0..TAILS.len()),
        prop::option::of((0..FIGURES.len(), 2u32..2000)),
        prop::option::of(0..TOPICS.len()),
    )
        .prop_map(|(lead, tail, figure, document)| MeasureSpec {
            lead,
            tail,
            figure,
            document,
        })
}

fn measure(ordinal: u32, spec: &MeasureSpec) -> Measure {
    let lead = LEADS[spec.lead];
    let mut clauses = vec![lead.to_owned()];
    let mut indicators = Vec::new();
    let mut documents = Vec::new();
    if let Some((which, n)) = spec.figure {
        let (before, qualifier_word, qualifier, unit) = FIGURES[which];
        let source = format!("{before}{qualifier_word}{n}{unit}");
        let mut indicator = Indicator::new(before, IndicatorKind::Count, f64::from(n));
        indicator.unit = Some(unit.to_owned());
        indicator.qualifier = qualifier;
        indicator.source = Some(source.clone());
        indicators.push(indicator);
        clauses.push(source);
    }
    if let Some(topic) = spec.document {
        let title = format!("{}问题整改管理办法", TOPICS[topic]);
        clauses.push(format!("印发《{title}》"));
        documents.push(Document::new(title, DocumentAction::Issued));
    }
    if let Some(tail) = spec.tail {
        clauses.push(TAILS[tail].to_owned());
    }
    let mut measure = Measure::new(ordinal, format!("{}。", clauses.join("，")));
    measure.summary = (clauses.len() > 1).then(|| lead.to_owned());
    measure.indicators = indicators;
    measure.documents = documents;
    measure
}

/// An area: its topic, its own measures or its sub-areas' measures, and the optional
/// problem, deadline and status of the 问题/整改情况 layout.
#[derive(Debug, Clone)]
struct AreaSpec {
    topic: usize,
    measures: Vec<MeasureSpec>,
    subs: Vec<Vec<MeasureSpec>>,
    problem: bool,
    deadline: Option<u8>,
    status: Option<Status>,
}

fn area_spec() -> impl Strategy<Value = AreaSpec> {
    let status = prop::sample::select(vec![
        Status::Completed,
        Status::PartiallyCompleted,
        Status::Ongoing,
        Status::LongTerm,
        Status::NotStarted,
    ]);
    (
        0..TOPICS.len(),
        prop::collection::vec(measure_spec(), 1..4),
        prop::collection::vec(prop::collection::vec(measure_spec(), 1..3), 0..3),
        any::<bool>(),
        prop::option::of(0u8..3),
        prop::option::of(status),
    )
        .prop_map(
            |(topic, measures, subs, problem, deadline, status)| AreaSpec {
                topic,
                measures,
                subs,
                problem,
                deadline,
                status,
            },
        )
}

fn area(number: u32, spec: &AreaSpec, year: i32) -> Area {
    let mut area = Area::new(number, format!("关于{}方面", TOPICS[spec.topic]));
    if !spec.subs.is_empty() {
        area.sub_areas = spec
            .subs
            .iter()
            .enumerate()
            .map(|(i, measures)| {
                let mut sub = Area::new(i as u32 + 1, LEADS[(spec.topic + i) % LEADS.len()]);
                sub.measures = numbered(measures);
                sub
            })
            .collect();
        return area;
    }
    area.measures = numbered(&spec.measures);
    if spec.problem {
        area.problem = Some(format!("{}的问题依然存在。", TOPICS[spec.topic]));
    }
    let deadline = spec.deadline.map(|kind| match kind {
        0 => Deadline::by(PartialDate::year(year).unwrap()),
        1 => assign!(Deadline::default(), {
                    immediate: Some(true)
        }),
        _ => assign!(Deadline::default(), {
                    ongoing: Some(true)
        }),
    });
    for measure in &mut area.measures {
        measure.deadline = deadline.clone();
    }
    area.status = spec.status;
    area
}

fn numbered(specs: &[MeasureSpec]) -> Vec<Measure> {
    specs
        .iter()
        .enumerate()
        .map(|(i, spec)| measure(i as u32 + 1, spec))
        .collect()
}

#[derive(Debug, Clone)]
pub(crate) struct ReportSpec {
    place: usize,
    department: usize,
    term: u32,
    round: u32,
    group: u32,
    year: i32,
    month: u32,
    responsibility: Vec<(Option<usize>, usize)>,
    areas: Vec<AreaSpec>,
    next_steps: Vec<(Option<usize>, usize)>,
    /// The stated total (absent: parts only, amendment 1) and the completed count.
    progress: Option<(Option<u32>, u32)>,
    phone: bool,
    email: bool,
}

pub(crate) fn report_spec() -> impl Strategy<Value = ReportSpec> {
    let point = (prop::option::of(0..HEADINGS.len()), 0..TAILS.len());
    (
        (
            0..PLACES.len(),
            0..DEPARTMENTS.len(),
            1u32..20,
            1u32..12,
            1u32..9,
            2021i32..2025,
            1u32..7,
        ),
        prop::collection::vec(point.clone(), 0..4),
        prop::collection::vec(area_spec(), 1..5),
        prop::collection::vec(point, 0..3),
        prop::option::of((prop::option::of(1u32..500), 0u32..500)),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(
                (place, department, term, round, group, year, month),
                responsibility,
                areas,
                next_steps,
                progress,
                phone,
                email,
            )| ReportSpec {
                place,
                department,
                term,
                round,
                group,
                year,
                month,
                responsibility,
                areas,
                next_steps,
                progress: progress
                    .map(|(total, done)| (total, total.map_or(done, |t| done.min(t)))),
                phone,
                email,
            },
        )
}

fn points(specs: &[(Option<usize>, usize)]) -> Vec<Point> {
    specs
        .iter()
        .enumerate()
        .map(|(i, (heading, tail))| {
            let mut point = Point::new(i as u32 + 1, format!("{}。", TAILS[*tail]));
            point.heading = heading.map(|h| HEADINGS[h].to_owned());
            point
        })
        .collect()
}

pub(crate) fn report(spec: &ReportSpec) -> RectificationReport {
    let committee = "县委";
    let short = format!("县委{}", DEPARTMENTS[spec.department]);
    let full = format!("中共{}{short}", PLACES[spec.place]);
    let group = format!("县委第{}巡察组", chinese(spec.group));
    let id = |name: &str| PartyId::new(name).unwrap();
    let mut issuer = Party::new(id(&full), &full, PartyKind::PartyDepartment);
    issuer.aliases.push(short.clone());
    issuer.parent = Some(id(committee));
    issuer.level = Some(Level::County);
    let mut convener = Party::new(id(committee), committee, PartyKind::PartyCommittee);
    convener.level = Some(Level::County);
    let mut inspector = Party::new(id(&group), &group, PartyKind::InspectionGroup);
    inspector.parent = Some(id(committee));
    inspector.level = Some(Level::County);

    let day = |y: i32, m: u32, d: u32| PartialDate::day(y, m, d).unwrap();
    let (y, m) = (spec.year, spec.month);
    let mut timeline = Timeline::new();
    timeline.inspection = Some(Period::new(day(y, m, 3), day(y, m + 2, 20)));
    timeline.feedback = Some(day(y, m + 4, 9));
    timeline.published = Some(day(y + 1, 3, 15));
    timeline.public_comment = Some(Period::new(day(y + 1, 3, 15), day(y + 1, 3, 22)));

    let label = format!(
        "{}届县委第{}轮巡察",
        chinese(spec.term),
        chinese(spec.round)
    );
    let mut round = Round::new(&label);
    round.term = std::num::NonZeroU32::new(spec.term);
    round.number = std::num::NonZeroU32::new(spec.round);
    let mut inspection = Inspection::new(InspectionKind::Xuncha, id(&full));
    inspection.round = Some(round);
    inspection.inspector = Some(id(&group));
    inspection.convened_by = Some(id(committee));

    let title = format!("{full}关于{label}整改进展情况的通报");
    let mut report = RectificationReport::new(
        title,
        id(&full),
        inspection,
        timeline.clone(),
        vec![issuer, convener, inspector],
    );
    let inspection_period = timeline.inspection.as_ref().unwrap();
    report.preamble = Some(format!(
        "根据{committee}统一部署，{}至{}，{group}对{short}进行了巡察。{}，{group}向{short}反馈了巡察意见。",
        written(inspection_period.start.unwrap()),
        written(inspection_period.end.unwrap()),
        written(timeline.feedback.unwrap()),
    ));
    report.responsibility = points(&spec.responsibility);
    report.areas = spec
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| area(i as u32 + 1, a, y + 1))
        .collect();
    report.next_steps = points(&spec.next_steps);
    report.progress = spec.progress.map(|(total, completed)| {
        assign!(ProgressSummary::default(), {
                problems: Some(assign!(Tally::default(), { total, completed: Some(completed) }))
        })
    });
    report.closing = Some("欢迎广大干部群众对整改落实情况进行监督。".to_owned());
    report.public_feedback = Some(assign!(PublicFeedback::default(), {
            phone: spec.phone.then(|| "0763-3374341".to_owned()),
            email: spec.email.then(|| "xcb@example.gov.cn".to_owned())
    }));
    if report.public_feedback == Some(PublicFeedback::default()) {
        report.public_feedback = None;
    }
    report
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn generated_reports_render_and_parse_back(spec in report_spec()) {
        let report = report(&spec);
        let validation = report.validate();
        prop_assert!(validation.is_valid(), "the generator made an invalid report: {:#?}", validation.violations);
        let text = rectify::text::render(&report);
        let parsed = rectify::text::parse(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&parsed.report, &report, "\n{}", text);
        prop_assert!(parsed.coverage(&text).lost.is_empty());
    }
}
