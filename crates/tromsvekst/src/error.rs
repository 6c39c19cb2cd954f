//! Errors: input that cannot be read as a document of the expected kind.
//!
//! Validation findings are not errors: they go in a [`Report`](crate::Report).
//! An [`Error`] means the input could not be turned into a typed document at
//! all, and it always says where (JSON pointer, line, column) and what (a
//! stable [`ErrorCode`] and a message in Norwegian bokmål and English).

use crate::lang::Lang;
use serde::Serialize;
use std::fmt;

macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident = $code:literal,)*) => {
        /// The stable code of an [`Error`]. Codes never change meaning once
        /// released; new ones may be added. The enum is deliberately not
        /// `#[non_exhaustive]`: the bindings map it with an exhaustive `match`,
        /// so a new code cannot reach Python or JavaScript unmapped.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)*
        }

        impl ErrorCode {
            /// Every code, in catalog order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The code as it appears in reports and bindings, e.g. `json.duplicate-key`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                }
            }
        }
    };
}

error_codes! {
    /// Reading the input failed (used by the command line and the bindings).
    Io = "io.read",
    /// A file or folder named as input does not exist.
    NotFound = "io.not-found",
    /// A folder named as input holds no document (no JSON file): nothing to
    /// check, and not the embedded agreement in its place.
    EmptyFolder = "io.empty-folder",
    /// Writing the output failed (the folder is missing or not writable, the disk is full).
    WriteFailed = "io.write",
    /// The output file exists and overwriting it was not asked for.
    FileExists = "io.exists",
    /// The output format asked for contradicts the output file's name
    /// (`--format xlsx` with `--out plan.csv`), or the name says no format.
    FormatMismatch = "io.format-mismatch",
    /// An argument of a function or command has a value it does not take
    /// (a language other than nb or en, an unknown table or document kind).
    InvalidArgument = "argument.invalid-value",
    /// An argument of a function has a type it does not take (a number
    /// where a date is expected, say).
    InvalidArgumentType = "argument.invalid-type",
    /// A bug in this library, caught at a binding's boundary instead of
    /// crashing the host (a panic in Rust): report it with the input.
    Internal = "internal.error",
    /// The input is larger than [`Limits::max_bytes`](crate::Limits::max_bytes).
    SizeLimit = "json.size-limit",
    /// The input is not valid UTF-8.
    InvalidUtf8 = "json.invalid-utf8",
    /// The input is empty or only white space.
    Empty = "json.empty",
    /// The input is not well-formed JSON.
    Syntax = "json.syntax",
    /// A key appears twice in the same object.
    DuplicateKey = "json.duplicate-key",
    /// Arrays and objects nest deeper than [`Limits::max_depth`](crate::Limits::max_depth).
    DepthLimit = "json.depth-limit",
    /// A string is longer than [`Limits::max_string_bytes`](crate::Limits::max_string_bytes).
    StringLimit = "json.string-limit",
    /// A number is too large to represent (e.g. `1e400`).
    NumberOutOfRange = "json.number-out-of-range",
    /// The top level is not a JSON object.
    NotAnObject = "document.not-an-object",
    /// The `kind` names no known document kind.
    UnknownKind = "document.unknown-kind",
    /// The `kind` is a known kind, but not the one expected here.
    WrongKind = "document.wrong-kind",
    /// The `schema_version` has a major version this library does not read.
    UnsupportedVersion = "document.unsupported-version",
    /// A value has the wrong JSON type.
    InvalidType = "document.invalid-type",
    /// A value has the right type but is not allowed.
    InvalidValue = "document.invalid-value",
    /// A date that is not a real calendar date, or not in a date format.
    InvalidDate = "document.invalid-date",
    /// An amount of money that is negative, a float, or has fractions of an øre.
    InvalidAmount = "document.invalid-amount",
    /// An object has a field the document kind does not define.
    UnknownField = "document.unknown-field",
    /// A required field is missing.
    MissingField = "document.missing-field",
    /// A configuration names a rule that does not exist.
    UnknownRule = "config.unknown-rule",
    /// A set of documents does not hold exactly one agreement.
    AgreementCount = "bundle.agreement-count",
    /// The documents belong to an agreement that is neither among them nor
    /// the embedded one: the status and the drafts of another agreement
    /// cannot be made without it.
    AgreementMissing = "bundle.agreement-missing",
    /// The file is not a readable spreadsheet (not XLSX, or CSV that cannot be read).
    SheetUnreadable = "sheet.unreadable",
    /// A sheet (or CSV file) whose name is not one of the layout's sheets.
    UnknownSheet = "sheet.unknown-sheet",
    /// A sheet the layout needs is missing.
    MissingSheet = "sheet.missing-sheet",
    /// A column header that is not one of the sheet's columns.
    UnknownColumn = "sheet.unknown-column",
    /// A column the sheet needs is missing.
    MissingColumn = "sheet.missing-column",
    /// The same column appears twice in a sheet.
    DuplicateColumn = "sheet.duplicate-column",
    /// A cell whose content does not fit its column.
    InvalidCell = "sheet.invalid-cell",
    /// Merged cells, whose value would count for one cell only.
    MergedCells = "sheet.merged-cells",
    /// A formula without a calculated value saved in the file.
    Formula = "sheet.formula",
    /// A sheet with more rows than the limit.
    TooManyRows = "sheet.too-many-rows",
    /// A JSON-stat dataset that does not follow the format.
    JsonStatInvalid = "jsonstat.invalid",
    /// A JSON-stat `value` whose length does not match the product of `size`.
    JsonStatSize = "jsonstat.size-mismatch",
    /// A sparse JSON-stat `value` with an index outside the dataset.
    JsonStatIndex = "jsonstat.index-out-of-range",
    /// A mapping names a dimension the dataset does not have.
    JsonStatDimension = "jsonstat.unknown-dimension",
    /// A mapping names a category code the dimension does not have.
    JsonStatCategory = "jsonstat.unknown-category",
    /// The dataset has no time dimension to take the years from.
    JsonStatNoTime = "jsonstat.no-time-dimension",
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Input that could not be read as a document: what, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Error {
    /// The stable code.
    pub code: ErrorCode,
    /// The name of the document (usually its file name), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// The sheet, when the input is a spreadsheet (then `line` is the row).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// JSON pointer (RFC 6901) to the offending value; empty for the whole document.
    pub pointer: String,
    /// 1-based line in the input text, when the error has a place in it.
    pub line: Option<u32>,
    /// 1-based column (in characters) in the input text.
    pub column: Option<u32>,
    /// The message in English.
    pub message_en: String,
    /// The message in Norwegian bokmål.
    pub message_nb: String,
}

impl Error {
    /// An error with a code and its message in bokmål and in English (in
    /// that order, as everywhere in the crate), without a place yet.
    pub fn new(code: ErrorCode, nb: impl Into<String>, en: impl Into<String>) -> Self {
        Error {
            code,
            document: None,
            sheet: None,
            pointer: String::new(),
            line: None,
            column: None,
            message_en: en.into(),
            message_nb: nb.into(),
        }
    }

    pub(crate) fn at(mut self, pointer: String, line: u32, column: u32) -> Self {
        self.pointer = pointer;
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Points the error at a value, without a line and column.
    pub(crate) fn at_pointer(mut self, pointer: &str) -> Self {
        self.pointer = pointer.to_string();
        self
    }

    pub(crate) fn at_position(mut self, line: u32, column: u32) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Names the document the error belongs to (its file name, say).
    pub fn in_document(mut self, name: impl Into<String>) -> Self {
        self.document = Some(name.into());
        self
    }

    /// An argument of a function or command has a type it does not take:
    /// `argument` must be `expected` (in bokmål and English), not `got`
    /// (code `argument.invalid-type`). Every interface makes it here.
    pub fn argument_type(argument: &str, expected_nb: &str, expected_en: &str, got: &str) -> Self {
        Error::new(
            ErrorCode::InvalidArgumentType,
            format!("{argument} må være {expected_nb}, ikke {got}"),
            format!("{argument} must be {expected_en}, not {got}"),
        )
    }

    /// An argument has a value that is not one of `choices` (code
    /// `argument.invalid-value`): a schema, a document kind, a table, a format.
    pub fn argument_value(argument: (&str, &str), value: &str, choices: &[&str]) -> Self {
        let list = choices.join(", ");
        Error::new(
            ErrorCode::InvalidArgument,
            format!("ukjent {} «{value}»: forventet en av {list}", argument.0),
            format!("unknown {} \"{value}\": expected one of {list}", argument.1),
        )
    }

    /// A folder given where one document is read (`parse`, say): which
    /// function reads a folder instead (code `argument.invalid-value`).
    pub fn folder_given(folder: &str) -> Self {
        Error::new(
            ErrorCode::InvalidArgument,
            "leser ett dokument, men fikk en mappe: gi en av filene i den, eller bruk validate eller status, som leser alle dokumentene i en mappe".to_string(),
            "reads one document, but got a folder: give one of its files, or use validate or status, which read every document of a folder".to_string(),
        )
        .in_document(folder)
    }

    /// The same error without line and column (for input given as data,
    /// whose serialised text the user never saw): the pointer says where.
    pub fn without_position(mut self) -> Self {
        self.line = None;
        self.column = None;
        self
    }

    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.message_nb,
            Lang::En => &self.message_en,
        }
    }

    /// Places the error in a sheet of a spreadsheet, at a row and column.
    pub fn at_cell(mut self, sheet: impl Into<String>, row: u32, column: u32) -> Self {
        self.sheet = Some(sheet.into());
        self.line = Some(row);
        self.column = Some(column);
        self
    }

    /// `file:line:column` (`file[sheet]:row:column` for a spreadsheet), or as much of it as is known.
    pub fn location(&self) -> String {
        let doc = self.document.as_deref().unwrap_or("<input>");
        place(doc, self.sheet.as_deref(), self.line, self.column).unwrap_or_else(|| {
            match &self.sheet {
                Some(s) => format!("{doc}[{s}]"),
                None => doc.to_string(),
            }
        })
    }

    /// The error rendered in a language: `location: code: message (at pointer)`;
    /// without a document (a wrong argument, say), `code: message`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = if self.document.is_none() && self.line.is_none() {
            format!("{}: {}", self.code, self.message(lang))
        } else {
            format!("{}: {}: {}", self.location(), self.code, self.message(lang))
        };
        if !self.pointer.is_empty() {
            let at = match lang {
                Lang::Nb => "ved",
                Lang::En => "at",
            };
            out.push_str(&format!(" ({at} {})", self.pointer));
        }
        out
    }

    /// The error as pretty JSON with a final newline (stable field order):
    /// the form the conformance vectors compare byte for byte.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_default();
        out.push('\n');
        out
    }
}

/// `file:line:column`, or `file[sheet]:row:column`; `None` without a line.
pub(crate) fn place(
    document: &str,
    sheet: Option<&str>,
    line: Option<u32>,
    column: Option<u32>,
) -> Option<String> {
    let (l, c) = (line?, column?);
    Some(match sheet {
        Some(s) => format!("{document}[{s}]:{l}:{c}"),
        None => format!("{document}:{l}:{c}"),
    })
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Error {}

impl From<crate::lang::UnknownLang> for Error {
    fn from(e: crate::lang::UnknownLang) -> Error {
        Error::new(
            ErrorCode::InvalidArgument,
            e.message(crate::lang::Lang::Nb),
            e.message(crate::lang::Lang::En),
        )
    }
}
