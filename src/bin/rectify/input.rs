//! What the command reads: files, folders walked for the files it can read, and standard
//! input (`-`), each loaded as text whatever its encoding, and web pages reduced to text.

use std::ffi::OsStr;
use std::fmt;
use std::path::{Path, PathBuf};

use encoding_rs::Encoding;
use rectify::text::file::{self, FileError, ReadOptions};

/// One input: a file, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Input {
    Stdin,
    /// A file, and the folder argument it was found under (to keep its relative path in
    /// `--out`), if any.
    File {
        path: PathBuf,
        root: Option<PathBuf>,
    },
}

impl Input {
    /// The name shown in messages: the path as given, or `-`.
    pub(crate) fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::File { path, .. } => path.display().to_string(),
        }
    }

    /// The file's path below the folder it was found in (its name, when given directly).
    pub(crate) fn relative(&self) -> PathBuf {
        match self {
            Input::Stdin => PathBuf::from("stdin"),
            Input::File { path, root } => root
                .as_deref()
                .and_then(|root| path.strip_prefix(root).ok())
                .map(Path::to_path_buf)
                .or_else(|| path.file_name().map(PathBuf::from))
                .unwrap_or_else(|| path.clone()),
        }
    }

    fn extension(&self) -> Option<String> {
        match self {
            Input::Stdin => None,
            Input::File { path, .. } => extension_of(path),
        }
    }

    /// Whether the input is a report's JSON (by its extension).
    pub(crate) fn is_json(&self) -> bool {
        self.extension().as_deref() == Some("json")
    }
}

/// A path's extension, in lower case (`.TXT` is a `.txt`).
fn extension_of(path: &Path) -> Option<String> {
    path.extension()
        .and_then(OsStr::to_str)
        .map(str::to_ascii_lowercase)
}

/// Which files in a folder a command reads.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Wanted {
    /// Notice text and web pages: `.txt`, `.text`, `.html`, `.htm`.
    Notices,
    /// Reports: `.json`.
    Reports,
    /// Both.
    Either,
}

impl Wanted {
    fn accepts(self, path: &Path) -> bool {
        let extension = extension_of(path);
        let notice = matches!(extension.as_deref(), Some("txt" | "text" | "html" | "htm"));
        let report = extension.as_deref() == Some("json");
        match self {
            Wanted::Notices => notice,
            Wanted::Reports => report,
            Wanted::Either => notice || report,
        }
    }
}

/// The inputs the arguments name, in order; a folder gives its wanted files, sorted by
/// path, recursively (hidden files and folders skipped). A folder that cannot be listed is
/// an input that fails to load, so that it gets its verdict with the others.
pub(crate) fn expand(arguments: &[PathBuf], wanted: Wanted) -> Vec<Result<Input, Unreadable>> {
    let mut inputs = Vec::new();
    for argument in arguments {
        if argument.as_os_str() == "-" {
            inputs.push(Ok(Input::Stdin));
        } else if argument.is_dir() {
            walk(argument, argument, wanted, &mut inputs);
        } else {
            inputs.push(Ok(Input::File {
                path: argument.clone(),
                root: None,
            }));
        }
    }
    inputs
}

fn walk(root: &Path, folder: &Path, wanted: Wanted, inputs: &mut Vec<Result<Input, Unreadable>>) {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            inputs.push(Err(Unreadable::io(folder.display().to_string(), &error)));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            !path
                .file_name()
                .and_then(OsStr::to_str)
                .is_some_and(|name| name.starts_with('.'))
        })
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(root, &path, wanted, inputs);
        } else if wanted.accepts(&path) {
            inputs.push(Ok(Input::File {
                path,
                root: Some(root.to_path_buf()),
            }));
        }
    }
}

/// An input that could not be read or decoded: exit status 2 for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unreadable {
    pub(crate) name: String,
    pub(crate) reason: String,
}

impl Unreadable {
    fn io(name: String, error: &std::io::Error) -> Self {
        Unreadable {
            name,
            reason: format!("cannot read: {error}"),
        }
    }
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.name, self.reason)
    }
}

/// An input's text, and how it was obtained.
#[derive(Debug)]
pub(crate) struct Loaded {
    pub(crate) name: String,
    pub(crate) text: String,
    /// How the bytes were decoded, and whether a web page was reduced to its text: said
    /// in verbose mode.
    pub(crate) how: String,
}

/// Reads an input whole and decodes it (`rectify::text::file`); a web page (by extension,
/// or by its first bytes) is reduced to its text. JSON is decoded as UTF-8 only, as
/// RFC 8259 requires.
pub(crate) fn load(input: &Input, named: Option<&'static Encoding>) -> Result<Loaded, Unreadable> {
    let name = input.name();
    let mut options = ReadOptions::default();
    options.encoding = if input.is_json() {
        Some(encoding_rs::UTF_8)
    } else {
        named
    };
    let read = match input {
        Input::Stdin => file::read_from(std::io::stdin().lock(), &options),
        Input::File { path, .. } => file::read(path, &options),
    };
    let read = read.map_err(|error: FileError| Unreadable {
        name: name.clone(),
        reason: error.to_string(),
    })?;
    Ok(Loaded {
        name,
        how: read.how(),
        text: read.text,
    })
}
