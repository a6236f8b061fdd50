//! Builds a small report in code with the constructors, validates it and prints it: the
//! example to copy from.
//!
//! ```text
//! cargo run --example build_report
//! ```

use std::num::NonZeroU32;

use rectify::{
    Area, Deadline, Document, DocumentAction, Indicator, IndicatorKind, Inspection, InspectionKind,
    Level, Measure, MeasureParty, PartialDate, Party, PartyId, PartyKind, PartyRole, Period, Point,
    PublicFeedback, Qualifier, RectificationReport, Round, Status, Timeline,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The parties first: everything else refers to them by id.
    let bureau = PartyId::new("county-culture-bureau")?;
    let committee = PartyId::new("county-committee")?;
    let group = PartyId::new("inspection-group-2")?;

    let mut issuer = Party::new(
        bureau.clone(),
        "中共某县文化广电旅游体育局党组",
        PartyKind::PartyCommittee,
    );
    issuer.aliases.push("县文广旅体局".into());
    issuer.level = Some(Level::County);
    let mut inspector = Party::new(group.clone(), "县委第二巡察组", PartyKind::InspectionGroup);
    inspector.parent = Some(committee.clone());
    let parties = vec![
        issuer,
        Party::new(committee.clone(), "县委", PartyKind::PartyCommittee),
        inspector,
    ];

    // Who inspected whom.
    let mut inspection = Inspection::new(InspectionKind::Xuncha, bureau.clone());
    inspection.inspector = Some(group);
    inspection.convened_by = Some(committee);
    let mut round = Round::new("十五届县委第三轮巡察");
    round.term = NonZeroU32::new(15);
    round.number = NonZeroU32::new(3);
    inspection.round = Some(round);

    // When.
    let mut timeline = Timeline::new();
    timeline.inspection = Some(Period::new(
        PartialDate::day(2024, 4, 8)?,
        PartialDate::day(2024, 5, 31)?,
    ));
    timeline.feedback = Some(PartialDate::day(2024, 7, 10)?);
    timeline.published = Some(PartialDate::day(2024, 12, 20)?);
    timeline.public_comment = Some(Period::new(
        PartialDate::day(2024, 12, 20)?,
        PartialDate::day(2024, 12, 27)?,
    ));

    let mut report = RectificationReport::new(
        "中共某县文化广电旅游体育局党组关于十五届县委第三轮巡察整改进展情况的通报",
        bureau.clone(),
        inspection,
        timeline,
        parties,
    );

    // Section 一 and one area of section 二, with a measure that carries a figure, a document
    // and a deadline.
    let mut point = Point::new(1, "成立整改工作领导小组，由党组书记任组长。");
    point.heading = Some("提高政治站位".into());
    report.responsibility.push(point);

    let mut measure = Measure::new(1, "修订《县文广旅体局财务管理制度》，全年开展财务检查4次。");
    measure.summary = Some("修订《县文广旅体局财务管理制度》".into());
    measure.status = Some(Status::Completed);
    measure.deadline = Some(Deadline::by(PartialDate::year(2024)?));
    measure
        .parties
        .push(MeasureParty::new(bureau, PartyRole::Lead));
    measure.documents.push(Document::new(
        "县文广旅体局财务管理制度",
        DocumentAction::Revised,
    ));
    let mut checks = Indicator::new("财务检查", IndicatorKind::Count, 4.0);
    checks.unit = Some("次".into());
    checks.qualifier = Qualifier::Exact;
    checks.period = Some(Period::new(
        PartialDate::year(2024)?,
        PartialDate::year(2024)?,
    ));
    checks.source = Some("全年开展财务检查4次".into());
    measure.indicators.push(checks);
    let mut area = Area::new(1, "关于财务管理不规范方面");
    area.measures.push(measure);
    report.areas.push(area);

    // The model's structs are #[non_exhaustive] (a later contract may add fields): build
    // them from `new` or `default` and set their public fields.
    let mut feedback = PublicFeedback::default();
    feedback.phone = Some("0763-5123456".into());
    feedback.postcode = Some("511500".into());
    report.public_feedback = Some(feedback);

    let validation = report.validate();
    for violation in &validation.violations {
        println!("{violation}");
    }
    println!("valid: {}", validation.is_valid());
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(())
}
