//! The follow-up in public: a static site for the people of the region and
//! the open data behind it (`tromsvekst site`).
//!
//! Made from the same description of the status as the documents for the
//! political meetings, so it says the same. Only what the parties have
//! decided or recorded as done is published ([`public`]); the agreement's
//! `publishing` settings open more. Bokmål at the root, English under `en/`;
//! relative links only, one stylesheet, no script, no request outside the
//! site, so it works from any folder of any web server or opened from disk.
//!
//! ```
//! use tromsvekst::{Bundle, Lang};
//! use tromsvekst_report::site::{self, SiteOptions};
//! let bundle = Bundle::new(tromsvekst::embedded::nord_troms());
//! let day = "2026-11-26".parse()?;
//! let files = site::build(&bundle, &SiteOptions::new(day, day))?;
//! assert!(files.iter().any(|f| f.path == "index.html"));
//! assert!(files.iter().any(|f| f.path == "en/index.html"));
//! assert!(files.iter().any(|f| f.path == "data/catalogue.ttl"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod catalogue;
mod data;
mod datasets;
mod documents;
mod feed;
mod pages;

use crate::doc::{STYLE, html_blocks};
use crate::svg::esc;
use tromsvekst::model::{EvaluationStatus, MeetingStatus};
use tromsvekst::present::Doc;
use tromsvekst::status::Status;
use tromsvekst::{AnyDocument, Bundle, Date, Error, Lang};

/// How the site is made.
#[derive(Debug, Clone)]
pub struct SiteOptions {
    /// The day the site shows the follow-up on.
    pub as_of: Date,
    /// The day it is made (shown on every page, the feed's date).
    pub made: Date,
    /// The files of the previous build (path, bytes), for the feed of what
    /// changed since; empty, the feed lists every event up to `as_of`.
    pub previous: Vec<SiteFile>,
}

impl SiteOptions {
    /// The site on `as_of`, made on `made`, with no previous build.
    pub fn new(as_of: Date, made: Date) -> Self {
        SiteOptions {
            as_of,
            made,
            previous: Vec::new(),
        }
    }
}

/// A file of the site: its path inside the site's folder (`/`-separated)
/// and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    /// The path, e.g. `en/area-1.html`.
    pub path: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

impl SiteFile {
    fn text(path: impl Into<String>, text: String) -> Self {
        SiteFile {
            path: path.into(),
            bytes: text.into_bytes(),
        }
    }
}

/// The documents as the public may see them on `as_of`: as they were known on
/// the day, with only adopted action plans, held meetings, concluded
/// evaluations that a party has handled and the indicator figures, and no
/// follow-up notes or contact persons — unless the agreement's `publishing`
/// settings open them.
pub fn public(bundle: &Bundle, as_of: Date) -> Result<Bundle, Error> {
    let known = tromsvekst::status::known_on(bundle, as_of);
    let bundle = known.as_ref().unwrap_or(bundle);
    let publish = &bundle.agreement().value.publishing;
    let mut docs = Vec::new();
    for d in bundle.documents() {
        match d {
            AnyDocument::ActionPlan(p) => {
                let adopted = p
                    .value
                    .adopted
                    .as_ref()
                    .is_some_and(|a| a.date.earliest() <= as_of);
                if !adopted && !publish.plans_not_adopted {
                    continue;
                }
                let mut p = p.clone();
                for m in &mut p.value.measures {
                    if !publish.contacts {
                        m.contact = None;
                    }
                }
                if !publish.notes {
                    for u in &mut p.value.updates {
                        u.note = None;
                    }
                }
                docs.push(AnyDocument::ActionPlan(p));
            }
            AnyDocument::MeetingLog(l) => {
                let mut l = l.clone();
                l.value
                    .meetings
                    .retain(|m| m.status == MeetingStatus::Held && m.date <= as_of);
                if !publish.contacts {
                    for c in &mut l.value.coordinators {
                        c.person = None;
                    }
                }
                docs.push(AnyDocument::MeetingLog(l));
            }
            AnyDocument::Evaluation(e) => {
                let done = e.value.status == EvaluationStatus::Concluded
                    && e.value.handling.iter().any(|h| h.date <= as_of);
                if done || publish.drafts {
                    docs.push(d.clone());
                }
            }
            AnyDocument::Indicators(_) => docs.push(d.clone()),
            AnyDocument::Agreement(_) => {}
        }
    }
    Bundle::from_documents_shared(docs, Some(bundle.agreement_shared()))
}

/// What every page of one language shares.
pub(crate) struct Site<'a> {
    pub(crate) lang: Lang,
    pub(crate) bundle: &'a Bundle,
    pub(crate) status: Status,
    pub(crate) options: &'a SiteOptions,
}

impl Site<'_> {
    /// The way from a page of this language to the site's root.
    fn root(&self) -> &'static str {
        self.lang.pick("", "../")
    }

    fn dir(&self) -> &'static str {
        self.lang.pick("", "en/")
    }

    /// A page: the site's header, navigation and footer around the blocks
    /// of `doc` and any `extra` markup.
    pub(crate) fn page(&self, file: &str, doc: &Doc, extra: &str) -> SiteFile {
        let lang = self.lang;
        let a = &self.bundle.agreement().value;
        let title = a.title.get(lang);
        let other = lang.pick(format!("en/{file}"), format!("../{file}"));
        let mut nav = String::new();
        for (href, label) in pages::nav(self) {
            let current = if href == file {
                " aria-current=\"page\""
            } else {
                ""
            };
            nav.push_str(&format!(
                "<li><a href=\"{href}\"{current}>{}</a></li>",
                esc(&label)
            ));
        }
        let mut main = String::new();
        html_blocks(doc, &mut main);
        main.push_str(extra);
        let root = self.root();
        let f = |d: Date| tromsvekst::fmt::date(lang, d);
        let html = format!(
            "<!DOCTYPE html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{page} – {site}</title><link rel=\"stylesheet\" href=\"{root}style.css\">\
<link rel=\"alternate\" hreflang=\"{other_code}\" href=\"{other}\">\
<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.atom\" title=\"{feed}\"></head>\
<body><a class=\"skip\" href=\"#main\">{skip}</a>\
<header><p class=\"site\">{site}</p><nav aria-label=\"{pages}\"><ul>{nav}</ul></nav>\
<p class=\"lang\"><a href=\"{other}\" hreflang=\"{other_code}\" lang=\"{other_code}\">{other_name}</a></p></header>\
<main id=\"main\" tabindex=\"-1\">{main}</main>\
<footer><p>{shows} {day}. {made_word} {made}. <a href=\"data.html\">{data}</a> · <a href=\"feed.atom\">{feed}</a></p>\
<p>{licence}</p></footer></body></html>\n",
            code = lang.pick("nb", "en"),
            other_code = lang.pick("en", "nb"),
            other_name = lang.pick("English", "Norsk bokmål"),
            page = esc(&doc.title),
            site = esc(title),
            skip = lang.pick("Hopp til innholdet", "Skip to the content"),
            pages = lang.pick("Sider", "Pages"),
            shows = lang.pick("Viser oppfølgingen per", "Shows the follow-up as of"),
            day = f(self.options.as_of),
            made_word = lang.pick("Laget", "Made"),
            made = f(self.options.made),
            data = lang.pick("Åpne data", "Open data"),
            feed = lang.pick("Endringer (Atom)", "Changes (Atom)"),
            licence = esc(&pages::licence_line(self)),
        );
        SiteFile::text(format!("{}{file}", self.dir()), html)
    }
}

/// The stylesheet: the documents' styles, and the site's header, navigation
/// and footer, at 390 px too.
const SITE_STYLE: &str = "\
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:2mm;z-index:2}.skip:focus{left:2mm}\
header,footer{max-width:180mm;margin:0 auto;padding:2mm 4mm}header{border-bottom:2px solid #0b3d6b}\
header .site{font-weight:bold;margin:0 0 1mm}nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1mm 4mm}\
nav a[aria-current=page]{font-weight:bold;text-decoration-thickness:3px}\
a{color:#0b3d6b}a:focus-visible,main:focus-visible{outline:3px solid #1b1b1b;box-shadow:0 0 0 6px #ffbf47}\
footer{border-top:1px solid #c4c8cc;color:#4a4a4a;font-size:10pt}.lang{margin:1mm 0 0}\
.links{padding-left:5mm}@media screen{main,header,footer{max-width:64rem}}\
@media (max-width:480px){main{padding:4mm 3mm}h1{font-size:15pt}}\
@media print{header nav,.skip,.lang{display:none}}";

/// The site on `options.as_of`: every page in both languages, the documents
/// as HTML and Word, the open data and its catalogue, the feed.
pub fn build(bundle: &Bundle, options: &SiteOptions) -> Result<Vec<SiteFile>, Error> {
    bundle.require_agreement()?;
    let public = public(bundle, options.as_of)?;
    let mut files = vec![SiteFile::text(
        "style.css",
        format!("{STYLE}{SITE_STYLE}\n"),
    )];
    for lang in [Lang::Nb, Lang::En] {
        let site = Site {
            lang,
            bundle: &public,
            status: Status::compute(&public, options.as_of, lang)?,
            options,
        };
        files.extend(pages::all(&site)?);
        files.push(SiteFile::text(
            format!("{}feed.atom", site.dir()),
            feed::feed(&site),
        ));
        // The open data once, from the bokmål status (its texts carry both languages).
        if lang == Lang::Nb {
            files.extend(data::files(&site));
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Writes the site into the folder `out` (made if missing). A folder that
/// holds anything is written into only with `force`; each file is written
/// safely (a temporary file, then a rename: never half a file).
pub fn write(files: &[SiteFile], out: &std::path::Path, force: bool) -> Result<(), Error> {
    use tromsvekst::ErrorCode;
    if !force && out.read_dir().is_ok_and(|mut d| d.next().is_some()) {
        return Err(Error::new(
            ErrorCode::FileExists,
            "mappen finnes og er ikke tom: bruk --force (force=True) for å skrive nettstedet inn i den, eller en annen mappe",
            "the folder exists and is not empty: give --force (force=True) to write the site into it, or another folder",
        )
        .in_document(out.display().to_string()));
    }
    for f in files {
        let path = out.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                Error::new(
                    ErrorCode::WriteFailed,
                    format!("kunne ikke lage mappen: {e}"),
                    format!("could not make the folder: {e}"),
                )
                .in_document(parent.display().to_string())
                .caused_by(e)
            })?;
        }
        tromsvekst::format::write_file(&path, &f.bytes, true, ("", ""))?;
    }
    Ok(())
}

/// What the feed needs of a previous build in the folder `dir`: its
/// `data/events.csv`.
pub fn read_previous(dir: &std::path::Path) -> Result<Vec<SiteFile>, Error> {
    let path = dir.join("data").join("events.csv");
    let bytes = std::fs::read(&path).map_err(|e| {
        Error::new(
            tromsvekst::ErrorCode::NotFound,
            format!("fant ikke data/events.csv fra forrige utgave av nettstedet: {e}"),
            format!("could not find data/events.csv of the previous build of the site: {e}"),
        )
        .in_document(path.display().to_string())
        .caused_by(e)
    })?;
    Ok(vec![SiteFile {
        path: "data/events.csv".to_string(),
        bytes,
    }])
}
