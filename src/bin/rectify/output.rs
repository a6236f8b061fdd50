//! Writing results and messages. Results go to stdout, messages to stderr. A closed pipe
//! (`rectify parse dir/ | head`) ends the output quietly rather than with a panic.

use std::io::{ErrorKind, Write};
use std::path::Path;

use crate::batch::Verdict;

/// Writes `bytes` to stdout. A reader that went away is not an error of the input's.
pub(crate) fn stdout(bytes: &[u8]) -> Verdict {
    let mut out = std::io::stdout().lock();
    written(out.write_all(bytes).and_then(|()| out.flush()))
}

/// Writes text with styles to stdout: colored on a terminal, plain when piped or with
/// `--color never` or NO_COLOR (anstream strips the escapes).
pub(crate) fn styled(text: &str) -> Verdict {
    let mut out = anstream::stdout().lock();
    written(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

fn written(result: std::io::Result<()>) -> Verdict {
    match result {
        Ok(()) => Verdict::Good,
        Err(error) if error.kind() == ErrorKind::BrokenPipe => Verdict::Good,
        Err(error) => fail(&format!("cannot write to stdout: {error}")),
    }
}

/// Writes `bytes` to a file, making its folder if needed.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Verdict {
    let written = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(path, bytes));
    match written {
        Ok(()) => Verdict::Good,
        Err(error) => fail(&format!("{}: cannot write: {error}", path.display())),
    }
}

/// A message on stderr.
pub(crate) fn error(message: &str) {
    let _ = writeln!(anstream::stderr(), "{message}");
}

/// A failure to write: exit status 2.
pub(crate) fn fail(message: &str) -> Verdict {
    error(&format!("rectify: {message}"));
    Verdict::Unreadable
}
