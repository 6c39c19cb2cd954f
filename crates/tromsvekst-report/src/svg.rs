//! Charts as inline SVG, written here rather than with a charting crate: the
//! report needs two kinds (horizontal bars and a small line against a
//! target), both a few dozen lines, with the accessible name and the text
//! alternative the universal-design rules ask for; a charting crate with an
//! SVG backend would bring fonts, colour and layout machinery the module does
//! not use, into every interface that renders a report.

use std::fmt::Write;

/// Escapes text for HTML, SVG and Word's XML; characters XML 1.0 cannot
/// hold (control characters) become U+FFFD, so that the file still opens
/// and the place shows.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// A horizontal bar chart of per-cent values (0–100; none drawn as "–"),
/// one bar per label, with its accessible name `title`.
pub(crate) fn bars(title: &str, rows: &[(String, Option<f64>, String)]) -> String {
    let row_h = 22.0;
    let label_w = 250.0;
    let bar_w = 330.0;
    let height = row_h * rows.len() as f64 + 8.0;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg role="img" aria-label="{t}" viewBox="0 0 660 {height}" width="660" height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{t}</title>"#,
        t = esc(title)
    );
    for (i, (label, value, text)) in rows.iter().enumerate() {
        let y = 4.0 + row_h * i as f64;
        let w = value.unwrap_or(0.0).clamp(0.0, 100.0) / 100.0 * bar_w;
        let _ = write!(
            out,
            r##"<text x="0" y="{ty}" font-size="12" fill="#1a1a1a">{label}</text><rect x="{label_w}" y="{ry}" width="{bar_w}" height="14" fill="#e4e7eb"/><rect x="{label_w}" y="{ry}" width="{w:.1}" height="14" fill="#1f5fa8"/><text x="{vx}" y="{ty}" font-size="12" fill="#1a1a1a">{text}</text>"##,
            ty = y + 12.0,
            ry = y + 1.0,
            label = esc(label),
            vx = label_w + bar_w + 8.0,
            text = esc(text),
        );
    }
    out.push_str("</svg>");
    out
}

/// A small line chart of yearly values with the target as a dashed line.
pub(crate) fn sparkline(title: &str, points: &[(i32, f64)], target: Option<f64>) -> String {
    let (w, h, pad) = (160.0, 40.0, 4.0);
    let mut values: Vec<f64> = points.iter().map(|p| p.1).collect();
    values.extend(target);
    let (lo, hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(*v), b.max(*v))
        });
    let span = if hi > lo { hi - lo } else { 1.0 };
    let first = points.first().map_or(0, |p| p.0);
    let last = points.last().map_or(1, |p| p.0).max(first + 1);
    let x = |year: i32| pad + f64::from(year - first) / f64::from(last - first) * (w - 2.0 * pad);
    let y = |v: f64| h - pad - (v - lo) / span * (h - 2.0 * pad);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg role="img" aria-label="{t}" viewBox="0 0 {w} {h}" width="{w}" height="{h}" xmlns="http://www.w3.org/2000/svg"><title>{t}</title>"#,
        t = esc(title)
    );
    if let Some(t) = target {
        let _ = write!(
            out,
            r##"<line x1="{pad}" x2="{x2}" y1="{ty:.1}" y2="{ty:.1}" stroke="#6b6b6b" stroke-dasharray="4 3"/>"##,
            x2 = w - pad,
            ty = y(t)
        );
    }
    let path: Vec<String> = points
        .iter()
        .map(|(year, v)| format!("{:.1},{:.1}", x(*year), y(*v)))
        .collect();
    if points.len() > 1 {
        let _ = write!(
            out,
            r##"<polyline points="{}" fill="none" stroke="#1f5fa8" stroke-width="2"/>"##,
            path.join(" ")
        );
    }
    for p in &path {
        let (cx, cy) = p.split_once(',').unwrap_or(("0", "0"));
        let _ = write!(
            out,
            r##"<circle cx="{cx}" cy="{cy}" r="2.5" fill="#1f5fa8"/>"##
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn charts_carry_their_text_and_escape_it() {
        let svg = super::bars(
            "Fremdrift <A&B>",
            &[("1. Folk".into(), Some(50.0), "50,0 %".into())],
        );
        assert!(svg.contains(r#"aria-label="Fremdrift &lt;A&amp;B&gt;""#));
        assert!(svg.contains(r#"width="165.0""#), "{svg}");
        let line = super::sparkline("x", &[(2025, 10.0), (2026, 20.0)], Some(15.0));
        assert!(line.contains("polyline") && line.contains("stroke-dasharray"));
        // One point, and no target: no line, no division by zero.
        let one = super::sparkline("x", &[(2025, 10.0)], None);
        assert!(!one.contains("NaN") && !one.contains("polyline"));
    }
}
