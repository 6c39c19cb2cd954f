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

#[cfg(test)]
mod tests {
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
