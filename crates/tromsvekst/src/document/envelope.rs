//! A document's envelope checked before its body is read: an object, a known
//! `kind` (the one expected, if any), a `schema_version` this reader knows,
//! the right type at the top level — each refusal said where and what.

use super::*;

/// Reads the envelope (`kind`, `schema_version`) and checks it against the
/// expected kind.
pub(super) fn check_envelope(
    json: &JsonText,
    expected: Option<DocumentKind>,
) -> Result<DocumentKind, Error> {
    let root = json.root();
    let at = |node: NodeRef<'_>, pointer: &str, code: ErrorCode, en: String, nb: String| {
        let (line, column) = json.position(node.start());
        Error::new(code, nb, en).at(pointer.to_string(), line, column)
    };
    if !root.is_object() {
        let value = root.value();
        return Err(at(
            root,
            "",
            ErrorCode::NotAnObject,
            format!(
                "the document must be a JSON object, found {}",
                value.type_name()
            ),
            format!(
                "dokumentet må være et JSON-objekt, fant {}",
                type_name_nb(&value)
            ),
        ));
    }
    let kinds = DocumentKind::ALL
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let found = match root.get("kind").map(|n| (n, n.value())) {
        None => {
            return Err(at(
                root,
                "",
                ErrorCode::MissingField,
                format!("missing field \"kind\": every document declares its kind ({kinds})"),
                format!("mangler feltet «kind»: hvert dokument oppgir sin type ({kinds})"),
            ));
        }
        Some((node, ValueRef::String(k))) => match (DocumentKind::from_name(&k), expected) {
            (Some(kind), None) => kind,
            (Some(kind), Some(expected)) if kind == expected => kind,
            (Some(kind), Some(expected)) => {
                return Err(at(
                    node,
                    "/kind",
                    ErrorCode::WrongKind,
                    format!(
                        "expected a document of kind \"{}\", found \"{}\"",
                        expected.as_str(),
                        kind.as_str()
                    ),
                    format!(
                        "forventet et dokument av typen «{}», fant «{}»",
                        expected.as_str(),
                        kind.as_str()
                    ),
                ));
            }
            (None, _) => {
                let hint =
                    crate::suggest::closest(&k, DocumentKind::ALL.iter().map(|k| k.as_str()))
                        .map(|s| {
                            (
                                format!("; did you mean \"{s}\"?"),
                                format!("; mente du «{s}»?"),
                            )
                        })
                        .unwrap_or_default();
                return Err(at(
                    node,
                    "/kind",
                    ErrorCode::UnknownKind,
                    format!(
                        "unknown document kind \"{k}\": expected one of {kinds}{}",
                        hint.0
                    ),
                    format!(
                        "ukjent dokumenttype «{k}»: forventet en av {kinds}{}",
                        hint.1
                    ),
                ));
            }
        },
        Some((node, other)) => {
            return Err(at(
                node,
                "/kind",
                ErrorCode::InvalidType,
                format!(
                    "wrong type: expected a string naming the kind, found {}",
                    other.type_name()
                ),
                format!(
                    "feil type: forventet en tekst som oppgir typen, fant {}",
                    type_name_nb(&other)
                ),
            ));
        }
    };
    match root.get("schema_version").map(|n| (n, n.value())) {
        None => Err(at(
            root,
            "",
            ErrorCode::MissingField,
            format!(
                "missing field \"schema_version\" (this library writes \"{}\")",
                crate::model::SCHEMA_VERSION
            ),
            format!(
                "mangler feltet «schema_version» (dette biblioteket skriver «{}»)",
                crate::model::SCHEMA_VERSION
            ),
        )),
        Some((node, ValueRef::String(v))) => {
            let major = v.split_once('.').map_or(v.as_ref(), |(m, _)| m);
            let minor_ok = v
                .split_once('.')
                .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            match major.parse::<u64>() {
                Ok(m) if minor_ok && m == SUPPORTED_MAJOR => Ok(found),
                Ok(m) if minor_ok => Err(at(
                    node,
                    "/schema_version",
                    ErrorCode::UnsupportedVersion,
                    format!(
                        "schema_version \"{v}\" has major version {m}; this library reads major version {SUPPORTED_MAJOR} only"
                    ),
                    format!(
                        "schema_version «{v}» har hovedversjon {m}; dette biblioteket leser bare hovedversjon {SUPPORTED_MAJOR}"
                    ),
                )),
                _ => Err(at(
                    node,
                    "/schema_version",
                    ErrorCode::InvalidValue,
                    format!("schema_version \"{v}\" is not of the form MAJOR.MINOR, e.g. \"1.0\""),
                    format!("schema_version «{v}» er ikke på formen HOVED.UNDER, f.eks. «1.0»"),
                )),
            }
        }
        Some((node, other)) => Err(at(
            node,
            "/schema_version",
            ErrorCode::InvalidType,
            format!(
                "wrong type: expected a string such as \"1.0\", found {}",
                other.type_name()
            ),
            format!(
                "feil type: forventet en tekst som «1.0», fant {}",
                type_name_nb(&other)
            ),
        )),
    }
}

pub(super) fn type_name_nb(v: &ValueRef<'_>) -> &'static str {
    match v {
        ValueRef::Null => "null",
        ValueRef::Bool(_) => "sannhetsverdi",
        ValueRef::Number(_) => "tall",
        ValueRef::String(_) => "tekst",
        ValueRef::Array => "liste",
        ValueRef::Object => "objekt",
    }
}
