//! The `tromsvekst` command: check agreements, print schemas and the rule catalog.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tromsvekst::{Config, Error, ErrorCode, Lang, Level, Report};

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
enum CatalogFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Subcommand)]
enum Command {
    /// Validate agreements; with no FILE, the embedded Nord-Troms agreement.
    ///
    /// Exit status: 0 valid, 1 errors found, 2 input unreadable or not a document.
    Check {
        /// JSON files to check.
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
        } => check(&files, lang.into(), format, &severity),
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

fn check(files: &[PathBuf], lang: Lang, format: Format, severity: &[String]) -> ExitCode {
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
    let mut reports: Vec<Report> = Vec::new();
    if files.is_empty() {
        reports.push(tromsvekst::validate_agreement(
            &tromsvekst::embedded::nord_troms(),
            &config,
        ));
    }
    for path in files {
        let name = path.display().to_string();
        let doc = read(path)
            .and_then(|bytes| tromsvekst::parse_agreement(&bytes, &name, &Default::default()));
        match doc {
            Ok(doc) => reports.push(tromsvekst::validate_agreement(&doc, &config)),
            Err(e) => return fail(&e, lang, format),
        }
    }
    match format {
        Format::Json if reports.len() == 1 => print!("{}", reports[0].to_json()),
        Format::Json => {
            let all: Vec<String> = reports.iter().map(|r| r.to_json()).collect();
            println!("[{}]", all.join(",").trim_end());
        }
        Format::Text => {
            for r in &reports {
                print!("{}", r.to_text());
            }
        }
    }
    if reports.iter().all(|r| r.valid) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|e| {
        Error::new(
            ErrorCode::Io,
            format!("cannot read the file: {e}"),
            format!("kan ikke lese filen: {e}"),
        )
        .in_document(path.display().to_string())
    })
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
