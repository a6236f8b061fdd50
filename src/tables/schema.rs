//! The tables and their columns: the one place where each is named, typed and described.
//! [`Table::columns`] gives them; `rectify tables --schema` prints them (docs/tables.md).

use std::fmt;

/// One of the tables a report is flattened into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Table {
    /// `reports`: one row per notice (通报).
    Reports,
    /// `parties`: the bodies, groups and posts each report names (主体).
    Parties,
    /// `areas`: the rectification areas (整改事项), sub-areas included.
    Areas,
    /// `measures`: the measures taken in each area (整改措施).
    Measures,
    /// `indicators`: the reported figures (数据), of measures and of the report itself.
    Indicators,
    /// `documents`: the rules and documents the measures name (文件).
    Documents,
    /// `measure_parties`: who leads, helps with or is acted on by a measure (责任主体).
    MeasureParties,
    /// `points`: the items of section 一 (主体责任) and of the next steps (下一步工作打算).
    Points,
    /// `events`: the timeline's other dated steps (节点).
    Events,
    /// `diagnostics`: what the parser could not place or read, for parsed notices only.
    Diagnostics,
}

impl Table {
    /// Every table, in the order they are written and described.
    pub const ALL: [Table; 10] = [
        Table::Reports,
        Table::Parties,
        Table::Areas,
        Table::Measures,
        Table::Indicators,
        Table::Documents,
        Table::MeasureParties,
        Table::Points,
        Table::Events,
        Table::Diagnostics,
    ];

    /// The table's name, which is also its file's stem (`measure_parties.parquet`).
    pub fn name(self) -> &'static str {
        match self {
            Table::Reports => "reports",
            Table::Parties => "parties",
            Table::Areas => "areas",
            Table::Measures => "measures",
            Table::Indicators => "indicators",
            Table::Documents => "documents",
            Table::MeasureParties => "measure_parties",
            Table::Points => "points",
            Table::Events => "events",
            Table::Diagnostics => "diagnostics",
        }
    }

    /// What a row is, in a sentence.
    pub fn description(self) -> &'static str {
        match self {
            Table::Reports => {
                "One row per notice (通报): who inspected whom, the timeline, the progress tallies, and how many rows it has in the other tables."
            }
            Table::Parties => "One row per party (主体) a report names.",
            Table::Areas => {
                "One row per rectification area (整改事项), sub-areas included, in the notice's order."
            }
            Table::Measures => "One row per measure (整改措施), in the notice's order.",
            Table::Indicators => {
                "One row per reported figure (数据): the measures' figures in the notice's order, then the report's own."
            }
            Table::Documents => "One row per rule or document a measure names (文件).",
            Table::MeasureParties => {
                "One row per party named in a measure, with its role (责任主体)."
            }
            Table::Points => {
                "One row per item of section 一 (主体责任) and of the next steps (下一步工作打算)."
            }
            Table::Events => "One row per other dated step of the timeline (节点).",
            Table::Diagnostics => {
                "One row per diagnostic of a parsed notice: what the parser could not place or read. None for reports read from JSON."
            }
        }
    }

    /// The columns that identify a row, together unique across all reports written together
    /// (when the reports' ids are).
    pub fn key(self) -> &'static [&'static str] {
        match self {
            Table::Reports => &["id"],
            Table::Parties => &["report_id", "party_id"],
            Table::Areas => &["report_id", "area_path"],
            Table::Measures => &["report_id", "area_path", "measure"],
            Table::Indicators => &["report_id", "indicator"],
            Table::Documents => &["report_id", "document"],
            Table::MeasureParties => &["report_id", "link"],
            Table::Points => &["report_id", "section", "point"],
            Table::Events => &["report_id", "event"],
            Table::Diagnostics => &["report_id", "diagnostic"],
        }
    }

    /// The table's columns, in order.
    ///
    /// # Example
    ///
    /// ```
    /// use rectify::tables::{ColumnType, Table};
    ///
    /// let columns = Table::Measures.columns();
    /// assert_eq!(columns[0].name, "report_id");
    /// let deadline = columns.iter().find(|c| c.name == "deadline_by").unwrap();
    /// assert_eq!(deadline.kind, ColumnType::Date);
    /// ```
    pub fn columns(self) -> &'static [Column] {
        match self {
            Table::Reports => REPORTS,
            Table::Parties => PARTIES,
            Table::Areas => AREAS,
            Table::Measures => MEASURES,
            Table::Indicators => INDICATORS,
            Table::Documents => DOCUMENTS,
            Table::MeasureParties => MEASURE_PARTIES,
            Table::Points => POINTS,
            Table::Events => EVENTS,
            Table::Diagnostics => DIAGNOSTICS,
        }
    }

    /// The table's position in [`Table::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The type of a column's values, the same in Parquet and in CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnType {
    /// UTF-8 text (Parquet `STRING`); enum codes are the contract's camelCase strings.
    Text,
    /// A whole number (Parquet `INT64`).
    Integer,
    /// A floating-point number (Parquet `DOUBLE`); in CSV its shortest exact decimal form.
    Number,
    /// `true` or `false` (Parquet `BOOLEAN`).
    Boolean,
    /// A calendar date (Parquet `DATE`, Arrow `Date32`); in CSV `YYYY-MM-DD`. A partial
    /// date is given by its first day, beside a `_precision` column (year, month, day).
    Date,
}

impl ColumnType {
    /// The type's name as the schema gives it (`text`, `integer`, `number`, `boolean`, `date`).
    pub fn name(self) -> &'static str {
        match self {
            ColumnType::Text => "text",
            ColumnType::Integer => "integer",
            ColumnType::Number => "number",
            ColumnType::Boolean => "boolean",
            ColumnType::Date => "date",
        }
    }
}

impl fmt::Display for ColumnType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A column of a [`Table`]: its name, type, whether it may be empty, and what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Column {
    /// The column's name (snake_case, as SQL likes them).
    pub name: &'static str,
    /// The type of its values.
    pub kind: ColumnType,
    /// Whether a row may leave it empty (null in Parquet, an empty field in CSV).
    pub nullable: bool,
    /// What it holds, with the contract's field it comes from.
    pub description: &'static str,
}

/// A column that every row fills.
const fn required(name: &'static str, kind: ColumnType, description: &'static str) -> Column {
    Column {
        name,
        kind,
        nullable: false,
        description,
    }
}

/// A column that a row may leave empty.
const fn optional(name: &'static str, kind: ColumnType, description: &'static str) -> Column {
    Column {
        name,
        kind,
        nullable: true,
        description,
    }
}

use ColumnType::{Boolean, Date, Integer, Number, Text};

const REPORT_ID: Column = required(
    "report_id",
    Text,
    "The report's id (reports.id): the caller's; the command's is the file's path below the folder it was found in.",
);
const AREA_PATH: Column = required(
    "area_path",
    Text,
    "The area (areas.area_path) the row belongs to.",
);
const MEASURE: Column = required(
    "measure",
    Integer,
    "The measure's position in its area, from 1 (with area_path, the key of measures).",
);
const EXTENSIONS: Column = optional(
    "extensions",
    Text,
    "extensions: data the contract does not cover yet, as JSON text.",
);
const PRECISION: &str = "How much of the date before it is known: year, month or day.";

const REPORTS: &[Column] = &[
    required(
        "id",
        Text,
        "The report's id, given by the caller; the command's is the input's path below the folder it was found in (its file name when named directly).",
    ),
    optional(
        "file",
        Text,
        "The file the report was read from, as named to the command.",
    ),
    required(
        "parsed",
        Boolean,
        "Whether the report was parsed from notice text (it then has its diagnostics) rather than read from report JSON.",
    ),
    required(
        "schema_version",
        Text,
        "schemaVersion: the contract's version (1.0).",
    ),
    required("title", Text, "title: the notice's full title (标题)."),
    required("issuer", Text, "issuer: the issuing party's id (发布主体)."),
    optional(
        "issuer_name",
        Text,
        "The issuing party's name, when the report declares it.",
    ),
    required(
        "kind",
        Text,
        "inspection.kind: xunshi 巡视, xuncha 巡察, audit 审计, supervision 督察, other.",
    ),
    optional(
        "form",
        Text,
        "inspection.form: regular 常规, special 专项, followUp 回头看, mobile 机动, linked 上下联动.",
    ),
    optional(
        "round_label",
        Text,
        "inspection.round.label: the round as written (八届市委第五轮巡察).",
    ),
    optional(
        "round_term",
        Integer,
        "inspection.round.term: the committee's term (八届 → 8).",
    ),
    optional(
        "round_number",
        Integer,
        "inspection.round.number: the round within the term (第五轮 → 5).",
    ),
    optional(
        "inspector",
        Text,
        "inspection.inspector: the inspecting group's party id (巡视巡察组).",
    ),
    required(
        "inspected",
        Text,
        "inspection.inspected: the inspected body's party id (被巡视巡察单位).",
    ),
    optional(
        "convened_by",
        Text,
        "inspection.convenedBy: whose deployment it was (部署), a party id.",
    ),
    optional(
        "inspection_start",
        Date,
        "timeline.inspection.start: the inspection on site began (巡视巡察期间).",
    ),
    optional("inspection_start_precision", Text, PRECISION),
    optional(
        "inspection_end",
        Date,
        "timeline.inspection.end: the inspection on site ended.",
    ),
    optional("inspection_end_precision", Text, PRECISION),
    optional(
        "feedback",
        Date,
        "timeline.feedback: the feedback was given (反馈).",
    ),
    optional("feedback_precision", Text, PRECISION),
    optional(
        "rectification_due",
        Date,
        "timeline.rectificationDue: the end of the concentrated rectification (集中整改期限).",
    ),
    optional("rectification_due_precision", Text, PRECISION),
    optional(
        "published",
        Date,
        "timeline.published: the notice's date (发布日期).",
    ),
    optional("published_precision", Text, PRECISION),
    optional(
        "public_comment_start",
        Date,
        "timeline.publicComment.start: the window for public comment opens (公开期限).",
    ),
    optional("public_comment_start_precision", Text, PRECISION),
    optional(
        "public_comment_end",
        Date,
        "timeline.publicComment.end: the window for public comment closes.",
    ),
    optional("public_comment_end_precision", Text, PRECISION),
    optional(
        "problems_total",
        Integer,
        "progress.problems.total: problems in the feedback (反馈问题), where stated.",
    ),
    optional(
        "problems_completed",
        Integer,
        "progress.problems.completed (已完成).",
    ),
    optional(
        "problems_partially_completed",
        Integer,
        "progress.problems.partiallyCompleted (基本完成).",
    ),
    optional(
        "problems_ongoing",
        Integer,
        "progress.problems.ongoing (正在推进).",
    ),
    optional(
        "problems_not_started",
        Integer,
        "progress.problems.notStarted (未完成).",
    ),
    optional(
        "problems_completion_rate",
        Number,
        "progress.problems.completionRate: the rate the notice states, in percent (完成率).",
    ),
    optional(
        "measures_total",
        Integer,
        "progress.measures.total: rectification measures (整改措施), where stated.",
    ),
    optional(
        "measures_completed",
        Integer,
        "progress.measures.completed (已完成).",
    ),
    optional(
        "measures_partially_completed",
        Integer,
        "progress.measures.partiallyCompleted (基本完成).",
    ),
    optional(
        "measures_ongoing",
        Integer,
        "progress.measures.ongoing (正在推进).",
    ),
    optional(
        "measures_not_started",
        Integer,
        "progress.measures.notStarted (未完成).",
    ),
    optional(
        "measures_completion_rate",
        Number,
        "progress.measures.completionRate: the rate the notice states, in percent.",
    ),
    optional(
        "rules_established",
        Integer,
        "progress.rulesEstablished: rules made or revised (建立完善制度).",
    ),
    required(
        "n_areas",
        Integer,
        "The report's rows in areas (sub-areas included).",
    ),
    required("n_measures", Integer, "The report's rows in measures."),
    required("n_indicators", Integer, "The report's rows in indicators."),
    required("n_parties", Integer, "The report's rows in parties."),
    required("n_documents", Integer, "The report's rows in documents."),
    optional(
        "n_diagnostics",
        Integer,
        "The report's rows in diagnostics; empty for a report read from JSON.",
    ),
    optional(
        "preamble",
        Text,
        "preamble: the opening paragraph, verbatim (导语).",
    ),
    optional(
        "closing",
        Text,
        "closing: the closing words, verbatim (结束语).",
    ),
    optional("phone", Text, "publicFeedback.phone (联系电话)."),
    optional(
        "postal_address",
        Text,
        "publicFeedback.postalAddress (通信地址).",
    ),
    optional("postcode", Text, "publicFeedback.postcode (邮政编码)."),
    optional("email", Text, "publicFeedback.email (电子邮箱)."),
    optional("website", Text, "publicFeedback.website (网站)."),
    EXTENSIONS,
];

const PARTIES: &[Column] = &[
    REPORT_ID,
    required(
        "party_id",
        Text,
        "id: the party's id, unique within a valid report (duplicatePartyId otherwise).",
    ),
    required(
        "party",
        Integer,
        "The party's position in the report's parties, from 1.",
    ),
    required("name", Text, "name: as written (名称)."),
    optional(
        "aliases",
        Text,
        "aliases: its other names in the notice (别称), as a JSON array of strings.",
    ),
    required(
        "kind",
        Text,
        "kind: partyCommittee, partyDepartment, inspectionGroup, disciplineCommission, governmentAgency, publicInstitution, enterprise, association, leadingGroup, internalUnit, post, other.",
    ),
    optional(
        "parent",
        Text,
        "parent: the party id of the body it belongs to (上级).",
    ),
    optional(
        "level",
        Text,
        "level: central, provincial, municipal, county, township, village (层级).",
    ),
    EXTENSIONS,
];

const AREAS: &[Column] = &[
    REPORT_ID,
    required(
        "area_path",
        Text,
        "The area's place: its position at each level, from 1, joined by dots (3.2 is the second sub-area of the third area); the numbers written, in a valid report.",
    ),
    optional(
        "parent_path",
        Text,
        "The area_path of the area it is a sub-area of; empty at the top level.",
    ),
    required("depth", Integer, "1 at the top level, 2 for a sub-area …"),
    required(
        "number",
        Integer,
        "number: as written (（一）→ 1 at the top, 1. → 1 inside).",
    ),
    required(
        "title",
        Text,
        "title: the heading as written, without its number.",
    ),
    optional(
        "problem",
        Text,
        "problem: the problem found, where stated (问题).",
    ),
    optional(
        "status",
        Text,
        "status: completed 已完成, partiallyCompleted 基本完成, ongoing 正在推进, longTerm 长期坚持, notStarted 未完成.",
    ),
    required(
        "n_measures",
        Integer,
        "Its own measures (not those of its sub-areas).",
    ),
    required("n_sub_areas", Integer, "Its sub-areas."),
    EXTENSIONS,
];

const MEASURES: &[Column] = &[
    REPORT_ID,
    AREA_PATH,
    MEASURE,
    required(
        "ordinal",
        Integer,
        "ordinal: as written (一是 → 1; 1 for an unmarked paragraph).",
    ),
    optional("summary", Text, "summary: its lead clause (要点)."),
    required(
        "text",
        Text,
        "text: the measure, verbatim, without its marker.",
    ),
    optional(
        "status",
        Text,
        "status: the measure's own (completed, partiallyCompleted, ongoing, longTerm, notStarted); see areas.status for its area's.",
    ),
    optional(
        "deadline_kind",
        Text,
        "What its deadline (整改时限) gives, joined by +: by (a date), immediate (立行立改), ongoing (长期坚持); e.g. by+ongoing. Empty without a deadline.",
    ),
    optional(
        "deadline_by",
        Date,
        "deadline.by: due by the end of this date's span (2024年底前 → 2024, precision year).",
    ),
    optional("deadline_by_precision", Text, PRECISION),
    optional(
        "deadline_immediate",
        Boolean,
        "deadline.immediate: 立行立改.",
    ),
    optional("deadline_ongoing", Boolean, "deadline.ongoing: 长期坚持."),
    EXTENSIONS,
];

const INDICATORS: &[Column] = &[
    REPORT_ID,
    required(
        "indicator",
        Integer,
        "The figure's position in the report, from 1: the measures' figures in the notice's order, then the report's own.",
    ),
    optional(
        "area_path",
        Text,
        "The area of the measure it belongs to; empty for a figure of the report itself.",
    ),
    optional(
        "measure",
        Integer,
        "The measure (measures.measure) it belongs to; empty for a figure of the report itself.",
    ),
    required("subject", Text, "subject: what is measured (指标)."),
    required(
        "kind",
        Text,
        "kind: count, amount (money), percentage, rank, other.",
    ),
    required(
        "value",
        Number,
        "value: normalized (10万人次 → 100000; 98.71% → 98.71; 第10 → 10).",
    ),
    optional(
        "unit",
        Text,
        "unit: the measure word or unit as written (名, 人次, 个, 元, %).",
    ),
    required(
        "qualifier",
        Text,
        "qualifier: exact, moreThan (超), approximately (约), nearly (近), lessThan (不到).",
    ),
    optional(
        "period_start",
        Date,
        "period.start: when it starts to apply (2024年以来 → 2024).",
    ),
    optional("period_start_precision", Text, PRECISION),
    optional("period_end", Date, "period.end: when it stops applying."),
    optional("period_end_precision", Text, PRECISION),
    optional(
        "source",
        Text,
        "source: the phrase it was read from, verbatim (原文).",
    ),
    EXTENSIONS,
];

const DOCUMENTS: &[Column] = &[
    REPORT_ID,
    required(
        "document",
        Integer,
        "The document's position in the report, from 1, in the notice's order.",
    ),
    AREA_PATH,
    MEASURE,
    required("title", Text, "title: without the 《》 around it."),
    required(
        "action",
        Text,
        "action: issued 印发, revised 修订, studied 学习, cited 引用.",
    ),
    optional("number", Text, "number: the document's number (文号)."),
];

const MEASURE_PARTIES: &[Column] = &[
    REPORT_ID,
    required(
        "link",
        Integer,
        "The link's position in the report, from 1, in the notice's order.",
    ),
    AREA_PATH,
    MEASURE,
    required(
        "party_id",
        Text,
        "party: the party's id (parties.party_id).",
    ),
    required("role", Text, "role: lead 牵头, support 配合, subject 对象."),
];

const POINTS: &[Column] = &[
    REPORT_ID,
    required(
        "section",
        Text,
        "Which list: responsibility (section 一, 主体责任) or nextSteps (下一步工作打算).",
    ),
    required(
        "point",
        Integer,
        "The point's position in its list, from 1.",
    ),
    required("number", Integer, "number: as written (（一）→ 1)."),
    optional("heading", Text, "heading: its heading, where it has one."),
    required("text", Text, "text: the rest, verbatim."),
];

const EVENTS: &[Column] = &[
    REPORT_ID,
    required(
        "event",
        Integer,
        "The event's position in timeline.events, from 1.",
    ),
    required("label", Text, "label: what happened."),
    optional("date", Date, "date: when, for a step on one date."),
    optional("date_precision", Text, PRECISION),
    optional(
        "period_start",
        Date,
        "period.start: when, for a step that lasted a while.",
    ),
    optional("period_start_precision", Text, PRECISION),
    optional("period_end", Date, "period.end."),
    optional("period_end_precision", Text, PRECISION),
];

const DIAGNOSTICS: &[Column] = &[
    REPORT_ID,
    required(
        "diagnostic",
        Integer,
        "The diagnostic's position, from 1, in the order found.",
    ),
    required("line", Integer, "The line it starts on, from 1."),
    required(
        "column",
        Integer,
        "The column it starts at, in characters, from 1.",
    ),
    required("end_line", Integer, "The line it ends on."),
    required(
        "end_column",
        Integer,
        "The column just past its last character.",
    ),
    required("kind", Text, "unplaced, missing, unreadable or numbering."),
    required("message", Text, "What happened, in a sentence."),
    required(
        "text",
        Text,
        "The text concerned, quoted from the notice (empty for a missing part).",
    ),
];
