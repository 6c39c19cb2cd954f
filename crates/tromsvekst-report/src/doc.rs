//! A report as a short list of blocks — headings, paragraphs, tables,
//! charts — written once by the status and evaluation builders and rendered
//! three ways: HTML, Markdown and Word. Whatever a report says, it says the
//! same in every format.

use crate::svg::{bars, esc, sparkline};
use std::fmt::Write;
use tromsvekst::Lang;
use tromsvekst::model::Light;

/// A chart: its accessible name (the alternative text) and its figures.
#[derive(Debug, Clone)]
pub(crate) enum Chart {
    /// Horizontal bars of per-cent values: label, value (none drawn empty),
    /// the value as text.
    Bars {
        title: String,
        rows: Vec<(String, Option<f64>, String)>,
    },
    /// Yearly values as a small line, the target dashed.
    Line {
        title: String,
        points: Vec<(i32, f64)>,
        target: Option<f64>,
    },
}

impl Chart {
    /// The chart's accessible name.
    pub(crate) fn title(&self) -> &str {
        match self {
            Chart::Bars { title, .. } | Chart::Line { title, .. } => title,
        }
    }

    /// The chart as SVG.
    pub(crate) fn svg(&self) -> String {
        match self {
            Chart::Bars { title, rows } => bars(title, rows),
            Chart::Line {
                title,
                points,
                target,
            } => sparkline(title, points, *target),
        }
    }
}

/// A piece of running text.
#[derive(Debug, Clone)]
pub(crate) enum Span {
    Text(String),
    Strong(String),
    /// Secondary text (an id after a title).
    Muted(String),
    /// Something late or short: bold and red, and said in words.
    Overdue(String),
    /// A date or figure not to be broken across lines.
    NoWrap(String),
    /// A part of an evaluation not filled in yet.
    Missing(String),
    /// A traffic light: colour and its name.
    Light(Light, String),
    Chart(Chart),
}

/// A cell or a paragraph: spans in a row.
pub(crate) type Spans = Vec<Span>;

/// A block of the report.
#[derive(Debug, Clone)]
pub(crate) enum Block {
    /// The report's one top heading.
    Title(String),
    /// A section (2) or sub-section (3) heading.
    Heading(u8, String),
    Para(Spans),
    /// A note that must be seen first (errors in the data, a draft).
    Alert(Spans),
    /// A chart on its own with its caption.
    Figure {
        chart: Chart,
        caption: String,
    },
    /// A table: caption, column heads (numeric or not), rows of cells.
    Table {
        caption: String,
        head: Vec<(String, bool)>,
        rows: Vec<Vec<Spans>>,
    },
    /// The closing line.
    Note(String),
}

/// A whole report: its language, its title (the window or file title) and
/// its blocks.
#[derive(Debug, Clone)]
pub(crate) struct Doc {
    pub(crate) lang: Lang,
    pub(crate) title: String,
    pub(crate) blocks: Vec<Block>,
}

/// Builds a [`Doc`] block by block.
impl Doc {
    pub(crate) fn new(lang: Lang, title: String) -> Self {
        Doc {
            lang,
            title,
            blocks: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, b: Block) {
        self.blocks.push(b);
    }

    pub(crate) fn h(&mut self, level: u8, text: impl Into<String>) {
        self.push(Block::Heading(level, text.into()));
    }

    pub(crate) fn p(&mut self, spans: Spans) {
        self.push(Block::Para(spans));
    }

    pub(crate) fn table(&mut self, caption: &str, head: &[(&str, bool)], rows: Vec<Vec<Spans>>) {
        self.push(Block::Table {
            caption: caption.to_string(),
            head: head.iter().map(|(h, n)| (h.to_string(), *n)).collect(),
            rows,
        });
    }
}

/// Plain text as a span (shorthand for the builders).
pub(crate) fn text(s: impl Into<String>) -> Span {
    Span::Text(s.into())
}

/// A cell of one plain text.
pub(crate) fn cell(s: impl Into<String>) -> Spans {
    vec![Span::Text(s.into())]
}

const STYLE: &str = "\
body{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;color:#1a1a1a;background:#fff;margin:0;font-size:11pt;line-height:1.4}\
main{max-width:180mm;margin:0 auto;padding:12mm 4mm}svg{max-width:100%;height:auto}\
h1{font-size:18pt;margin:0 0 2mm}h2{font-size:14pt;margin:8mm 0 2mm;break-after:avoid}\
table{border-collapse:collapse;width:100%;margin:2mm 0}th,td{text-align:left;padding:1mm 2mm;border-bottom:1px solid #c4c8cc;vertical-align:top;overflow-wrap:anywhere}\
th{background:#eef1f4}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\
thead{display:table-header-group}tr,figure{break-inside:avoid}figure{margin:2mm 0}\
.alert{border:2px solid #a4262c;padding:2mm 3mm;background:#fdf0f0}\
.light{display:inline-block;padding:0 2mm;border-radius:2mm}\
.green{background:#d7f0dd}.yellow{background:#fff1b8}.red{background:#f8d4d4}\
.overdue{color:#a4262c;font-weight:bold}.muted{color:#4a4a4a}.nw{white-space:nowrap}.incomplete{background:#fff1b8;border:1px dashed #7a5c00;padding:0 2mm;font-style:italic}\
@page{size:A4;margin:16mm 15mm}@media print{main{padding:0}}";

/// The styles of a report shown inside another page (a notebook's output):
/// every rule scoped to the report's own element, nothing for the page.
const FRAGMENT_STYLE: &str = "\
.tromsvekst-report{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;color:#1a1a1a;background:#fff;line-height:1.4;max-width:180mm;padding:2mm}\
.tromsvekst-report svg{max-width:100%;height:auto}\
.tromsvekst-report table{border-collapse:collapse;width:100%;margin:2mm 0}.tromsvekst-report th,.tromsvekst-report td{text-align:left;padding:1mm 2mm;border-bottom:1px solid #c4c8cc;vertical-align:top;overflow-wrap:anywhere;color:#1a1a1a;background:#fff}\
.tromsvekst-report th{background:#eef1f4}.tromsvekst-report td.n,.tromsvekst-report th.n{text-align:right;font-variant-numeric:tabular-nums}\
.tromsvekst-report caption{text-align:left}\
.tromsvekst-report .alert{border:2px solid #a4262c;padding:2mm 3mm;background:#fdf0f0}\
.tromsvekst-report .light{display:inline-block;padding:0 2mm;border-radius:2mm}\
.tromsvekst-report .green{background:#d7f0dd}.tromsvekst-report .yellow{background:#fff1b8}.tromsvekst-report .red{background:#f8d4d4}\
.tromsvekst-report .overdue{color:#a4262c;font-weight:bold}.tromsvekst-report .muted{color:#4a4a4a}.tromsvekst-report .nw{white-space:nowrap}.tromsvekst-report .incomplete{background:#fff1b8;border:1px dashed #7a5c00;padding:0 2mm;font-style:italic}";

fn light_class(l: Light) -> &'static str {
    match l {
        Light::Green => "green",
        Light::Yellow => "yellow",
        Light::Red => "red",
    }
}

fn html_spans(out: &mut String, spans: &[Span]) {
    for s in spans {
        let _ = match s {
            Span::Text(t) => write!(out, "{}", esc(t)),
            Span::Strong(t) => write!(out, "<strong>{}</strong>", esc(t)),
            Span::Muted(t) => write!(out, "<span class=\"muted\">{}</span>", esc(t)),
            Span::Overdue(t) => write!(out, "<span class=\"overdue\">{}</span>", esc(t)),
            Span::NoWrap(t) => write!(out, "<span class=\"nw\">{}</span>", esc(t)),
            Span::Missing(t) => write!(out, "<span class=\"incomplete\">{}</span>", esc(t)),
            Span::Light(l, t) => write!(
                out,
                "<span class=\"light {}\">{}</span>",
                light_class(*l),
                esc(t)
            ),
            Span::Chart(c) => write!(out, "{}", c.svg()),
        };
    }
}

impl Doc {
    /// The report as one self-contained HTML page: inline styles and charts,
    /// no network, an A4 print stylesheet.
    pub(crate) fn to_html(&self) -> String {
        let mut out = String::new();
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body><main>",
            self.lang.pick("nb", "en"),
            esc(&self.title)
        );
        self.html_blocks(&mut out);
        out.push_str("</main></body></html>\n");
        out
    }

    /// The report as one element to put inside another page — a notebook's
    /// output, a web page: its language, its styles scoped to it, no page
    /// head and nothing that styles the page around it.
    pub(crate) fn to_html_fragment(&self) -> String {
        let mut out = format!(
            "<div class=\"tromsvekst-report\" lang=\"{}\"><style>{FRAGMENT_STYLE}</style>",
            self.lang.pick("nb", "en")
        );
        self.html_blocks(&mut out);
        out.push_str("</div>\n");
        out
    }

    fn html_blocks(&self, out: &mut String) {
        for b in &self.blocks {
            match b {
                Block::Title(t) => {
                    let _ = write!(out, "<h1>{}</h1>", esc(t));
                }
                Block::Heading(level, t) => {
                    let _ = write!(out, "<h{level}>{}</h{level}>", esc(t));
                }
                Block::Para(spans) => {
                    out.push_str("<p>");
                    html_spans(out, spans);
                    out.push_str("</p>");
                }
                Block::Alert(spans) => {
                    out.push_str("<p class=\"alert\" role=\"note\">");
                    html_spans(out, spans);
                    out.push_str("</p>");
                }
                Block::Figure { chart, caption } => {
                    let _ = write!(
                        out,
                        "<figure>{}<figcaption class=\"muted\">{}</figcaption></figure>",
                        chart.svg(),
                        esc(caption)
                    );
                }
                Block::Table {
                    caption,
                    head,
                    rows,
                } => {
                    let _ = write!(
                        out,
                        "<table><caption class=\"muted\">{}</caption><thead><tr>",
                        esc(caption)
                    );
                    for (h, numeric) in head {
                        let _ = write!(
                            out,
                            "<th scope=\"col\"{}>{}</th>",
                            if *numeric { " class=\"n\"" } else { "" },
                            esc(h)
                        );
                    }
                    out.push_str("</tr></thead><tbody>");
                    for r in rows {
                        out.push_str("<tr>");
                        for (i, c) in r.iter().enumerate() {
                            let numeric = head.get(i).is_some_and(|h| h.1);
                            out.push_str(if numeric { "<td class=\"n\">" } else { "<td>" });
                            html_spans(out, c);
                            out.push_str("</td>");
                        }
                        out.push_str("</tr>");
                    }
                    out.push_str("</tbody></table>");
                }
                Block::Note(t) => {
                    let _ = write!(out, "<p class=\"muted\">{}</p>", esc(t));
                }
            }
        }
    }

    /// The report as Markdown (CommonMark with pipe tables): the charts as
    /// text — bars of block characters, a line of eighth-blocks — beside the
    /// same figures in the tables.
    pub(crate) fn to_markdown(&self) -> String {
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
                    for (h, _) in head {
                        let _ = write!(out, " {} |", md(h));
                    }
                    out.push_str("\n|");
                    for (_, numeric) in head {
                        out.push_str(if *numeric { " ---: |" } else { " --- |" });
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

fn md_spans(spans: &[Span]) -> String {
    let mut out = String::new();
    for s in spans {
        match s {
            Span::Text(t) | Span::Muted(t) | Span::NoWrap(t) => out.push_str(&md(t)),
            Span::Strong(t) | Span::Overdue(t) => {
                let _ = write!(out, "**{}**", md(t));
            }
            Span::Missing(t) => {
                let _ = write!(out, "**⚠ {}**", md(t));
            }
            Span::Light(l, t) => {
                let dot = match l {
                    Light::Green => "🟢",
                    Light::Yellow => "🟡",
                    Light::Red => "🔴",
                };
                let _ = write!(out, "{dot} {}", md(t));
            }
            Span::Chart(c) => out.push_str(text_chart(c).trim_end()),
        }
    }
    out
}

/// A chart as text: bars of `█` on a track of `░` (20 characters for 100 %),
/// or a line of the eight block heights, one per year.
fn text_chart(c: &Chart) -> String {
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
        let flat = Chart::Line {
            title: "x".into(),
            points: vec![(2024, 3.0)],
            target: None,
        };
        assert_eq!(text_chart(&flat), "▁");
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
}
