//! One description of a document — a title, headings, paragraphs, lists,
//! tables and charts, its values already in the reader's words and number
//! format — written once by the document builders and rendered everywhere:
//! terminal text and Markdown here, HTML and Word in `tromsvekst-report`.
//! Whatever a document says, it says the same in every format (as pandoc's
//! one AST for many writers).

use crate::lang::Lang;
use crate::model::Light;
use serde::Serialize;
use std::fmt::Write;

/// A chart: its accessible name (the alternative text) and its figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Chart {
    /// Horizontal bars of per-cent values: label, value (none drawn
    /// empty), the value as text.
    Bars {
        /// The accessible name.
        title: String,
        /// label, value, value as text.
        rows: Vec<(String, Option<f64>, String)>,
    },
    /// Yearly values as a line, the targets marked.
    Line {
        /// The accessible name.
        title: String,
        /// year, value.
        points: Vec<(i32, f64)>,
        /// The target of the period's end, dashed.
        target: Option<f64>,
    },
}

impl Chart {
    /// The chart's accessible name.
    pub fn title(&self) -> &str {
        match self {
            Chart::Bars { title, .. } | Chart::Line { title, .. } => title,
        }
    }
}

/// A piece of running text or of a cell. As JSON, `{"type": "figure",
/// "value": "48,8 %"}`; a light's value is `[light, word]`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Span {
    /// Plain text.
    Text(String),
    /// Emphasised text.
    Strong(String),
    /// Secondary text.
    Muted(String),
    /// Something late or short: bold and red, and said in words.
    Overdue(String),
    /// A figure, an amount or a date: never broken across lines.
    Figure(String),
    /// A part of a document not filled in yet.
    Missing(String),
    /// A traffic light: its colour and its name.
    Light(Light, String),
    /// A small chart inside a cell.
    Chart(Chart),
}

/// A cell or a paragraph: spans in a row.
pub type Spans = Vec<Span>;

/// A column of a table: its head and whether it holds figures (right-aligned).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    /// The head.
    pub head: String,
    /// Figures, aligned right.
    pub numeric: bool,
}

/// A block of the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Block {
    /// The document's one top heading.
    Title(String),
    /// A section (2) or sub-section (3) heading.
    Heading(u8, String),
    /// A paragraph.
    Para(Spans),
    /// A list of points.
    List(Vec<Spans>),
    /// A note that must be seen first (errors in the data, a draft).
    Alert(Spans),
    /// A chart on its own with its caption.
    Figure {
        /// The chart.
        chart: Chart,
        /// Its caption.
        caption: String,
    },
    /// A table: caption, columns, rows of cells.
    Table {
        /// The caption (said above the table).
        caption: String,
        /// The columns.
        head: Vec<Column>,
        /// The rows.
        rows: Vec<Vec<Spans>>,
    },
    /// The closing line.
    Note(String),
}

/// A whole document: its language, its title (the window or file title)
/// and its blocks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Doc {
    /// The language it is written in.
    pub lang: Lang,
    /// The window or file title.
    pub title: String,
    /// The blocks in order.
    pub blocks: Vec<Block>,
}

impl Doc {
    /// An empty document.
    pub fn new(lang: Lang, title: String) -> Self {
        Doc {
            lang,
            title,
            blocks: Vec::new(),
        }
    }

    /// Adds a block.
    pub fn push(&mut self, b: Block) {
        self.blocks.push(b);
    }

    /// Adds a heading.
    pub fn h(&mut self, level: u8, text: impl Into<String>) {
        self.push(Block::Heading(level, text.into()));
    }

    /// Adds a paragraph.
    pub fn p(&mut self, spans: Spans) {
        self.push(Block::Para(spans));
    }

    /// Adds a table; `head` gives each column's head and whether it holds figures.
    pub fn table(&mut self, caption: &str, head: &[(&str, bool)], rows: Vec<Vec<Spans>>) {
        self.push(Block::Table {
            caption: caption.to_string(),
            head: head
                .iter()
                .map(|(h, n)| Column {
                    head: h.to_string(),
                    numeric: *n,
                })
                .collect(),
            rows,
        });
    }

    /// The headings of level 2, in order.
    pub fn sections(&self) -> Vec<&str> {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading(2, t) => Some(t.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// Plain text as a span.
pub fn text(s: impl Into<String>) -> Span {
    Span::Text(s.into())
}

/// A cell of one plain text.
pub fn cell(s: impl Into<String>) -> Spans {
    vec![Span::Text(s.into())]
}

/// A cell of one figure, amount or date.
pub fn fig(s: impl Into<String>) -> Spans {
    vec![Span::Figure(s.into())]
}

/// The text of spans, without styling.
pub fn plain(spans: &[Span]) -> String {
    let mut out = String::new();
    for s in spans {
        match s {
            Span::Text(t)
            | Span::Strong(t)
            | Span::Muted(t)
            | Span::Overdue(t)
            | Span::Figure(t)
            | Span::Missing(t) => out.push_str(t),
            Span::Light(l, t) => {
                out.push_str(light_dot(*l));
                out.push(' ');
                out.push_str(t);
            }
            Span::Chart(c) => out.push_str(text_chart(c).trim_end()),
        }
    }
    out
}

fn light_dot(l: Light) -> &'static str {
    match l {
        Light::Green => "🟢",
        Light::Yellow => "🟡",
        Light::Red => "🔴",
    }
}

/// Escapes text for Markdown, a table cell included; line breaks become
/// spaces so that a cell stays one line.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '*' | '_' | '`' | '|' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Strong text in Markdown: the white space at either end stays outside
/// the `**`, where CommonMark needs it to be.
fn md_strong(out: &mut String, t: &str, mark: &str) {
    let inner = t.trim();
    if inner.is_empty() {
        out.push_str(t);
        return;
    }
    let lead = &t[..t.len() - t.trim_start().len()];
    let trail = &t[t.trim_end().len()..];
    let _ = write!(out, "{lead}**{mark}{}**{trail}", md(inner));
}

fn md_spans(spans: &[Span]) -> String {
    let mut out = String::new();
    for s in spans {
        match s {
            Span::Text(t) | Span::Muted(t) | Span::Figure(t) => out.push_str(&md(t)),
            Span::Strong(t) | Span::Overdue(t) => md_strong(&mut out, t, ""),
            Span::Missing(t) => md_strong(&mut out, t, "⚠ "),
            Span::Light(l, t) => {
                let _ = write!(out, "{} {}", light_dot(*l), md(t));
            }
            Span::Chart(c) => out.push_str(text_chart(c).trim_end()),
        }
    }
    out
}

/// A chart as text: bars of `█` on a track of `░` (20 characters for
/// 100 %), or a line of the eight block heights, one per year.
pub fn text_chart(c: &Chart) -> String {
    match c {
        Chart::Bars { rows, .. } => {
            let width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
            let mut out = String::new();
            for (label, value, text) in rows {
                let filled = value.map_or(0, |v| (v.clamp(0.0, 100.0) / 5.0).round() as usize);
                let pad = width - label.chars().count();
                let _ = writeln!(
                    out,
                    "{label}{} {}{} {text}",
                    " ".repeat(pad),
                    "█".repeat(filled),
                    "░".repeat(20 - filled)
                );
            }
            out
        }
        Chart::Line { points, .. } => {
            const STEPS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
            let (lo, hi) = points
                .iter()
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
                    (a.min(p.1), b.max(p.1))
                });
            let span = if hi > lo { hi - lo } else { 1.0 };
            points
                .iter()
                .map(|p| STEPS[(((p.1 - lo) / span) * 7.0).round().clamp(0.0, 7.0) as usize])
                .collect()
        }
    }
}

/// A cell cut to a width for terminal tables (the Markdown, HTML and Word
/// keep it whole).
fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(width - 1).collect();
        s.push('…');
        s
    }
}

/// The widest a terminal table's text cell is drawn.
const TEXT_CELL: usize = 60;

impl Doc {
    /// The document as JSON: what a web page renders with its own markup
    /// (the workbench's overview).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The document as Markdown (CommonMark with pipe tables): the charts
    /// as text — bars of block characters, a line of eighth-blocks — beside
    /// the same figures in the tables.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        for b in &self.blocks {
            match b {
                Block::Title(t) => {
                    let _ = writeln!(out, "# {}\n", md(t));
                }
                Block::Heading(level, t) => {
                    let _ = writeln!(out, "{} {}\n", "#".repeat(usize::from(*level)), md(t));
                }
                Block::Para(spans) => {
                    let _ = writeln!(out, "{}\n", md_spans(spans));
                }
                Block::List(items) => {
                    for i in items {
                        let _ = writeln!(out, "- {}", md_spans(i));
                    }
                    out.push('\n');
                }
                Block::Alert(spans) => {
                    let _ = writeln!(out, "> {}\n", md_spans(spans));
                }
                Block::Figure { chart, caption } => {
                    let _ = writeln!(out, "*{}*\n", md(caption));
                    let _ = writeln!(out, "```text\n{}```\n", text_chart(chart));
                }
                Block::Table {
                    caption,
                    head,
                    rows,
                } => {
                    let _ = writeln!(out, "*{}*\n", md(caption));
                    out.push('|');
                    for c in head {
                        let _ = write!(out, " {} |", md(&c.head));
                    }
                    out.push_str("\n|");
                    for c in head {
                        out.push_str(if c.numeric { " ---: |" } else { " --- |" });
                    }
                    out.push('\n');
                    for r in rows {
                        out.push('|');
                        for c in r {
                            let _ = write!(out, " {} |", md_spans(c));
                        }
                        out.push('\n');
                    }
                    out.push('\n');
                }
                Block::Note(t) => {
                    let _ = writeln!(out, "*{}*", md(t));
                }
            }
        }
        out
    }

    /// The document as terminal text: the title underlined with `=`,
    /// sections with `-`, tables in aligned columns (long texts cut with
    /// `…`), charts as text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for b in &self.blocks {
            match b {
                Block::Title(t) => {
                    let _ = writeln!(out, "{t}\n{}", "=".repeat(t.chars().count()));
                }
                Block::Heading(2, t) => {
                    let _ = writeln!(out, "\n{t}\n{}", "-".repeat(t.chars().count()));
                }
                Block::Heading(_, t) => {
                    let _ = writeln!(out, "\n{t}");
                }
                Block::Para(spans) | Block::Alert(spans) => {
                    let _ = writeln!(out, "{}", plain(spans));
                }
                Block::List(items) => {
                    for i in items {
                        let _ = writeln!(out, "  • {}", plain(i));
                    }
                }
                Block::Figure { chart, .. } => {
                    out.push_str(&text_chart(chart));
                }
                Block::Table {
                    caption,
                    head,
                    rows,
                } => {
                    let _ = writeln!(out, "{caption}:");
                    let cells: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| r.iter().map(|c| cut(&plain(c), TEXT_CELL)).collect())
                        .collect();
                    let mut widths: Vec<usize> =
                        head.iter().map(|c| c.head.chars().count()).collect();
                    for r in &cells {
                        for (i, c) in r.iter().enumerate() {
                            if let Some(w) = widths.get_mut(i) {
                                *w = (*w).max(c.chars().count());
                            }
                        }
                    }
                    let line = |out: &mut String, cells: Vec<&str>| {
                        let mut l = String::new();
                        for (i, c) in cells.iter().enumerate() {
                            let w = widths.get(i).copied().unwrap_or(0);
                            let pad = " ".repeat(w.saturating_sub(c.chars().count()));
                            if i > 0 {
                                l.push_str("  ");
                            }
                            if head.get(i).is_some_and(|h| h.numeric) {
                                l.push_str(&pad);
                                l.push_str(c);
                            } else {
                                l.push_str(c);
                                l.push_str(&pad);
                            }
                        }
                        let _ = writeln!(out, "{}", l.trim_end());
                    };
                    line(&mut out, head.iter().map(|c| c.head.as_str()).collect());
                    for r in &cells {
                        line(&mut out, r.iter().map(String::as_str).collect());
                    }
                }
                Block::Note(t) => {
                    let _ = writeln!(out, "\n{t}");
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_and_keeps_cells_on_one_line() {
        assert_eq!(md("a|b *c*\nd"), "a\\|b \\*c\\* d");
        let line = Chart::Line {
            title: "x".into(),
            points: vec![(2024, 1.0), (2025, 5.0), (2026, 9.0)],
            target: None,
        };
        assert_eq!(text_chart(&line), "▁▅█");
        let bars = Chart::Bars {
            title: "x".into(),
            rows: vec![
                ("1. Folk".into(), Some(50.0), "50 %".into()),
                ("a".into(), None, "–".into()),
            ],
        };
        assert_eq!(
            text_chart(&bars),
            "1. Folk ██████████░░░░░░░░░░ 50 %\na       ░░░░░░░░░░░░░░░░░░░░ –\n"
        );
    }

    #[test]
    fn text_tables_align_figures_right() {
        let mut d = Doc::new(Lang::Nb, "T".into());
        d.table(
            "C",
            &[("a", false), ("n", true)],
            vec![vec![cell("x"), fig("10")], vec![cell("yy"), fig("5")]],
        );
        assert_eq!(d.to_text(), "C:\na    n\nx   10\nyy   5\n");
    }
}
