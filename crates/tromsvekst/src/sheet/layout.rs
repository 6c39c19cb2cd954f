//! The spreadsheet layout of an action plan: five sheets, each with its
//! columns in Norwegian and English. The import format is the export format:
//! the sheets and columns are here; reading cells is in `cells.rs`, the
//! import in `import.rs`, the export in `export.rs`.

/// A column of a sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnSpec {
    /// Stable key.
    pub key: &'static str,
    /// Header in Norwegian.
    pub nb: &'static str,
    /// Header in English.
    pub en: &'static str,
    /// Must be present (and, for the row to mean anything, filled in).
    pub required: bool,
    /// What goes in it.
    pub help: &'static str,
}

/// A sheet of the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetSpec {
    /// Stable key.
    pub key: &'static str,
    /// Name in Norwegian.
    pub nb: &'static str,
    /// Name in English.
    pub en: &'static str,
    /// The file name of the sheet as CSV.
    pub csv: &'static str,
    /// What it holds.
    pub help: &'static str,
    /// Its columns (for the plan sheet: its fields, one per row).
    pub columns: &'static [ColumnSpec],
}

const fn col(
    key: &'static str,
    nb: &'static str,
    en: &'static str,
    required: bool,
    help: &'static str,
) -> ColumnSpec {
    ColumnSpec {
        key,
        nb,
        en,
        required,
        help,
    }
}

pub(super) const PLAN_FIELDS: &[ColumnSpec] = &[
    col("id", "id", "id", true, "the plan's id"),
    col(
        "agreement",
        "avtale",
        "agreement",
        true,
        "the agreement's id",
    ),
    col("title", "tittel", "title", true, "title (Norwegian)"),
    col(
        "title_en",
        "tittel_en",
        "title_en",
        false,
        "title (English)",
    ),
    col(
        "start_year",
        "fra_år",
        "start_year",
        true,
        "first year of the plan",
    ),
    col(
        "end_year",
        "til_år",
        "end_year",
        true,
        "last year of the plan",
    ),
    col(
        "adopted_date",
        "vedtatt_dato",
        "adopted_date",
        false,
        "when it was adopted: YYYY-MM-DD, YYYY-MM or YYYY",
    ),
    col("adopted_by", "vedtatt_av", "adopted_by", false, "by whom"),
    col(
        "adopted_reference",
        "vedtak_referanse",
        "adopted_reference",
        false,
        "case number",
    ),
    col(
        "illustrative",
        "illustrativ",
        "illustrative",
        false,
        "set when the plan is made up: what is made up (Norwegian)",
    ),
    col(
        "illustrative_en",
        "illustrativ_en",
        "illustrative_en",
        false,
        "the same in English",
    ),
];

pub(super) const MEASURE_COLUMNS: &[ColumnSpec] = &[
    col("id", "id", "id", true, "unique id of the measure"),
    col("title", "tittel", "title", true, "title (Norwegian)"),
    col(
        "title_en",
        "tittel_en",
        "title_en",
        false,
        "title (English)",
    ),
    col(
        "description",
        "beskrivelse",
        "description",
        false,
        "description (Norwegian)",
    ),
    col(
        "description_en",
        "beskrivelse_en",
        "description_en",
        false,
        "description (English)",
    ),
    col(
        "sub_goals",
        "delmål",
        "sub_goals",
        true,
        "sub-goals served, separated by ; (e.g. 1.1; 1.2)",
    ),
    col(
        "strategies",
        "strategier",
        "strategies",
        false,
        "strategies followed, separated by ; (e.g. 1.1.a)",
    ),
    col(
        "responsible",
        "ansvarlig",
        "responsible",
        true,
        "party responsible (its id)",
    ),
    col(
        "municipalities",
        "kommuner",
        "municipalities",
        false,
        "municipalities taking part (ids), separated by ;",
    ),
    col(
        "organisations",
        "organisasjoner",
        "organisations",
        false,
        "other organisations, separated by ;",
    ),
    col(
        "start",
        "start",
        "start",
        false,
        "start: YYYY-MM-DD, YYYY-MM or YYYY",
    ),
    col(
        "end",
        "slutt",
        "end",
        false,
        "end: YYYY-MM-DD, YYYY-MM or YYYY",
    ),
    col(
        "status",
        "status",
        "status",
        true,
        "planned, ongoing, completed, postponed or cancelled (or planlagt, pågår, fullført, utsatt, avlyst)",
    ),
    col(
        "progress",
        "fremdrift",
        "progress",
        false,
        "progress in per cent, 0–100",
    ),
    col(
        "completed_on",
        "fullført_dato",
        "completed_on",
        false,
        "day completed, YYYY-MM-DD",
    ),
    col(
        "weight",
        "vekt",
        "weight",
        false,
        "weight in the roll-up (default 1)",
    ),
    col(
        "depends_on",
        "avhenger_av",
        "depends_on",
        false,
        "ids of measures it depends on, separated by ;",
    ),
    col(
        "addresses",
        "følger_opp",
        "addresses",
        false,
        "ids of evaluation adjustments it carries out, separated by ;",
    ),
    col(
        "continues",
        "fortsetter",
        "continues",
        false,
        "id of the measure of an earlier plan that it continues",
    ),
    col(
        "unit",
        "enhet",
        "unit",
        false,
        "the unit of the responsible party that does the work",
    ),
    col("contact", "kontakt", "contact", false, "a contact person"),
    col(
        "lead_municipality",
        "vertskommune",
        "lead_municipality",
        false,
        "the municipality that leads the work, by id",
    ),
    col(
        "partners",
        "partnere",
        "partners",
        false,
        "organisations with their role, as name (role), separated by ;",
    ),
];

pub(super) const FUNDING_COLUMNS: &[ColumnSpec] = &[
    col("measure", "tiltak", "measure", true, "the measure's id"),
    col(
        "amount_nok",
        "beløp_nok",
        "amount_nok",
        true,
        "amount in NOK, at most two decimals",
    ),
    col(
        "source",
        "kilde",
        "source",
        true,
        "where the money would come from",
    ),
    col(
        "source_kind",
        "kildetype",
        "source_kind",
        false,
        "party, municipality, national, eu or other (or part, kommune, nasjonal, eu, annen)",
    ),
    col(
        "party",
        "part",
        "party",
        false,
        "the party it comes from, by id, when the source is a party",
    ),
    col("year", "år", "year", false, "the budget year"),
    col(
        "status",
        "status",
        "status",
        false,
        "planned, applied, granted, refused or paid (or planlagt, søkt, innvilget, avslått, utbetalt)",
    ),
    col(
        "status_date",
        "status_dato",
        "status_date",
        false,
        "the day it reached its status, YYYY-MM-DD",
    ),
    col(
        "applied_nok",
        "søkt_nok",
        "applied_nok",
        false,
        "amount applied for, at most two decimals",
    ),
    col(
        "granted_nok",
        "innvilget_nok",
        "granted_nok",
        false,
        "amount granted, at most two decimals",
    ),
    col(
        "paid_nok",
        "utbetalt_nok",
        "paid_nok",
        false,
        "amount paid out, at most two decimals",
    ),
    col(
        "committed_by_agreement",
        "bundet_av_avtalen",
        "committed_by_agreement",
        false,
        "ja/nei: claimed as committed by the agreement",
    ),
];

pub(super) const MILESTONE_COLUMNS: &[ColumnSpec] = &[
    col("id", "id", "id", true, "unique id of the milestone"),
    col("title", "tittel", "title", true, "title (Norwegian)"),
    col(
        "title_en",
        "tittel_en",
        "title_en",
        false,
        "title (English)",
    ),
    col("due", "frist", "due", true, "due day, YYYY-MM-DD"),
    col(
        "measures",
        "tiltak",
        "measures",
        false,
        "ids of the measures it marks, separated by ;",
    ),
    col(
        "status",
        "status",
        "status",
        true,
        "pending, completed or cancelled (or venter, fullført, avlyst)",
    ),
    col(
        "completed_on",
        "fullført_dato",
        "completed_on",
        false,
        "day reached, YYYY-MM-DD",
    ),
    col(
        "addresses",
        "følger_opp",
        "addresses",
        false,
        "ids of evaluation adjustments it carries out, separated by ;",
    ),
];

pub(super) const UPDATE_COLUMNS: &[ColumnSpec] = &[
    col("date", "dato", "date", true, "the day, YYYY-MM-DD"),
    col("measure", "tiltak", "measure", true, "the measure's id"),
    col(
        "status",
        "status",
        "status",
        true,
        "the measure's status from that day",
    ),
    col(
        "progress",
        "fremdrift",
        "progress",
        false,
        "progress in per cent from that day",
    ),
    col(
        "note",
        "merknad",
        "note",
        false,
        "what happened (Norwegian)",
    ),
    col(
        "note_en",
        "merknad_en",
        "note_en",
        false,
        "the same in English",
    ),
];

/// The layout: the sheets of an action plan workbook, in order.
pub static LAYOUT: &[SheetSpec] = &[
    SheetSpec {
        key: "plan",
        nb: "Plan",
        en: "Plan",
        csv: "plan.csv",
        help: "the plan itself: one field per row, columns felt/field and verdi/value",
        columns: PLAN_FIELDS,
    },
    SheetSpec {
        key: "measures",
        nb: "Tiltak",
        en: "Measures",
        csv: "tiltak.csv",
        help: "one measure per row",
        columns: MEASURE_COLUMNS,
    },
    SheetSpec {
        key: "funding",
        nb: "Finansiering",
        en: "Funding",
        csv: "finansiering.csv",
        help: "indicative funding, one row per amount",
        columns: FUNDING_COLUMNS,
    },
    SheetSpec {
        key: "milestones",
        nb: "Milepæler",
        en: "Milestones",
        csv: "milepaeler.csv",
        help: "one milestone per row",
        columns: MILESTONE_COLUMNS,
    },
    SheetSpec {
        key: "updates",
        nb: "Oppfølging",
        en: "Updates",
        csv: "oppfolging.csv",
        help: "the follow-up log: one dated status update per row",
        columns: UPDATE_COLUMNS,
    },
];

pub(super) const PLAN_HEADER: [(&str, &str); 2] = [("felt", "field"), ("verdi", "value")];

/// Lower case, ASCII letters for æ, ø, å, spaces and dashes as underscores.
pub(super) fn norm(s: &str) -> String {
    s.trim()
        .trim_end_matches('*')
        .trim()
        .to_lowercase()
        .replace('æ', "ae")
        .replace('ø', "o")
        .replace('å', "a")
        .replace([' ', '-'], "_")
}

pub(super) fn sheet_spec(name: &str) -> Option<&'static SheetSpec> {
    let n = norm(name);
    LAYOUT.iter().find(|s| {
        [s.nb, s.en, s.csv.trim_end_matches(".csv")]
            .iter()
            .any(|x| {
                let x = norm(x);
                n == x || n.ends_with(&format!("_{x}")) || n.ends_with(&format!(".{x}"))
            })
    })
}

/// The layout as Markdown (what `docs/SPREADSHEET.md` holds).
pub fn layout_markdown() -> String {
    let mut out = String::from(
        "# Spreadsheet layout of an action plan\n\n\
         Generated from the code (`tromsvekst::sheet::layout_markdown`); a test fails when this file is stale.\n\n\
         An action plan is a workbook (`.xlsx`) with the sheets below, or a set of CSV files, one per sheet,\n\
         named as in the CSV column (a prefix is allowed: `plan-2025-tiltak.csv`). The import format is the\n\
         export format: `tromsvekst export` writes it, `tromsvekst import` reads it, and a round trip loses nothing.\n\n\
         - Headers and sheet names may be Norwegian or English; case, spaces and æ/ø/å do not matter.\n\
         - An unknown header or sheet is one error naming it, with the closest known name suggested.\n\
         - Lists go in one cell, separated by `;`. Dates are `YYYY-MM-DD` (or `DD.MM.YYYY`, or a date cell);\n\
           start and end may be month or year (`2026-03`, `2026`). Amounts are kroner with at most two decimals.\n\
         - Empty rows are skipped. Merged cells and formulas without a saved value are errors naming the cell.\n\
         - Without a Plan sheet, the measures fill in a plan given as JSON (`tromsvekst import --plan plan.json`).\n\n\
         Templates: `examples/spreadsheet/`.\n",
    );
    for s in LAYOUT {
        out.push_str(&format!("\n## {} / {} (`{}`)\n\n{}.\n\n| norsk | English | required | what |\n|---|---|---|---|\n", s.nb, s.en, s.csv, s.help));
        for c in s.columns {
            out.push_str(&format!(
                "| `{}` | `{}` | {} | {} |\n",
                c.nb,
                c.en,
                if c.required { "yes" } else { "" },
                c.help
            ));
        }
    }
    out
}
