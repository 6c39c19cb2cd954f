//! The report as a Word document (Office Open XML, ECMA-376).
//!
//! Written here rather than with docx-rs: that crate (0.4.22) cannot mark a
//! table row as a header row that repeats across pages (`w:tblHeader`), set
//! the document's language (`w:lang`), or give a picture its alternative text
//! (`wp:docPr/@descr`) — three things the universal-design rules and the
//! issue ask for. The part of WordprocessingML a report needs is small:
//! styled headings (Word's navigation pane shows them), paragraphs with
//! runs, tables, inline pictures and a footer with the page number. The
//! package is a zip file with fixed timestamps, so the same report gives the
//! same bytes.

use crate::raster::png;
use std::fmt::Write as _;
use std::io::Write as _;
use tromsvekst::model::Light;
use tromsvekst::present::{Block, Chart, Column, Doc, Span};
use tromsvekst::{Error, ErrorCode};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

fn package_error(e: String) -> Error {
    Error::new(
        ErrorCode::Internal,
        format!("Word-dokumentet kunne ikke skrives: {e}"),
        format!("the Word document could not be written: {e}"),
    )
}

/// EMU (English metric units) per centimetre.
const EMU_CM: f64 = 360_000.0;
/// The text width of an A4 page with 2 cm margins: 17 cm.
const TEXT_WIDTH_CM: f64 = 17.0;
/// A small line chart in a table cell: 3.2 cm wide.
const LINE_WIDTH_CM: f64 = 3.2;

use crate::svg::esc as x;

/// The pictures of the document, in order: `media/chartN.png`.
struct Media {
    pictures: Vec<Vec<u8>>,
}

impl Media {
    /// An inline picture of the chart, `width_cm` wide, with its
    /// alternative text.
    fn inline(&mut self, chart: &Chart, width_cm: f64) -> Result<String, Error> {
        let (bytes, w, h) = png(&crate::doc::svg(chart))?;
        self.pictures.push(bytes);
        let n = self.pictures.len();
        let cx = (width_cm * EMU_CM).round() as i64;
        let cy = (width_cm * EMU_CM * f64::from(h) / f64::from(w)).round() as i64;
        let alt = x(chart.title());
        Ok(format!(
            "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:docPr id=\"{n}\" name=\"Diagram {n}\" descr=\"{alt}\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"{n}\" name=\"chart{n}.png\" descr=\"{alt}\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdImg{n}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        ))
    }
}

/// A run of text with its properties; line breaks in the text become
/// `w:br`.
fn run(out: &mut String, props: &str, text: &str) {
    for (i, line) in text.split('\n').enumerate() {
        out.push_str("<w:r>");
        if !props.is_empty() {
            let _ = write!(out, "<w:rPr>{props}</w:rPr>");
        }
        if i > 0 {
            out.push_str("<w:br/>");
        }
        let _ = write!(out, "<w:t xml:space=\"preserve\">{}</w:t></w:r>", x(line));
    }
}

fn light_fill(l: Light) -> &'static str {
    match l {
        Light::Green => "D7F0DD",
        Light::Yellow => "FFF1B8",
        Light::Red => "F8D4D4",
    }
}

fn spans(out: &mut String, media: &mut Media, spans: &[Span]) -> Result<(), Error> {
    for s in spans {
        match s {
            Span::Text(t) => run(out, "", t),
            Span::Strong(t) => run(out, "<w:b/>", t),
            Span::Muted(t) => run(out, "<w:color w:val=\"4A4A4A\"/>", t),
            Span::Overdue(t) => run(out, "<w:b/><w:color w:val=\"A4262C\"/>", t),
            // A figure, an amount or a date never breaks: its spaces are
            // no-break spaces already, its hyphens become no-break hyphens.
            Span::Figure(t) => run(out, "", &t.replace('-', "\u{2011}")),
            Span::Missing(t) => run(
                out,
                "<w:i/><w:color w:val=\"7A5C00\"/><w:bdr w:val=\"dashed\" w:sz=\"4\" w:space=\"0\" w:color=\"7A5C00\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF1B8\"/>",
                t,
            ),
            Span::Light(l, t) => run(
                out,
                &format!(
                    "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>",
                    light_fill(*l)
                ),
                &format!("\u{a0}{t}\u{a0}"),
            ),
            Span::Chart(c) => out.push_str(&media.inline(c, LINE_WIDTH_CM)?),
        }
    }
    Ok(())
}

fn para(out: &mut String, style: &str, ppr: &str) {
    out.push_str("<w:p>");
    if !style.is_empty() || !ppr.is_empty() {
        out.push_str("<w:pPr>");
        if !style.is_empty() {
            let _ = write!(out, "<w:pStyle w:val=\"{style}\"/>");
        }
        out.push_str(ppr);
        out.push_str("</w:pPr>");
    }
}

/// What a text needs and would like, in characters: its longest word
/// (never broken: a figure's no-break spaces and hyphens join it into one),
/// and all of it up to 36 (longer text wraps).
fn text_width(t: &str) -> (usize, usize) {
    let longest = t
        .split([' ', '\t', '\n'])
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    (
        longest.max(2),
        t.chars().count().min(36).max(longest).max(2),
    )
}

/// What a cell's text needs and would like, in characters, and its
/// picture's width (a small chart counts as 18, a light its name and two).
fn cell_width(spans: &[Span]) -> (usize, usize, usize) {
    let mut text = String::new();
    let mut picture = 0;
    let mut bold = false;
    for s in spans {
        bold |= matches!(s, Span::Strong(_) | Span::Overdue(_));
        match s {
            Span::Text(t)
            | Span::Strong(t)
            | Span::Muted(t)
            | Span::Overdue(t)
            | Span::Figure(t)
            | Span::Missing(t) => text.push_str(t),
            // The light's name with a space either side.
            Span::Light(_, t) => {
                text.push_str(t);
                picture = picture.max(t.chars().count() + 2);
            }
            Span::Chart(_) => picture = 18,
        }
    }
    let (need, like) = text_width(&text);
    // Bold text is about a tenth wider.
    if bold {
        (need + need.div_ceil(10), like + like.div_ceil(10), picture)
    } else {
        (need, like, picture)
    }
}

/// The sizes a table's text may take, in half-points, largest first, with
/// the paragraph style of each: a table too wide for its words at 10 pt is
/// set smaller rather than have LibreOffice or Word break a word.
const TABLE_SIZES: [(usize, &str); 4] = [
    (20, "TableText"),
    (18, "TableText9"),
    (16, "TableText8"),
    (14, "TableText7"),
];

/// The columns' widths in twentieths of a point, summing to the text width
/// (17 cm), and the paragraph style of the table's text: every column gets
/// what its longest word needs (a figure all of it), at the largest size
/// where all columns fit; the room left goes to the columns whose text would
/// like more, in proportion.
fn column_widths(head: &[Column], rows: &[Vec<Vec<Span>>]) -> (Vec<usize>, &'static str) {
    const TEXT_WIDTH: usize = 9638;
    // Characters of a column's words (the bold head a tenth wider) and its
    // pictures (which keep their size whatever the text's).
    let (chars, pictures): (Vec<(usize, usize)>, Vec<usize>) = (0..head.len())
        .map(|i| {
            let (hn, hl) = text_width(&head[i].head);
            let head_width = (hn + hn.div_ceil(10), hl + hl.div_ceil(10));
            let (n, l, p) = rows
                .iter()
                .filter_map(|r| r.get(i))
                .map(|c| cell_width(c))
                .fold(
                    (head_width.0, head_width.1, 0),
                    |(n, l, p), (cn, cl, cp)| (n.max(cn), l.max(cl), p.max(cp)),
                );
            // Short texts are not wrapped at all.
            (if l <= 16 { (l, l) } else { (n, l) }, p)
        })
        .unzip();
    // About one character of text at `size` half-points, and the cell's padding.
    let twips = |chars: usize, size: usize| chars * 130 * size / 20 + 230;
    let widths = |size: usize| -> (Vec<usize>, Vec<usize>) {
        chars
            .iter()
            .zip(&pictures)
            .map(|(&(n, l), &p)| {
                let picture = match p {
                    0 => 0,
                    // A chart in a cell is drawn LINE_WIDTH_CM wide.
                    18 => (LINE_WIDTH_CM * 567.0) as usize + 230,
                    p => twips(p, size),
                };
                (twips(n, size).max(picture), twips(l, size).max(picture))
            })
            .unzip()
    };
    let (mut need, mut like) = widths(20);
    let mut style = TABLE_SIZES[0].1;
    for (size, name) in TABLE_SIZES {
        let (n, l) = widths(size);
        (need, like, style) = (n, l, name);
        // A tenth to spare: the widths of the letters are estimated.
        if need.iter().sum::<usize>() * 10 <= TEXT_WIDTH * 9 {
            break;
        }
    }
    let need_all: usize = need.iter().sum();
    let like_all: usize = like.iter().sum();
    if like_all <= TEXT_WIDTH || need_all >= TEXT_WIDTH {
        let base = if like_all <= TEXT_WIDTH { &like } else { &need };
        let sum = base.iter().sum::<usize>().max(1);
        return (base.iter().map(|w| TEXT_WIDTH * w / sum).collect(), style);
    }
    let extra = (like_all - need_all).max(1);
    (
        need.iter()
            .zip(&like)
            .map(|(n, l)| n + (TEXT_WIDTH - need_all) * (l - n) / extra)
            .collect(),
        style,
    )
}

fn body(doc: &Doc, media: &mut Media) -> Result<String, Error> {
    let mut out = String::new();
    // Word puts no space between a table and the paragraph after it (a
    // heading brings its own): that paragraph asks for it, as the HTML's
    // margins give it.
    let mut after_table = false;
    for (k, b) in doc.blocks.iter().enumerate() {
        // The closing line is not left alone on a page of its own: what
        // stands before it keeps with it (a table, by its last row).
        let keep = if matches!(doc.blocks.get(k + 1), Some(Block::Note(_))) {
            "<w:keepNext/>"
        } else {
            ""
        };
        let gap = if after_table {
            "<w:spacing w:before=\"240\"/>"
        } else {
            ""
        };
        after_table = matches!(b, Block::Table { .. });
        match b {
            Block::Title(t) => {
                para(&mut out, "Heading1", "");
                run(&mut out, "", t);
                out.push_str("</w:p>");
            }
            Block::Heading(level, t) => {
                para(&mut out, &format!("Heading{level}"), "");
                run(&mut out, "", t);
                out.push_str("</w:p>");
            }
            Block::Para(s) => {
                para(&mut out, "", &format!("{keep}{gap}"));
                spans(&mut out, media, s)?;
                out.push_str("</w:p>");
            }
            Block::List(items) => {
                for (j, i) in items.iter().enumerate() {
                    let gap = if j == 0 { gap } else { "" };
                    let keep = if j + 1 == items.len() { keep } else { "" };
                    para(
                        &mut out,
                        "",
                        &format!("{keep}{gap}<w:ind w:left=\"360\" w:hanging=\"240\"/>"),
                    );
                    run(&mut out, "", "•\t");
                    spans(&mut out, media, i)?;
                    out.push_str("</w:p>");
                }
            }
            Block::Alert(s) => {
                para(&mut out, "Alert", "");
                spans(&mut out, media, s)?;
                out.push_str("</w:p>");
            }
            Block::Figure { chart, caption } => {
                para(&mut out, "", "<w:keepNext/>");
                out.push_str(&media.inline(chart, TEXT_WIDTH_CM)?);
                out.push_str("</w:p>");
                para(&mut out, "Caption", "");
                run(&mut out, "", caption);
                out.push_str("</w:p>");
            }
            Block::Table {
                caption,
                head,
                rows,
            } => {
                // The caption above the table, kept with it, as Word's own
                // "Insert caption" places it for tables.
                para(&mut out, "Caption", "");
                run(&mut out, "", caption);
                out.push_str("</w:p>");
                out.push_str("<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>");
                let _ = write!(out, "<w:tblCaption w:val=\"{}\"/>", x(caption));
                out.push_str("</w:tblPr><w:tblGrid>");
                let (widths, text_style) = column_widths(head, rows);
                for w in &widths {
                    let _ = write!(out, "<w:gridCol w:w=\"{w}\"/>");
                }
                out.push_str("</w:tblGrid>");
                out.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
                for Column { head: h, numeric } in head {
                    out.push_str("<w:tc><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF1F4\"/></w:tcPr>");
                    para(
                        &mut out,
                        text_style,
                        if *numeric {
                            "<w:keepNext/><w:jc w:val=\"right\"/>"
                        } else {
                            "<w:keepNext/>"
                        },
                    );
                    run(&mut out, "<w:b/>", h);
                    out.push_str("</w:p></w:tc>");
                }
                out.push_str("</w:tr>");
                for (j, r) in rows.iter().enumerate() {
                    let keep = if j + 1 == rows.len() { keep } else { "" };
                    out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                    for (i, c) in r.iter().enumerate() {
                        let numeric = head.get(i).is_some_and(|h| h.numeric);
                        out.push_str("<w:tc>");
                        let jc = if numeric {
                            "<w:jc w:val=\"right\"/>"
                        } else {
                            ""
                        };
                        para(&mut out, text_style, &format!("{keep}{jc}"));
                        spans(&mut out, media, c)?;
                        out.push_str("</w:p></w:tc>");
                    }
                    out.push_str("</w:tr>");
                }
                out.push_str("</w:tbl>");
            }
            Block::Note(t) => {
                para(&mut out, "", "<w:spacing w:before=\"240\"/>");
                run(&mut out, "<w:color w:val=\"4A4A4A\"/>", t);
                out.push_str("</w:p>");
            }
        }
    }
    Ok(out)
}

fn styles(lang: &str) -> String {
    let heading = |level: u8, size: u8, before: u16| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading{level}\"><w:name w:val=\"heading {level}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"{before}\" w:after=\"120\"/><w:outlineLvl w:val=\"{}\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"1F3A5F\"/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>",
            level - 1
        )
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"{W}\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"{lang}\" w:eastAsia=\"{lang}\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
{}{}{}\
<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"35\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/></w:pPr><w:rPr><w:i/><w:color w:val=\"4A4A4A\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Alert\"><w:name w:val=\"Alert\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"A4262C\"/><w:left w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"A4262C\"/><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"A4262C\"/><w:right w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"A4262C\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FDF0F0\"/><w:spacing w:before=\"120\" w:after=\"240\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText9\"><w:name w:val=\"Table Text 9\"/><w:basedOn w:val=\"TableText\"/><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText8\"><w:name w:val=\"Table Text 8\"/><w:basedOn w:val=\"TableText\"/><w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText7\"><w:name w:val=\"Table Text 7\"/><w:basedOn w:val=\"TableText\"/><w:rPr><w:sz w:val=\"14\"/><w:szCs w:val=\"14\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:color w:val=\"4A4A4A\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"ReportTable\"><w:name w:val=\"MeetingReport Table\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C4C8CC\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C4C8CC\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C4C8CC\"/></w:tblBorders></w:tblPr></w:style>\
</w:styles>",
        heading(1, 36, 0),
        heading(2, 28, 360),
        heading(3, 24, 240),
    )
}

fn footer(doc: &Doc) -> String {
    let (page, of) = doc.lang.pick(("Side", "av"), ("Page", "of"));
    let field = |name: &str| {
        format!(
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> {name} </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        )
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{} · {page} </w:t></w:r>{}<w:r><w:t xml:space=\"preserve\"> {of} </w:t></w:r>{}</w:p></w:ftr>",
        x(&doc.title),
        field("PAGE"),
        field("NUMPAGES"),
    )
}

/// The report as a Word document.
pub(crate) fn to_docx(doc: &Doc) -> Result<Vec<u8>, Error> {
    let lang = doc.lang.pick("nb-NO", "en-GB");
    let mut media = Media {
        pictures: Vec::new(),
    };
    let body = body(doc, &mut media)?;
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>{body}<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    );
    let mut rels = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"{REL}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdSettings\" Type=\"{REL}/settings\" Target=\"settings.xml\"/><Relationship Id=\"rIdFooter\" Type=\"{REL}/footer\" Target=\"footer1.xml\"/>"
    );
    for n in 1..=media.pictures.len() {
        let _ = write!(
            rels,
            "<Relationship Id=\"rIdImg{n}\" Type=\"{REL}/image\" Target=\"media/chart{n}.png\"/>"
        );
    }
    rels.push_str("</Relationships>");
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/><Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>";
    let package_rels = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{REL}/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId3\" Type=\"{REL}/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>"
    );
    let settings = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"{W}\"><w:defaultTabStop w:val=\"708\"/><w:autoHyphenation/><w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"{lang}\"/></w:settings>"
    );
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>tromsvekst</dc:creator><dc:language>{lang}</dc:language></cp:coreProperties>",
        x(&doc.title)
    );
    let app = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>tromsvekst</Application></Properties>";

    let styles = styles(lang);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // Fixed timestamps (1980-01-01, zip's epoch): the same report, the same
    // bytes.
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let stored = options.compression_method(zip::CompressionMethod::Stored);
    let parts: [(&str, &[u8]); 8] = [
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", package_rels.as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
        ("docProps/app.xml", app.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/_rels/document.xml.rels", rels.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/settings.xml", settings.as_bytes()),
    ];
    let footer = footer(doc);
    let zip_err = |e: zip::result::ZipError| package_error(e.to_string());
    let io_err = |e: std::io::Error| package_error(e.to_string());
    for (name, bytes) in parts
        .iter()
        .copied()
        .chain(std::iter::once(("word/footer1.xml", footer.as_bytes())))
    {
        zip.start_file(name, options).map_err(zip_err)?;
        zip.write_all(bytes).map_err(io_err)?;
    }
    for (i, p) in media.pictures.iter().enumerate() {
        // PNG is compressed already.
        zip.start_file(format!("word/media/chart{}.png", i + 1), stored)
            .map_err(zip_err)?;
        zip.write_all(p).map_err(io_err)?;
    }
    Ok(zip.finish().map_err(zip_err)?.into_inner())
}

#[cfg(test)]
mod tests {
    #[test]
    fn xml_text_is_escaped_and_control_characters_kept_visible() {
        assert_eq!(
            super::x("a<b & \"c\"\u{1}"),
            "a&lt;b &amp; &quot;c&quot;\u{fffd}"
        );
    }
}
