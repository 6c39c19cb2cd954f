//! The HTML renderings of a document's one description (the core's
//! [`tromsvekst::present::Doc`]): a self-contained page with a print
//! stylesheet, and a fragment to put inside another page.

use crate::svg::{bars, esc, sparkline};
use std::fmt::Write;
use tromsvekst::model::Light;
use tromsvekst::present::{Block, Chart, Doc, Span};

/// The chart as SVG.
pub(crate) fn svg(c: &Chart) -> String {
    match c {
        Chart::Bars { title, rows } => bars(title, rows),
        Chart::Line {
            title,
            points,
            target,
        } => sparkline(title, points, *target),
    }
}

pub(crate) const STYLE: &str = "\
body{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;color:#1a1a1a;background:#fff;margin:0;font-size:11pt;line-height:1.4;hyphens:auto;-webkit-hyphens:auto;overflow-wrap:normal;word-break:normal}\
main{max-width:180mm;margin:0 auto;padding:12mm 4mm}svg{max-width:100%;height:auto}\
h1{font-size:18pt;margin:0 0 2mm}h2{font-size:14pt;margin:8mm 0 2mm;break-after:avoid}\
table{border-collapse:collapse;width:100%;margin:2mm 0}th,td{text-align:left;padding:1mm 2mm;border-bottom:1px solid #c4c8cc;vertical-align:top}\
th{background:#eef1f4}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\
thead{display:table-header-group}tr,figure{break-inside:avoid}figure{margin:2mm 0}\
.alert{border:2px solid #a4262c;padding:2mm 3mm;background:#fdf0f0}\
.light{display:inline-block;padding:0 2mm;border-radius:2mm}\
.green{background:#d7f0dd}.yellow{background:#fff1b8}.red{background:#f8d4d4}\
.overdue{color:#a4262c;font-weight:bold}.muted{color:#4a4a4a}.nw{white-space:nowrap}.incomplete{background:#fff1b8;border:1px dashed #7a5c00;padding:0 2mm;font-style:italic}\
.scroll{overflow-x:auto;max-width:100%}.scroll:focus{outline:3px solid #1a56a8;outline-offset:2px}caption{text-align:left}table.wide{font-size:9pt}table.wide th,table.wide td{padding:1mm 1.2mm}\
@page{size:A4;margin:16mm 15mm 18mm;@bottom-right{content:counter(page) \" / \" counter(pages);font-family:'DejaVu Sans',Arial,sans-serif;font-size:9pt;color:#4a4a4a}}@media print{main{padding:0}.scroll{overflow:visible}table.wide{font-size:7.5pt}}";

/// The styles of a report shown inside another page (a notebook's output):
/// every rule scoped to the report's own element, nothing for the page.
const FRAGMENT_STYLE: &str = "\
.tromsvekst-report{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;color:#1a1a1a;background:#fff;line-height:1.4;max-width:180mm;padding:2mm;hyphens:auto;-webkit-hyphens:auto;overflow-wrap:normal;word-break:normal}\
.tromsvekst-report .scroll{overflow-x:auto;max-width:100%}.tromsvekst-report table.wide{font-size:0.85em}.tromsvekst-report .scroll:focus{outline:3px solid #1a56a8;outline-offset:2px}\
.tromsvekst-report svg{max-width:100%;height:auto}\
.tromsvekst-report table{border-collapse:collapse;width:100%;margin:2mm 0}.tromsvekst-report th,.tromsvekst-report td{text-align:left;padding:1mm 2mm;border-bottom:1px solid #c4c8cc;vertical-align:top;color:#1a1a1a;background:#fff}\
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
            Span::Figure(t) => write!(out, "<span class=\"nw\">{}</span>", esc(t)),
            Span::Missing(t) => write!(out, "<span class=\"incomplete\">{}</span>", esc(t)),
            Span::Light(l, t) => write!(
                out,
                "<span class=\"light {}\">{}</span>",
                light_class(*l),
                esc(t)
            ),
            Span::Chart(c) => write!(out, "{}", svg(c)),
        };
    }
}

/// The report as one self-contained HTML page: inline styles and charts,
/// no network, an A4 print stylesheet.
pub(crate) fn to_html(doc: &Doc) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body><main>",
        doc.lang.pick("nb", "en"),
        esc(&doc.title)
    );
    html_blocks(doc, &mut out);
    out.push_str("</main></body></html>\n");
    out
}

/// The report as one element to put inside another page — a notebook's
/// output, a web page: its language, its styles scoped to it, no page
/// head and nothing that styles the page around it.
pub(crate) fn to_html_fragment(doc: &Doc) -> String {
    let mut out = format!(
        "<div class=\"tromsvekst-report\" lang=\"{}\"><style>{FRAGMENT_STYLE}</style>",
        doc.lang.pick("nb", "en")
    );
    html_blocks(doc, &mut out);
    out.push_str("</div>\n");
    out
}

pub(crate) fn html_blocks(doc: &Doc, out: &mut String) {
    for b in &doc.blocks {
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
            Block::List(items) => {
                out.push_str("<ul>");
                for i in items {
                    out.push_str("<li>");
                    html_spans(out, i);
                    out.push_str("</li>");
                }
                out.push_str("</ul>");
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
                    svg(chart),
                    esc(caption)
                );
            }
            Block::Table {
                caption,
                head,
                rows,
            } => {
                // A table wider than the screen scrolls inside its own
                // box (reachable by keyboard), so no word is broken.
                let _ = write!(
                    out,
                    "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}\"><table{}><caption class=\"muted\">{}</caption><thead><tr>",
                    esc(caption),
                    // Six columns or more: smaller text, so that the table
                    // fits the page without breaking a word.
                    if head.len() >= 6 {
                        " class=\"wide\""
                    } else {
                        ""
                    },
                    esc(caption)
                );
                for c in head {
                    let _ = write!(
                        out,
                        "<th scope=\"col\"{}>{}</th>",
                        if c.numeric { " class=\"n\"" } else { "" },
                        esc(&c.head)
                    );
                }
                out.push_str("</tr></thead><tbody>");
                for r in rows {
                    out.push_str("<tr>");
                    for (i, c) in r.iter().enumerate() {
                        let numeric = head.get(i).is_some_and(|h| h.numeric);
                        out.push_str(if numeric { "<td class=\"n\">" } else { "<td>" });
                        html_spans(out, c);
                        out.push_str("</td>");
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</tbody></table></div>");
            }
            Block::Note(t) => {
                let _ = write!(out, "<p class=\"muted\">{}</p>", esc(t));
            }
        }
    }
}
