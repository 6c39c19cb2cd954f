//! The `tromsvekst` command: check agreements, print schemas and the rule catalog.

use clap::{Parser, Subcommand, ValueEnum};

mod follow;
mod merge;
mod sheets;
mod site;

use follow::{check, draft, report, status, status_history};
use sheets::{export, import, jsonstat};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tromsvekst::draft::DraftKind;
use tromsvekst::format::FileFormat;
use tromsvekst::status::Status;
use tromsvekst::{Bundle, Config, Error, ErrorCode, IoAction, Lang, Level, Report};

#[derive(Parser)]
#[command(
    name = "tromsvekst",
    version,
    about = "Check and follow up Tromsvekst growth agreements"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Nb,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Nb => Lang::Nb,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum StatusFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum SheetFormat {
    Xlsx,
    Csv,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ReportKind {
    /// The status on a day.
    Status,
    /// The midterm evaluation (the one among the files, else a draft made now).
    Midterm,
    /// The final evaluation (the one among the files, else a draft made now).
    Final,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum DraftStage {
    /// The midterm evaluation.
    Midterm,
    /// The next action plan.
    Plan,
    /// The final evaluation.
    Final,
}

impl From<DraftStage> for tromsvekst::draft::DraftKind {
    fn from(s: DraftStage) -> Self {
        match s {
            DraftStage::Midterm => tromsvekst::draft::DraftKind::Midterm,
            DraftStage::Plan => tromsvekst::draft::DraftKind::Plan,
            DraftStage::Final => tromsvekst::draft::DraftKind::Final,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum MergeFormat {
    /// The merged document.
    Document,
    /// The merged document and the conflicts.
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum CatalogFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Subcommand)]
enum Command {
    /// Validate an agreement and its follow-up documents together.
    ///
    /// FILEs may be JSON documents of any kind or folders of them. Without an
    /// agreement among them, the embedded Nord-Troms agreement is used; with no
    /// FILE at all, that agreement alone is checked.
    ///
    /// Exit status: 0 valid, 1 errors found, 2 input unreadable or not a document.
    Check {
        /// JSON files or folders to check.
        files: Vec<PathBuf>,
        /// Language of messages.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Change a rule's severity: RULE=error|warning|info|off (repeatable).
        #[arg(long = "severity", value_name = "RULE=LEVEL")]
        severity: Vec<String>,
        /// Judge the follow-up on this day (YYYY-MM-DD); default today.
        #[arg(long = "as-of", value_name = "DATE")]
        as_of: Option<String>,
    },
    /// Where the follow-up stands on a day: evaluations due, milestones
    /// overdue, meetings, coordinators, progress, indicators.
    Status {
        /// JSON files or folders (as for `check`); `status history FILES`
        /// gives the progress per focus area at the end of each quarter up
        /// to the day, each judged on what was known on it.
        files: Vec<PathBuf>,
        /// The day (YYYY-MM-DD); default today.
        #[arg(long = "as-of", value_name = "DATE")]
        as_of: Option<String>,
        /// Language.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: StatusFormat,
    },
    /// A document for a political meeting — the status, or the midterm or
    /// final evaluation — as Word (`.docx`), one self-contained HTML file
    /// with its charts and a print stylesheet for A4 (`.html`), or Markdown
    /// (`.md`), the format following the --out name.
    Report {
        /// Which document.
        #[arg(value_enum)]
        kind: ReportKind,
        /// JSON files or folders (as for `check`).
        files: Vec<PathBuf>,
        /// The day (YYYY-MM-DD); default today.
        #[arg(long = "as-of", value_name = "DATE")]
        as_of: Option<String>,
        /// Language.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
        /// Write to this file (`.docx`, `.html` or `.md`) instead of HTML on
        /// standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace the --out file if it exists (never done without it).
        #[arg(long)]
        force: bool,
    },
    /// Write a draft evaluation, pre-filled from the status.
    Draft {
        /// What to draft: the midterm evaluation, the next plan, or the final evaluation.
        #[arg(value_enum)]
        stage: DraftStage,
        /// JSON files or folders (as for `check`).
        files: Vec<PathBuf>,
        /// The day (YYYY-MM-DD); default today.
        #[arg(long = "as-of", value_name = "DATE")]
        as_of: Option<String>,
        /// Language of titles copied into the draft.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
        /// Write the draft to this file (JSON) instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace the --out file if it exists (never done without it).
        #[arg(long)]
        force: bool,
        /// Refresh this earlier draft instead of starting anew: new evidence
        /// goes in, everything the analysts wrote stays. The file is
        /// rewritten in place unless --out names another.
        #[arg(long, value_name = "FILE")]
        update: Option<PathBuf>,
    },
    /// Import an action plan from a workbook (.xlsx) or CSV files (one per sheet).
    ///
    /// Writes the plan as JSON. Without a Plan sheet, --plan gives the plan the
    /// measures fill in. Errors name the file, sheet, row and column.
    Import {
        /// The .xlsx workbook, or the .csv files.
        files: Vec<PathBuf>,
        /// A plan (JSON) to fill in when there is no Plan sheet.
        #[arg(long)]
        plan: Option<PathBuf>,
        /// Write the plan here (JSON) instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace the --out file if it exists (never done without it).
        #[arg(long)]
        force: bool,
        /// Language of error messages.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
    },
    /// Export an action plan (JSON) to the spreadsheet layout.
    Export {
        /// The plan, as JSON.
        plan: PathBuf,
        /// xlsx (a workbook) or csv (a folder of CSV files, one per sheet).
        /// Default: what --out says (`.xlsx` a workbook; `.csv`, or a
        /// folder, CSV files); a contradiction is an error.
        #[arg(long, value_enum)]
        format: Option<SheetFormat>,
        /// The workbook file, or the folder for CSV files.
        #[arg(long)]
        out: PathBuf,
        /// Replace files that exist (never done without it).
        #[arg(long)]
        force: bool,
        /// Language of headers and sheet names.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
    },
    /// Put indicator figures from a JSON-stat 2.0 dataset into an indicator set.
    Jsonstat {
        /// The dataset (JSON-stat 2.0, as SSB's PxWebApi gives it).
        dataset: PathBuf,
        /// The mappings: which cells make which indicator.
        #[arg(long)]
        mapping: PathBuf,
        /// The indicator set to fill in.
        #[arg(long)]
        indicators: PathBuf,
        /// Write the indicator set here (JSON) instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace the --out file if it exists (never done without it).
        #[arg(long)]
        force: bool,
        /// Language of error messages.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
    },
    /// Print a JSON Schema, or write all of them to a directory.
    Schema {
        /// Which schema (`tromsvekst schema --out DIR` writes every one; names: agreement, action_plan, meeting_log, indicators, evaluation, jsonstat_mapping, report, status, portfolio, rules).
        #[arg(default_value = "agreement")]
        name: String,
        /// Write every schema into this directory instead.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace schema files that exist and differ (never done without it).
        #[arg(long)]
        force: bool,
    },
    /// Merge two versions of one document made from a common base (yours
    /// and a colleague's, say), item by item.
    ///
    /// Items are matched by id (measures, milestones, meetings, decisions,
    /// actions …), follow-up entries by measure and date, figures by year;
    /// each field on its own. Where both changed the same field, yours
    /// (MINE) is kept and the conflict is shown; no item either added is lost.
    ///
    /// Exit status: 0 merged, 1 merged with conflicts, 2 input unreadable.
    Merge {
        /// The version both started from.
        base: PathBuf,
        /// Your version.
        mine: PathBuf,
        /// The other version.
        theirs: PathBuf,
        /// document: the merged document (conflicts on standard error);
        /// json: the document and the conflicts as one JSON object.
        #[arg(long, value_enum, default_value = "document")]
        format: MergeFormat,
        /// Write the output here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace the --out file if it exists (never done without it).
        #[arg(long)]
        force: bool,
        /// Language of messages.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
    },
    /// The follow-up in public: a static site (bokmål, English under
    /// `en/`) with its open data (CSV, the status as JSON, a DCAT-AP-NO
    /// catalogue) and an Atom feed. Only what the parties have decided or
    /// recorded as done is published, unless the agreement's `publishing`
    /// opens more.
    Site {
        /// JSON files or folders (as for `check`).
        files: Vec<PathBuf>,
        /// The day the site shows (YYYY-MM-DD); default today.
        #[arg(long = "as-of", value_name = "DATE")]
        as_of: Option<String>,
        /// The day the site is made, shown on every page; default today.
        #[arg(long, value_name = "DATE")]
        made: Option<String>,
        /// The folder to write the site into.
        #[arg(long)]
        out: PathBuf,
        /// The folder of the previous build: the feed then lists what changed since.
        #[arg(long, value_name = "DIR")]
        previous: Option<PathBuf>,
        /// Write into a folder that is not empty (files of the site are replaced).
        #[arg(long)]
        force: bool,
        /// Language of messages.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
    },
    /// Print the rule catalog.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: CatalogFormat,
        /// Language of titles in text format.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            files,
            lang,
            format,
            severity,
            as_of,
        } => check(&files, lang.into(), format, &severity, as_of.as_deref()),
        Command::Status {
            files,
            as_of,
            lang,
            format,
        } => match files.split_first() {
            // `status history FILES`: "history" is the word, unless a file
            // or folder of that name is meant.
            Some((first, rest)) if first.as_os_str() == "history" && !first.exists() => {
                status_history(rest, as_of.as_deref(), lang.into(), format)
            }
            _ => status(&files, as_of.as_deref(), lang.into(), format),
        },
        Command::Report {
            kind,
            files,
            as_of,
            lang,
            out,
            force,
        } => report(
            kind,
            &files,
            as_of.as_deref(),
            lang.into(),
            (out.as_deref(), force),
        ),
        Command::Draft {
            stage,
            files,
            as_of,
            lang,
            out,
            force,
            update,
        } => draft(
            &files,
            stage.into(),
            as_of.as_deref(),
            lang.into(),
            (out.as_deref(), force),
            update.as_deref(),
        ),
        Command::Import {
            files,
            plan,
            out,
            force,
            lang,
        } => import(&files, plan.as_deref(), out.as_deref(), force, lang.into()),
        Command::Export {
            plan,
            format,
            out,
            force,
            lang,
        } => export(&plan, format, &out, force, lang.into()),
        Command::Jsonstat {
            dataset,
            mapping,
            indicators,
            out,
            force,
            lang,
        } => jsonstat(
            &dataset,
            &mapping,
            &indicators,
            out.as_deref(),
            force,
            lang.into(),
        ),
        Command::Schema { name, out, force } => schema(&name, out.as_deref(), force),
        Command::Merge {
            base,
            mine,
            theirs,
            format,
            out,
            force,
            lang,
        } => merge::run(
            [&base, &mine, &theirs],
            format,
            (out.as_deref(), force),
            lang.into(),
        ),
        Command::Site {
            files,
            as_of,
            made,
            out,
            previous,
            force,
            lang,
        } => site::run(
            &site::Args {
                files: &files,
                as_of: as_of.as_deref(),
                made: made.as_deref(),
                out: &out,
                previous: previous.as_deref(),
                force,
            },
            lang.into(),
        ),
        Command::Rules { format, lang } => {
            match format {
                CatalogFormat::Json => print!("{}", tromsvekst::rules::catalog_json()),
                CatalogFormat::Markdown => print!("{}", tromsvekst::rules::catalog_markdown()),
                CatalogFormat::Text => {
                    let lang: Lang = lang.into();
                    for r in tromsvekst::rules::catalog() {
                        println!(
                            "{:<46} {:<8} {:<10} {}",
                            r.id,
                            r.severity.as_str(),
                            r.section,
                            r.title.get(lang)
                        );
                    }
                }
            }
            ExitCode::SUCCESS
        }
    }
}

fn fail(e: &Error, lang: Lang, format: Format) -> ExitCode {
    match format {
        Format::Json => print!("{}", e.to_json()),
        Format::Text => eprintln!("{}", e.render(lang)),
    }
    ExitCode::from(2)
}

/// The files named, each folder expanded to the files it contributes
/// ([`tromsvekst::format::folder_members`]).
fn expand(paths: &[PathBuf]) -> Result<Vec<(PathBuf, bool)>, Error> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let files: Vec<String> = std::fs::read_dir(p)
                .map_err(io_error(p, IoAction::Read))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_file())
                .filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
                .collect();
            out.extend(
                tromsvekst::format::folder_documents(&p.display().to_string(), files)?
                    .into_iter()
                    .map(|n| (p.join(n), true)),
            );
        } else {
            out.push((p.clone(), false));
        }
    }
    Ok(out)
}

/// The files and folders named, each file as (its path, its bytes).
/// A folder's companion files (a JSON-stat mapping or dataset kept beside
/// the documents) are left out, with a note; a file named on its own is
/// read as given.
fn read_all(paths: &[PathBuf], lang: Lang) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let mut out = Vec::new();
    for (f, in_folder) in expand(paths)? {
        let name = f.display().to_string();
        let bytes = read(&f)?;
        match tromsvekst::format::companion(&bytes) {
            Some(what) if in_folder => {
                eprintln!("{}", tromsvekst::format::left_out_note(&name, what, lang));
            }
            _ => out.push((name, bytes)),
        }
    }
    Ok(out)
}

fn load(paths: &[PathBuf], lang: Lang) -> Result<Bundle, Error> {
    // The bytes read become the documents' texts: no second copy.
    Bundle::parse_owned(read_all(paths, lang)?, &Default::default())
}

/// As [`load`], a bundle per agreement when the files hold several.
fn load_portfolio(paths: &[PathBuf], lang: Lang) -> Result<Vec<Bundle>, Error> {
    let inputs = read_all(paths, lang)?;
    let refs: Vec<(&str, &[u8])> = inputs
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    Bundle::parse_portfolio(&refs, &Default::default())
}

/// Writes JSON to `out` (refusing a name that says another format, and an
/// existing file without `force`), or to standard output.
fn write_out(out: Option<&Path>, text: &str, force: bool, lang: Lang) -> ExitCode {
    let Some(path) = out else {
        print!("{text}");
        return ExitCode::SUCCESS;
    };
    let written = match FileFormat::from_name(&path.display().to_string()) {
        Some(FileFormat::Json) | None => write_file(path, text.as_bytes(), force),
        Some(other) => Err(format_mismatch(path, "json", other.as_str())),
    };
    match written {
        Ok(()) => {
            eprintln!("{}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e, lang, Format::Text),
    }
}

fn format_mismatch(path: &Path, writes: &str, name_says: &str) -> Error {
    Error::new(
        ErrorCode::FormatMismatch,
        format!(
            "dette skriver {writes}, men filnavnet sier {name_says}: gi filen et navn etter innholdet, eller velg formatet navnet sier"
        ),
        format!(
            "this writes {writes}, but the file name says {name_says}: name the file for what it holds, or choose the format that the name says"
        ),
    )
    .in_document(path.display().to_string())
}

/// Writes a file safely: never over an existing file unless `force`, and
/// atomically (a temporary file in the same folder, then a rename), so a
/// crash or a full disk never leaves half a file where the old one was.
fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<(), Error> {
    tromsvekst::format::write_file(
        path,
        bytes,
        force,
        (
            "bruk --force for å erstatte den, eller en annen --out",
            "give --force to replace it, or another --out",
        ),
    )
}

/// An I/O error on `path` as a coded error (the core words every one, [`Error::io`]).
fn io_error(path: &Path, action: IoAction) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |e| Error::io(path.display().to_string(), action, e)
}

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(io_error(path, IoAction::Read))
}

fn schema(name: &str, out: Option<&Path>, force: bool) -> ExitCode {
    let run = || -> Result<(), Error> {
        match out {
            Some(dir) => {
                std::fs::create_dir_all(dir).map_err(io_error(dir, IoAction::Write))?;
                for (file, text) in tromsvekst::schema::all() {
                    let path = dir.join(file);
                    // An identical file is left alone; a different one needs --force.
                    if std::fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
                        continue;
                    }
                    write_file(&path, text.as_bytes(), force)?;
                    println!("{}", path.display());
                }
                Ok(())
            }
            None => match tromsvekst::schema::get(name) {
                Some(s) => {
                    print!("{s}");
                    Ok(())
                }
                None => Err(Error::argument_value(
                    ("skjema", "schema"),
                    name,
                    tromsvekst::schema::NAMES,
                )),
            },
        }
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e, Lang::default(), Format::Text),
    }
}
