//! What a file holds: JSON, an XLSX workbook or CSV. Told once, here, for
//! every interface, so no binding guesses from a file name on its own.

/// The formats documents are read from and written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileFormat {
    /// A JSON document.
    Json,
    /// An XLSX workbook (an action plan in the spreadsheet layout).
    Xlsx,
    /// CSV text (one sheet of an action plan in the spreadsheet layout).
    Csv,
}

impl FileFormat {
    /// The format of an input, from its content first: a workbook is a ZIP
    /// archive and starts with `PK`, JSON starts with `{` (after white space
    /// or a byte-order mark), whatever the name says. Otherwise the name's
    /// ending decides (`.xlsx`, `.csv`), and JSON is the default, so that a file that
    /// is neither gets JSON's error naming what is wrong with it.
    pub fn detect(name: &str, bytes: &[u8]) -> FileFormat {
        if bytes.starts_with(b"PK\x03\x04") {
            return FileFormat::Xlsx;
        }
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let first = text.iter().find(|b| !b.is_ascii_whitespace());
        if first == Some(&b'{') {
            return FileFormat::Json;
        }
        FileFormat::from_name(name).unwrap_or(FileFormat::Json)
    }

    /// The format a file name says (`.json`, `.xlsx`, `.csv`, in any case), if any.
    pub fn from_name(name: &str) -> Option<FileFormat> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".json") {
            Some(FileFormat::Json)
        } else if lower.ends_with(".xlsx") {
            Some(FileFormat::Xlsx)
        } else if lower.ends_with(".csv") {
            Some(FileFormat::Csv)
        } else {
            None
        }
    }

    /// `json`, `xlsx` or `csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            FileFormat::Json => "json",
            FileFormat::Xlsx => "xlsx",
            FileFormat::Csv => "csv",
        }
    }

    /// Whether this is a spreadsheet format.
    pub fn is_spreadsheet(self) -> bool {
        self != FileFormat::Json
    }
}

/// The format to write an output in: the one asked for, else the one the
/// output's name says (`.xlsx`, `.csv`, `.json`; a folder, or a name without
/// an ending, for `folder_format`). `writes` lists what the operation can
/// write. A contradiction between the two, or a format the operation does
/// not write, is an `io.format-mismatch` error, never a guess: a workbook is
/// never written under a CSV name. `name` is `None` for output returned to
/// the caller rather than written (then the first of `writes`, or the one asked).
pub fn output_format(
    name: Option<&str>,
    asked: Option<FileFormat>,
    is_folder: bool,
    folder_format: Option<FileFormat>,
    writes: &[FileFormat],
) -> Result<FileFormat, crate::error::Error> {
    use crate::error::{Error, ErrorCode};
    let list = |fs: &[FileFormat]| fs.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(", ");
    let named = match name {
        None => None,
        Some(n) => match FileFormat::from_name(n) {
            Some(f) if !is_folder => Some(f),
            _ if is_folder || !n.rsplit(['/', '\\']).next().unwrap_or(n).contains('.') => {
                folder_format
            }
            _ => None,
        },
    };
    let mismatch = |en: String, nb: String| {
        let e = Error::new(ErrorCode::FormatMismatch, nb, en);
        match name {
            Some(n) => e.in_document(n),
            None => e,
        }
    };
    let chosen = match (asked, named) {
        (Some(a), Some(n)) if a != n => {
            return Err(mismatch(
                format!(
                    "the format asked for is {}, but the file name says {}: name the file for what it holds, or ask for the format the name says",
                    a.as_str(),
                    n.as_str()
                ),
                format!(
                    "formatet det er bedt om er {}, men filnavnet sier {}: gi filen et navn etter innholdet, eller be om formatet navnet sier",
                    a.as_str(),
                    n.as_str()
                ),
            ));
        }
        (Some(a), _) => a,
        (None, Some(n)) => n,
        (None, None) if name.is_none() => match writes.first() {
            Some(f) => *f,
            None => FileFormat::Json,
        },
        (None, None) => {
            return Err(mismatch(
                format!(
                    "the file name says no format this writes ({}): end it in .{}",
                    list(writes),
                    writes.first().map_or("json", |f| f.as_str())
                ),
                format!(
                    "filnavnet sier ikke et format som skrives her ({}): la det slutte på .{}",
                    list(writes),
                    writes.first().map_or("json", |f| f.as_str())
                ),
            ));
        }
    };
    if writes.contains(&chosen) {
        Ok(chosen)
    } else {
        Err(mismatch(
            format!("this writes {}, not {}", list(writes), chosen.as_str()),
            format!("dette skriver {}, ikke {}", list(writes), chosen.as_str()),
        ))
    }
}

/// The files of a folder that an interface reads when given the folder: its
/// JSON documents (`*.json`), in name order. Spreadsheets in the folder are
/// left out: they are usually exports of a JSON plan beside them, and a
/// plan read twice would clash with itself. The command line and both
/// bindings list the folder and ask this which names to read.
pub fn folder_members<I, S>(names: I) -> Vec<S>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str> + Ord,
{
    let mut out: Vec<S> = names
        .into_iter()
        .filter(|n| FileFormat::from_name(n.as_ref()) == Some(FileFormat::Json))
        .collect();
    crate::order::sort(&mut out);
    out
}

/// What a JSON file of a folder is when it is not a follow-up document
/// but a companion kept beside them: a JSON-stat mapping (`jsonstat_mapping`)
/// or a JSON-stat dataset. Told from the start of the file (its first 4 KB),
/// so a document is not read twice. `None`: a document to read.
pub fn companion(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if squeezed.contains("\"kind\":\"jsonstat_mapping\"") {
        Some(("en JSON-stat-kobling", "a JSON-stat mapping"))
    } else if squeezed.contains("\"class\":\"dataset\"") {
        Some(("et JSON-stat-datasett", "a JSON-stat dataset"))
    } else {
        None
    }
}

/// The note an interface gives for a companion file of a folder it leaves
/// out (see [`companion`]).
pub fn left_out_note(name: &str, what: (&str, &str), lang: crate::lang::Lang) -> String {
    lang.pick(
        format!(
            "merk: {name} er {}, ikke et oppfølgingsdokument; filen er holdt utenfor (bruk den med jsonstat)",
            what.0
        ),
        format!(
            "note: {name} is {}, not a follow-up document; it is left out (use it with jsonstat)",
            what.1
        ),
    )
}

/// As [`folder_members`], for the folder `folder`: a folder with no
/// document is an `io.empty-folder` error, never a check of the embedded
/// agreement alone.
pub fn folder_documents<I, S>(folder: &str, names: I) -> Result<Vec<S>, crate::error::Error>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str> + Ord,
{
    let out = folder_members(names);
    if out.is_empty() {
        return Err(crate::error::Error::new(
            crate::error::ErrorCode::EmptyFolder,
            format!(
                "mappen «{folder}» har ingen oppfølgingsdokumenter (ingen JSON-fil): gi filene, eller en mappe som har dem"
            ),
            format!(
                "the folder \"{folder}\" holds no follow-up document (no JSON file): name the files, or a folder that holds them"
            ),
        ));
    }
    Ok(out)
}

/// Writes a file the way every interface does: never over an existing file
/// without `force` (`io.exists`, the file left byte for byte as it was; the
/// error ends with `force_hint`, in bokmål and English, saying how to ask),
/// and atomically — a temporary file in the same folder, synced, then
/// renamed — so a crash or a full disk never leaves half a file. The file
/// gets the permissions any program of the user's gets (0666 less the
/// umask), so colleagues on a shared drive read it as they read the rest.
pub fn write_file(
    path: &std::path::Path,
    bytes: &[u8],
    force: bool,
    force_hint: (&str, &str),
) -> Result<(), crate::error::Error> {
    use crate::error::{Error, ErrorCode};
    use std::io::Write;
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.display().to_string();
    if !force && std::fs::symlink_metadata(path).is_ok() {
        return Err(Error::file_exists(name, force_hint));
    }
    let failed = |nb: &str, en: &str| {
        Error::new(
            ErrorCode::WriteFailed,
            format!("kan ikke skrive filen: {nb}"),
            format!("cannot write the file: {en}"),
        )
        .in_document(name.clone())
    };
    if path.is_dir() {
        return Err(failed("det er en mappe", "it is a folder"));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".{file_name}.{}.{n}.tmp", std::process::id()));
    let result = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .and_then(|()| std::fs::rename(&tmp, path));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(name.clone(), crate::error::IoAction::Write, e)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_empty_folder_is_an_error() {
        let e = super::folder_documents("tom", Vec::<String>::new()).expect_err("empty");
        assert_eq!(e.code().as_str(), "io.empty-folder");
        assert_eq!(
            super::folder_documents(
                "m",
                vec!["b.json".to_string(), "a.xlsx".into(), "a.json".into()]
            )
            .expect("members"),
            vec!["a.json", "b.json"]
        );
    }

    #[test]
    fn output_format_follows_the_name() {
        use super::FileFormat::*;
        let sheets = [Xlsx, Csv];
        let of = |name, asked, dir| {
            super::output_format(name, asked, dir, Some(Csv), &sheets)
                .map_err(|e| e.code().as_str())
        };
        assert_eq!(of(Some("plan.xlsx"), None, false), Ok(Xlsx));
        assert_eq!(of(Some("plan.csv"), None, false), Ok(Csv));
        assert_eq!(of(Some("ark"), None, false), Ok(Csv));
        assert_eq!(of(Some("out.d/ark"), None, true), Ok(Csv));
        assert_eq!(
            of(Some("plan.csv"), Some(Xlsx), false),
            Err("io.format-mismatch")
        );
        assert_eq!(
            of(Some("plan.json"), None, false),
            Err("io.format-mismatch")
        );
        assert_eq!(of(Some("plan.txt"), None, false), Err("io.format-mismatch"));
        assert_eq!(of(None, None, false), Ok(Xlsx));
        assert_eq!(of(None, Some(Csv), false), Ok(Csv));
        let json = super::output_format(Some("d.xlsx"), None, false, None, &[Json]);
        assert_eq!(
            json.map_err(|e| e.code().as_str()),
            Err("io.format-mismatch")
        );
        assert_eq!(
            super::output_format(Some("d"), None, false, None, &[Json]).ok(),
            None
        );
    }

    #[test]
    fn folder_reads_its_json_in_name_order() {
        assert_eq!(
            super::folder_members(["b.json", "plan.xlsx", "a.JSON", "notes.txt"]),
            ["a.JSON", "b.json"]
        );
    }

    use super::FileFormat::*;
    use super::*;

    #[test]
    fn content_before_name() {
        assert_eq!(FileFormat::detect("plan", b"PK\x03\x04rest"), Xlsx);
        assert_eq!(FileFormat::detect("plan.csv", b"PK\x03\x04rest"), Xlsx);
        assert_eq!(FileFormat::detect("plan.xlsx", b"  {\"kind\": 1}"), Json);
        assert_eq!(FileFormat::detect("tiltak.csv", b"id;tittel"), Csv);
        assert_eq!(FileFormat::detect("<bytes>", b"id;tittel"), Json);
        // A broken workbook keeps its name's format, for the workbook's error.
        assert_eq!(FileFormat::detect("x.xlsx", b"garbage"), Xlsx);
        assert_eq!(FileFormat::from_name("A.XLSX"), Some(Xlsx));
        assert_eq!(FileFormat::from_name("dir"), None);
    }
}
