//! The `tromsvekst` command: check agreements, print schemas and the rule catalog.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tromsvekst::status::{Status, draft_midterm};
use tromsvekst::{Bundle, Config, Date, Error, ErrorCode, Lang, Level, Report};

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
enum DraftStage {
    Midterm,
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
        /// JSON files or folders (as for `check`).
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
    /// Write a draft evaluation, pre-filled from the status.
    Draft {
        /// Which evaluation (only `midterm` for now).
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
        /// Write the draft to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
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
        /// Write the plan here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Language of error messages.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
    },
    /// Export an action plan (JSON) to the spreadsheet layout.
    Export {
        /// The plan, as JSON.
        plan: PathBuf,
        /// xlsx (a workbook) or csv (a folder of CSV files, one per sheet).
        #[arg(long, value_enum, default_value = "xlsx")]
        format: SheetFormat,
        /// The workbook file, or the folder for CSV files.
        #[arg(long)]
        out: PathBuf,
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
        /// Write the indicator set here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Language of error messages.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
    },
    /// Print a JSON Schema, or write all of them to a directory.
    Schema {
        /// Which schema: agreement, report or rules.
        #[arg(default_value = "agreement")]
        name: String,
        /// Write every schema into this directory instead.
        #[arg(long)]
        out: Option<PathBuf>,
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
        } => status(&files, as_of.as_deref(), lang.into(), format),
        Command::Draft {
            stage: DraftStage::Midterm,
            files,
            as_of,
            lang,
            out,
        } => draft(&files, as_of.as_deref(), lang.into(), out.as_deref()),
        Command::Import {
            files,
            plan,
            out,
            lang,
        } => import(&files, plan.as_deref(), out.as_deref(), lang.into()),
        Command::Export {
            plan,
            format,
            out,
            lang,
        } => export(&plan, format, &out, lang.into()),
        Command::Jsonstat {
            dataset,
            mapping,
            indicators,
            out,
            lang,
        } => jsonstat(&dataset, &mapping, &indicators, out.as_deref(), lang.into()),
        Command::Schema { name, out } => schema(&name, out.as_deref()),
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

/// Today's date from the system clock (UTC).
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch(i64::try_from(secs / 86_400).unwrap_or(0))
        .unwrap_or(Date::UNIX_EPOCH)
}

fn as_of_date(as_of: Option<&str>) -> Result<Date, Error> {
    match as_of {
        None => Ok(today()),
        Some(s) => s.parse().map_err(|e| {
            Error::new(
                ErrorCode::InvalidDate,
                format!("--as-of: {e}"),
                format!("--as-of: «{s}» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)"),
            )
        }),
    }
}

/// The JSON files named, folders expanded to their `*.json` files in name order.
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| io_error(p, &e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "json") && f.is_file())
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn load(paths: &[PathBuf]) -> Result<Bundle, Error> {
    let files = expand(paths)?;
    let mut inputs: Vec<(String, Vec<u8>)> = Vec::new();
    for f in files {
        inputs.push((f.display().to_string(), read(&f)?));
    }
    let refs: Vec<(&str, &[u8])> = inputs
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    Bundle::parse(&refs, &Default::default())
}

fn check(
    files: &[PathBuf],
    lang: Lang,
    format: Format,
    severity: &[String],
    as_of: Option<&str>,
) -> ExitCode {
    let mut config = Config::new(lang);
    for s in severity {
        let parsed = s
            .split_once('=')
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::InvalidValue,
                    format!("--severity takes RULE=LEVEL, got \"{s}\""),
                    format!("--severity tar REGEL=NIVÅ, fikk «{s}»"),
                )
            })
            .and_then(|(rule, level)| config.set_severity(rule, level.parse::<Level>()?));
        if let Err(e) = parsed {
            return fail(&e, lang, format);
        }
    }
    match as_of_date(as_of) {
        Ok(d) => config.as_of = Some(d),
        Err(e) => return fail(&e, lang, format),
    }
    let bundle = if files.is_empty() {
        Ok(Bundle::new(tromsvekst::embedded::nord_troms()))
    } else {
        load(files)
    };
    let report: Report = match bundle {
        Ok(b) => tromsvekst::validate_bundle(&b, &config),
        Err(e) => return fail(&e, lang, format),
    };
    match format {
        Format::Json => print!("{}", report.to_json()),
        Format::Text => print!("{}", report.to_text()),
    }
    if report.valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn status(files: &[PathBuf], as_of: Option<&str>, lang: Lang, format: StatusFormat) -> ExitCode {
    let text_format = if format == StatusFormat::Json {
        Format::Json
    } else {
        Format::Text
    };
    let as_of = match as_of_date(as_of) {
        Ok(d) => d,
        Err(e) => return fail(&e, lang, text_format),
    };
    let bundle = if files.is_empty() {
        Ok(Bundle::new(tromsvekst::embedded::nord_troms()))
    } else {
        load(files)
    };
    let bundle = match bundle {
        Ok(b) => b,
        Err(e) => return fail(&e, lang, text_format),
    };
    let s = Status::compute(&bundle, as_of, lang);
    match format {
        StatusFormat::Json => print!("{}", s.to_json()),
        StatusFormat::Markdown => print!("{}", s.to_markdown()),
        StatusFormat::Text => print!("{}", s.to_text()),
    }
    ExitCode::SUCCESS
}

fn draft(files: &[PathBuf], as_of: Option<&str>, lang: Lang, out: Option<&Path>) -> ExitCode {
    let as_of = match as_of_date(as_of) {
        Ok(d) => d,
        Err(e) => return fail(&e, lang, Format::Text),
    };
    let bundle = if files.is_empty() {
        Ok(Bundle::new(tromsvekst::embedded::nord_troms()))
    } else {
        load(files)
    };
    let bundle = match bundle {
        Ok(b) => b,
        Err(e) => return fail(&e, lang, Format::Text),
    };
    let draft = draft_midterm(&bundle, as_of, lang);
    let mut text = serde_json::to_string_pretty(&draft).unwrap_or_default();
    text.push('\n');
    match out {
        Some(path) => {
            if let Err(e) = std::fs::write(path, text) {
                return fail(&io_error(path, &e), lang, Format::Text);
            }
            eprintln!("{}", path.display());
        }
        None => print!("{text}"),
    }
    ExitCode::SUCCESS
}

fn write_out(out: Option<&Path>, text: &str, lang: Lang) -> ExitCode {
    match out {
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => {
                eprintln!("{}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => fail(&io_error(path, &e), lang, Format::Text),
        },
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
    }
}

fn import(files: &[PathBuf], plan: Option<&Path>, out: Option<&Path>, lang: Lang) -> ExitCode {
    use tromsvekst::sheet::{SheetLimits, import_plan, read_tables};
    let run = || -> Result<String, Error> {
        let base = match plan {
            Some(p) => Some(
                tromsvekst::parse_action_plan(
                    &read(p)?,
                    &p.display().to_string(),
                    &Default::default(),
                )?
                .value,
            ),
            None => None,
        };
        let mut tables = Vec::new();
        for f in files {
            tables.extend(read_tables(
                &f.display().to_string(),
                &read(f)?,
                &SheetLimits::default(),
            )?);
        }
        let name = files
            .first()
            .map(|f| f.display().to_string())
            .unwrap_or_default();
        let doc = import_plan(&name, &tables, base.as_ref())?;
        Ok(tromsvekst::AnyDocument::ActionPlan(doc).to_json())
    };
    match run() {
        Ok(text) => write_out(out, &text, lang),
        Err(e) => fail(&e, lang, Format::Text),
    }
}

fn export(plan: &Path, format: SheetFormat, out: &Path, lang: Lang) -> ExitCode {
    use tromsvekst::sheet::{LAYOUT, export_tables, write_csv, write_xlsx};
    let run = || -> Result<(), Error> {
        let doc = tromsvekst::parse_action_plan(
            &read(plan)?,
            &plan.display().to_string(),
            &Default::default(),
        )?;
        let tables = export_tables(&doc.value, lang);
        match format {
            SheetFormat::Xlsx => {
                let bytes = write_xlsx(&tables)?;
                std::fs::write(out, bytes).map_err(|e| io_error(out, &e))?;
                eprintln!("{}", out.display());
            }
            SheetFormat::Csv => {
                std::fs::create_dir_all(out).map_err(|e| io_error(out, &e))?;
                for (t, spec) in tables.iter().zip(LAYOUT) {
                    let path = out.join(spec.csv);
                    std::fs::write(&path, write_csv(t)).map_err(|e| io_error(&path, &e))?;
                    eprintln!("{}", path.display());
                }
            }
        }
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e, lang, Format::Text),
    }
}

fn jsonstat(
    dataset: &Path,
    mapping: &Path,
    indicators: &Path,
    out: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let run = || -> Result<String, Error> {
        let (d, m, i) = (read(dataset)?, read(mapping)?, read(indicators)?);
        let set = tromsvekst::sheet::jsonstat::apply_files(
            (&dataset.display().to_string(), &d),
            (&mapping.display().to_string(), &m),
            (&indicators.display().to_string(), &i),
        )?;
        Ok(tromsvekst::AnyDocument::Indicators(set).to_json())
    };
    match run() {
        Ok(text) => write_out(out, &text, lang),
        Err(e) => fail(&e, lang, Format::Text),
    }
}

fn io_error(path: &Path, e: &std::io::Error) -> Error {
    Error::new(
        ErrorCode::Io,
        format!("cannot read or write the file: {e}"),
        format!("kan ikke lese eller skrive filen: {e}"),
    )
    .in_document(path.display().to_string())
}

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|e| io_error(path, &e))
}

fn schema(name: &str, out: Option<&Path>) -> ExitCode {
    match out {
        Some(dir) => {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("cannot create {}: {e}", dir.display());
                return ExitCode::from(2);
            }
            for (file, text) in tromsvekst::schema::all() {
                let path = dir.join(file);
                if let Err(e) = std::fs::write(&path, text) {
                    eprintln!("cannot write {}: {e}", path.display());
                    return ExitCode::from(2);
                }
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        None => match tromsvekst::schema::get(name) {
            Some(s) => {
                print!("{s}");
                ExitCode::SUCCESS
            }
            None => {
                let names: Vec<&str> = tromsvekst::schema::all()
                    .iter()
                    .map(|(f, _)| f.trim_end_matches(".schema.json"))
                    .collect();
                eprintln!(
                    "unknown schema \"{name}\": expected one of {}",
                    names.join(", ")
                );
                ExitCode::from(2)
            }
        },
    }
}
