//! Many inputs at once: parallel over the cores, in order, in bounded memory, with a
//! progress bar on a terminal, and a verdict for every input.
//!
//! The inputs are taken a window at a time (four per thread): each window is worked on by
//! every thread, and its results are written, in the inputs' order, before the next window
//! is read. So however large the folder, only a window of files is in memory, and the
//! output is the same from run to run and on any number of threads.

use std::fmt;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use rectify::RectificationReport;
use rectify::text::Diagnostic;

use crate::input::{self, Input, Unreadable};

/// What an input came to; the exit status is the worst of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Verdict {
    /// Read, parsed and valid: exit status 0.
    Good,
    /// Read, but not a notice, or not a valid report: exit status 1.
    Failed,
    /// Not read: missing, not decodable, not writable: exit status 2.
    Unreadable,
}

impl Verdict {
    pub(crate) fn exit_code(self) -> u8 {
        match self {
            Verdict::Good => 0,
            Verdict::Failed => 1,
            Verdict::Unreadable => 2,
        }
    }
}

/// How many inputs came to each verdict.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Tally {
    pub(crate) good: usize,
    pub(crate) failed: usize,
    pub(crate) unreadable: usize,
}

impl Tally {
    pub(crate) fn count(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Good => self.good += 1,
            Verdict::Failed => self.failed += 1,
            Verdict::Unreadable => self.unreadable += 1,
        }
    }

    pub(crate) fn total(&self) -> usize {
        self.good + self.failed + self.unreadable
    }

    /// The worst verdict counted.
    pub(crate) fn verdict(&self) -> Verdict {
        if self.unreadable > 0 {
            Verdict::Unreadable
        } else if self.failed > 0 {
            Verdict::Failed
        } else {
            Verdict::Good
        }
    }
}

/// The words a command's summary uses for its verdicts ("parsed", "not parsed").
pub(crate) struct Words {
    pub(crate) good: &'static str,
    pub(crate) failed: &'static str,
}

/// The summary line: `1,000 inputs: 997 parsed, 2 not parsed, 1 unreadable`.
pub(crate) struct Summary<'w>(pub(crate) Tally, pub(crate) &'w Words);

impl fmt::Display for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Summary(tally, words) = self;
        write!(
            f,
            "{} inputs: {} {}, {} {}, {} unreadable",
            tally.total(),
            tally.good,
            words.good,
            tally.failed,
            words.failed,
            tally.unreadable
        )
    }
}

/// Runs `work` on every input on `threads` threads (all cores when `None`), and gives the
/// results to `emit` in the inputs' order. `emit` writes to stderr through the progress
/// bar's `suspend`, so the bar and the messages do not overwrite each other.
pub(crate) fn run<T, W, E>(
    inputs: Vec<Result<Input, Unreadable>>,
    threads: Option<usize>,
    work: W,
    mut emit: E,
) -> Result<(), rayon::ThreadPoolBuildError>
where
    T: Send,
    W: Fn(Result<Input, Unreadable>) -> T + Sync,
    E: FnMut(T, &ProgressBar),
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()?;
    let window = pool.current_num_threads() * 4;
    let progress = progress_bar(inputs.len());
    let mut inputs = inputs.into_iter().peekable();
    while inputs.peek().is_some() {
        let chunk: Vec<_> = inputs.by_ref().take(window).collect();
        let results: Vec<T> = pool.install(|| chunk.into_par_iter().map(&work).collect());
        for result in results {
            emit(result, &progress);
            progress.inc(1);
        }
    }
    progress.finish_and_clear();
    Ok(())
}

/// A bar on stderr when it is a terminal and there is more than one input; hidden
/// otherwise (indicatif draws nothing on a stream that is not a terminal).
fn progress_bar(len: usize) -> ProgressBar {
    if len < 2 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} files, {per_sec}, {eta} left")
    {
        bar.set_style(style);
    }
    bar
}

/// A report read from an input, for the commands that read notices and reports alike.
pub(crate) struct ReadReport {
    pub(crate) input: Input,
    /// The input's name in messages.
    pub(crate) name: String,
    pub(crate) report: RectificationReport,
    /// The parser's diagnostics, for a notice; `None` for report JSON.
    pub(crate) diagnostics: Option<Vec<Diagnostic>>,
}

/// Reads an input as a report: `.json` loaded as report JSON, anything else parsed as
/// notice text. The error is the message to show, and the input's verdict.
pub(crate) fn read_report(
    input: Result<Input, Unreadable>,
) -> Result<ReadReport, (String, Verdict)> {
    let unreadable = |unreadable: Unreadable| (unreadable.to_string(), Verdict::Unreadable);
    let input = input.map_err(unreadable)?;
    let loaded = input::load(&input, None).map_err(unreadable)?;
    let read = if input.is_json() {
        rectify::from_json_str(&loaded.text)
            .map(|report| (report, None))
            .map_err(|error| format!("not a report: {error}"))
    } else {
        rectify::text::parse(&loaded.text)
            .map(|parsed| (parsed.report, Some(parsed.diagnostics)))
            .map_err(|error| format!("not parsed: {error}"))
    };
    match read {
        Ok((report, diagnostics)) => Ok(ReadReport {
            input,
            name: loaded.name,
            report,
            diagnostics,
        }),
        Err(reason) => Err((format!("{}: {reason}", loaded.name), Verdict::Failed)),
    }
}
