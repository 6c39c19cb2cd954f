//! Reading documents: bytes or text in, a typed document with its source
//! positions out.

use crate::de::{De, Path, Read};
use crate::error::{Error, ErrorCode};
use crate::json::{self, Index, Limits, LineIndex, NodeRef, ValueRef};
use crate::model::{ActionPlan, Agreement, Evaluation, IndicatorSet, MeetingLog};
use std::collections::BTreeMap;
use std::sync::Arc;

mod envelope;
use envelope::check_envelope;

/// The kinds of document this library reads.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocumentKind {
    /// A growth agreement.
    Agreement,
    /// An action plan.
    ActionPlan,
    /// A meeting log.
    MeetingLog,
    /// A set of indicators.
    Indicators,
    /// An evaluation.
    Evaluation,
}

impl DocumentKind {
    /// Every kind.
    pub const ALL: &'static [DocumentKind] = &[
        DocumentKind::Agreement,
        DocumentKind::ActionPlan,
        DocumentKind::MeetingLog,
        DocumentKind::Indicators,
        DocumentKind::Evaluation,
    ];

    /// The value of the `kind` field.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Agreement => "agreement",
            DocumentKind::ActionPlan => "action_plan",
            DocumentKind::MeetingLog => "meeting_log",
            DocumentKind::Indicators => "indicators",
            DocumentKind::Evaluation => "evaluation",
        }
    }

    /// The kind a `kind` value names.
    pub fn from_name(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.as_str() == s)
    }
}

/// The highest major `schema_version` this library reads.
pub const SUPPORTED_MAJOR: u64 = 1;

/// Where a document came from: its name and positions, so that findings can
/// say line and column.
#[derive(Debug, Clone)]
pub struct Source {
    name: String,
    origin: Origin,
}

#[derive(Debug, Clone)]
enum Origin {
    /// The text, the reader's index of offsets, and the line starts,
    /// counted the first time a position is asked for.
    Json(Arc<JsonText>),
    Sheet {
        cells: Arc<BTreeMap<String, CellRef>>,
    },
    /// A document given as data (a Python dict, a JavaScript object): it
    /// has a name but no text, so findings say a pointer and no line.
    Named,
}

/// What a document read from JSON keeps to place its findings.
#[derive(Debug)]
struct JsonText {
    text: String,
    index: Index,
    lines: std::sync::OnceLock<LineIndex>,
    /// Pointers already placed: line, column, and whether the pointer
    /// resolved. The embedded agreement is shared by every call, and its
    /// findings are placed at the same pointers each time.
    placed: std::sync::Mutex<std::collections::HashMap<String, (u32, u32, bool)>>,
}

impl JsonText {
    fn new(text: String, index: Index) -> Self {
        JsonText {
            text,
            index,
            lines: std::sync::OnceLock::new(),
            placed: std::sync::Mutex::new(std::collections::HashMap::new()),
        }
    }

    /// Line, column and whether the pointer resolved all the way.
    fn place(&self, pointer: &str) -> (u32, u32, bool) {
        if let Some(&p) = self
            .placed
            .lock()
            .ok()
            .as_ref()
            .and_then(|m| m.get(pointer))
        {
            return p;
        }
        let (offset, resolved) = self.root().locate(pointer);
        let (line, column) = self.position(offset);
        if let Ok(mut m) = self.placed.lock() {
            m.insert(pointer.to_string(), (line, column, resolved));
        }
        (line, column, resolved)
    }

    fn position(&self, offset: usize) -> (u32, u32) {
        self.lines
            .get_or_init(|| LineIndex::new(&self.text))
            .position(&self.text, offset)
    }

    fn root(&self) -> NodeRef<'_> {
        self.index.root(&self.text)
    }
}

/// A cell of a spreadsheet: the sheet, and the 1-based row and column.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CellRef {
    /// The sheet's name (for CSV, the file's sheet name).
    pub sheet: String,
    /// 1-based row.
    pub row: u32,
    /// 1-based column.
    pub column: u32,
}

/// Where a value stands in its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// 1-based line (for a spreadsheet: row).
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// The sheet, for a spreadsheet.
    pub sheet: Option<String>,
}

impl Source {
    /// The document's name (usually its file name).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The JSON text the document was read from, when it was read from JSON
    /// text (not from a spreadsheet, not given as data): reading it again
    /// gives the same document with the same positions.
    pub fn text(&self) -> Option<&str> {
        match &self.origin {
            Origin::Json(t) => Some(&t.text),
            _ => None,
        }
    }

    /// A source for a document read from spreadsheet cells: each JSON pointer
    /// of the document mapped to the cell it came from.
    pub fn from_cells(name: impl Into<String>, cells: BTreeMap<String, CellRef>) -> Self {
        Source {
            name: name.into(),
            origin: Origin::Sheet {
                cells: Arc::new(cells),
            },
        }
    }

    /// A source with a name and no positions: for a document given as data
    /// (a dict or an object), whose findings are placed by pointer alone.
    pub fn named(name: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            origin: Origin::Named,
        }
    }

    /// Whether findings in it have a line and column (text or cells).
    pub fn has_positions(&self) -> bool {
        !matches!(self.origin, Origin::Named)
    }

    /// Where the value a JSON pointer names stands; for a pointer that does
    /// not resolve all the way, the place of the deepest value it reaches.
    pub fn locate(&self, pointer: &str) -> Location {
        match &self.origin {
            Origin::Json(json) => {
                let (line, column, _) = json.place(pointer);
                Location {
                    line,
                    column,
                    sheet: None,
                }
            }
            Origin::Named => Location {
                line: 1,
                column: 1,
                sheet: None,
            },
            Origin::Sheet { cells } => {
                let mut p = pointer;
                loop {
                    if let Some(c) = cells.get(p) {
                        return Location {
                            line: c.row,
                            column: c.column,
                            sheet: Some(c.sheet.clone()),
                        };
                    }
                    match p.rfind('/') {
                        Some(i) => p = &p[..i],
                        None => {
                            return Location {
                                line: 1,
                                column: 1,
                                sheet: None,
                            };
                        }
                    }
                }
            }
        }
    }

    /// Line and column of the value a JSON pointer names (see [`Source::locate`]).
    pub fn position(&self, pointer: &str) -> (u32, u32) {
        let l = self.locate(pointer);
        (l.line, l.column)
    }

    /// Whether a JSON pointer resolves in the document (for a spreadsheet:
    /// whether it, or a value holding it, came from a cell).
    pub fn resolves(&self, pointer: &str) -> bool {
        match &self.origin {
            Origin::Json(json) => json.place(pointer).2,
            Origin::Sheet { .. } => self.locate(pointer).sheet.is_some(),
            Origin::Named => true,
        }
    }
}

/// A typed document, with its source when it was read from text.
#[derive(Debug, Clone)]
pub struct Document<T> {
    /// The typed content.
    pub value: T,
    /// Where it came from; `None` for a document built in code.
    pub source: Option<Source>,
}

impl<T: PartialEq> Document<T> {
    /// Whether this is an unchanged copy of `other`: the same text read (not
    /// only an equal one), the same name and an equal value.
    pub(crate) fn is_copy_of(&self, other: &Document<T>) -> bool {
        match (&self.source, &other.source) {
            (Some(a), Some(b)) => {
                let same_text = match (&a.origin, &b.origin) {
                    (Origin::Json(x), Origin::Json(y)) => Arc::ptr_eq(x, y),
                    _ => false,
                };
                same_text && a.name == b.name && self.value == other.value
            }
            _ => false,
        }
    }
}

impl<T> Document<T> {
    /// A document built in code, without source positions.
    pub fn from_value(value: T) -> Self {
        Document {
            value,
            source: None,
        }
    }

    /// The name to show for the document: its source name, or `fallback`.
    pub fn name_or<'a>(&'a self, fallback: &'a str) -> &'a str {
        self.source.as_ref().map_or(fallback, Source::name)
    }
}

/// Options for reading a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// Size, depth and string limits.
    pub limits: Limits,
}

/// The text of a document, read and checked up to its envelope.
struct Raw<'a> {
    name: &'a str,
    json: JsonText,
    kind: DocumentKind,
}

fn raw<'a>(
    bytes: &'a [u8],
    name: &'a str,
    expected: Option<DocumentKind>,
    options: &ParseOptions,
) -> Result<Raw<'a>, Error> {
    let (text, _bom) = json::decode(bytes, &options.limits).map_err(|e| e.in_document(name))?;
    raw_text(text.to_string(), name, expected, options)
}

/// As [`raw`], taking the bytes: a document read from them keeps them as
/// its text instead of a copy.
fn raw_owned<'a>(
    bytes: Vec<u8>,
    name: &'a str,
    expected: Option<DocumentKind>,
    options: &ParseOptions,
) -> Result<Raw<'a>, Error> {
    let named = |e: Error| e.in_document(name);
    json::check_size(bytes.len(), &options.limits).map_err(named)?;
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        // The same error as the borrowed way gives.
        Err(e) => {
            return Err(named(
                json::decode(e.as_bytes(), &options.limits)
                    .err()
                    .unwrap_or_else(|| {
                        Error::new(ErrorCode::InvalidUtf8, "ugyldig UTF-8", "invalid UTF-8")
                    }),
            ));
        }
    };
    if text.starts_with('\u{FEFF}') {
        text.drain(..3);
    }
    raw_text(text, name, expected, options)
}

fn raw_text<'a>(
    text: String,
    name: &'a str,
    expected: Option<DocumentKind>,
    options: &ParseOptions,
) -> Result<Raw<'a>, Error> {
    let named = |e: Error| e.in_document(name);
    let index = json::parse(&text, &options.limits).map_err(named)?;
    let json = JsonText::new(text, index);
    let kind = check_envelope(&json, expected).map_err(named)?;
    Ok(Raw { name, json, kind })
}

impl Raw<'_> {
    fn typed<T: Read>(self) -> Result<Document<T>, Error> {
        let value = T::read(De {
            node: self.json.root(),
            path: Path::Root,
        })
        .map_err(|e| {
            e.located(|offset| self.json.position(offset))
                .in_document(self.name)
        })?;
        Ok(Document {
            value,
            source: Some(Source {
                name: self.name.to_string(),
                origin: Origin::Json(Arc::new(self.json)),
            }),
        })
    }
}

/// A document of any kind.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
pub enum AnyDocument {
    /// An agreement.
    Agreement(Document<Agreement>),
    /// An action plan.
    ActionPlan(Document<ActionPlan>),
    /// A meeting log.
    MeetingLog(Document<MeetingLog>),
    /// A set of indicators.
    Indicators(Document<IndicatorSet>),
    /// An evaluation.
    Evaluation(Document<Evaluation>),
}

impl AnyDocument {
    /// Its kind.
    pub fn kind(&self) -> DocumentKind {
        match self {
            AnyDocument::Agreement(_) => DocumentKind::Agreement,
            AnyDocument::ActionPlan(_) => DocumentKind::ActionPlan,
            AnyDocument::MeetingLog(_) => DocumentKind::MeetingLog,
            AnyDocument::Indicators(_) => DocumentKind::Indicators,
            AnyDocument::Evaluation(_) => DocumentKind::Evaluation,
        }
    }

    /// Its id.
    pub fn id(&self) -> &str {
        match self {
            AnyDocument::Agreement(d) => &d.value.id,
            AnyDocument::ActionPlan(d) => &d.value.id,
            AnyDocument::MeetingLog(d) => &d.value.id,
            AnyDocument::Indicators(d) => &d.value.id,
            AnyDocument::Evaluation(d) => &d.value.id,
        }
    }

    /// Where it came from, when it was read from text.
    pub fn source(&self) -> Option<&Source> {
        match self {
            AnyDocument::Agreement(d) => d.source.as_ref(),
            AnyDocument::ActionPlan(d) => d.source.as_ref(),
            AnyDocument::MeetingLog(d) => d.source.as_ref(),
            AnyDocument::Indicators(d) => d.source.as_ref(),
            AnyDocument::Evaluation(d) => d.source.as_ref(),
        }
    }

    /// The same document placed by pointer only: its source keeps the name
    /// and forgets the text, so findings have no line or column (for a
    /// document given as data, whose serialised text the user never saw).
    pub fn without_positions(mut self) -> Self {
        let source = match &mut self {
            AnyDocument::Agreement(d) => &mut d.source,
            AnyDocument::ActionPlan(d) => &mut d.source,
            AnyDocument::MeetingLog(d) => &mut d.source,
            AnyDocument::Indicators(d) => &mut d.source,
            AnyDocument::Evaluation(d) => &mut d.source,
        };
        if let Some(s) = source.take() {
            *source = Some(Source::named(s.name));
        }
        self
    }

    /// The name it goes by in reports: its source's name, or else its id
    /// (a draft made in code is named after itself).
    pub fn name(&self) -> &str {
        self.source().map_or_else(|| self.id(), Source::name)
    }

    /// The id of the agreement it belongs to (its own id for an agreement).
    pub fn agreement_id(&self) -> &str {
        match self {
            AnyDocument::Agreement(d) => &d.value.id,
            AnyDocument::ActionPlan(d) => &d.value.agreement,
            AnyDocument::MeetingLog(d) => &d.value.agreement,
            AnyDocument::Indicators(d) => &d.value.agreement,
            AnyDocument::Evaluation(d) => &d.value.agreement,
        }
    }

    /// The value as JSON (pretty, with a final newline).
    pub fn to_json(&self) -> String {
        let text = match self {
            AnyDocument::Agreement(d) => serde_json::to_string_pretty(&d.value),
            AnyDocument::ActionPlan(d) => serde_json::to_string_pretty(&d.value),
            AnyDocument::MeetingLog(d) => serde_json::to_string_pretty(&d.value),
            AnyDocument::Indicators(d) => serde_json::to_string_pretty(&d.value),
            AnyDocument::Evaluation(d) => serde_json::to_string_pretty(&d.value),
        };
        let mut out = text.unwrap_or_default();
        out.push('\n');
        out
    }
}

/// Reads a document of any kind from JSON bytes; its `kind` says which.
///
/// ```
/// let text = std::fs::read("../../examples/nord-troms/action-plan-2025-2026.json")?;
/// let doc = tromsvekst::parse_document(&text, "plan.json", &Default::default())?;
/// assert_eq!(doc.kind(), tromsvekst::DocumentKind::ActionPlan);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_document(
    bytes: &[u8],
    name: &str,
    options: &ParseOptions,
) -> Result<AnyDocument, Error> {
    parse_document_as(bytes, name, None, options)
}

/// As [`parse_document`], taking the bytes: the document keeps them as its
/// text (for the positions of findings) instead of a copy, which saves the
/// input's size in memory. The command line and the WebAssembly module read
/// this way.
pub fn parse_document_owned(
    bytes: Vec<u8>,
    name: &str,
    options: &ParseOptions,
) -> Result<AnyDocument, Error> {
    typed_any(raw_owned(bytes, name, None, options)?)
}

/// Reads a document that must be of a kind (`None`: any kind).
pub fn parse_document_as(
    bytes: &[u8],
    name: &str,
    kind: Option<DocumentKind>,
    options: &ParseOptions,
) -> Result<AnyDocument, Error> {
    typed_any(raw(bytes, name, kind, options)?)
}

fn typed_any(raw: Raw<'_>) -> Result<AnyDocument, Error> {
    Ok(match raw.kind {
        DocumentKind::Agreement => AnyDocument::Agreement(raw.typed()?),
        DocumentKind::ActionPlan => AnyDocument::ActionPlan(raw.typed()?),
        DocumentKind::MeetingLog => AnyDocument::MeetingLog(raw.typed()?),
        DocumentKind::Indicators => AnyDocument::Indicators(raw.typed()?),
        DocumentKind::Evaluation => AnyDocument::Evaluation(raw.typed()?),
    })
}

/// Reads an agreement from JSON bytes (UTF-8; a byte-order mark is allowed).
///
/// `name` names the document in errors and reports, usually its file name.
///
/// ```
/// let text = tromsvekst::embedded::NORD_TROMS_JSON;
/// let doc = tromsvekst::parse_agreement(text.as_bytes(), "agreement.json", &Default::default())?;
/// assert_eq!(doc.value.focus_areas.len(), 4);
/// # Ok::<(), tromsvekst::Error>(())
/// ```
pub fn parse_agreement(
    bytes: &[u8],
    name: &str,
    options: &ParseOptions,
) -> Result<Document<Agreement>, Error> {
    raw(bytes, name, Some(DocumentKind::Agreement), options)?.typed()
}

/// Reads an action plan from JSON bytes.
pub fn parse_action_plan(
    bytes: &[u8],
    name: &str,
    options: &ParseOptions,
) -> Result<Document<ActionPlan>, Error> {
    raw(bytes, name, Some(DocumentKind::ActionPlan), options)?.typed()
}

/// Reads a meeting log from JSON bytes.
pub fn parse_meeting_log(
    bytes: &[u8],
    name: &str,
    options: &ParseOptions,
) -> Result<Document<MeetingLog>, Error> {
    raw(bytes, name, Some(DocumentKind::MeetingLog), options)?.typed()
}

/// Reads a set of indicators from JSON bytes.
pub fn parse_indicators(
    bytes: &[u8],
    name: &str,
    options: &ParseOptions,
) -> Result<Document<IndicatorSet>, Error> {
    raw(bytes, name, Some(DocumentKind::Indicators), options)?.typed()
}

/// Reads an evaluation from JSON bytes.
pub fn parse_evaluation(
    bytes: &[u8],
    name: &str,
    options: &ParseOptions,
) -> Result<Document<Evaluation>, Error> {
    raw(bytes, name, Some(DocumentKind::Evaluation), options)?.typed()
}
