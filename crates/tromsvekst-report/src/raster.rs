//! The charts as PNG pictures for Word: resvg draws the same SVG the HTML
//! report carries, with DejaVu Sans compiled in (a 31 KB cut of Latin-1 and
//! Latin Extended-A, which holds the Norwegian, Sámi and Kven letters), so
//! the pixels are the same on every machine and in WebAssembly.

use std::sync::{Arc, OnceLock};
use tromsvekst::{Error, ErrorCode};

fn chart_error(e: String) -> Error {
    Error::new(
        ErrorCode::Internal,
        format!("et diagram kunne ikke tegnes: {e}"),
        format!("a chart could not be drawn: {e}"),
    )
}

const FONT: &[u8] = include_bytes!("../fonts/DejaVuSans-subset.ttf");

/// How many pixels a chart's SVG unit becomes: 3 gives about 200 dots per
/// inch at the size the chart is printed, sharp on paper.
const SCALE: f32 = 3.0;

fn options() -> &'static resvg::usvg::Options<'static> {
    static OPTIONS: OnceLock<resvg::usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_font_data(FONT.to_vec());
        resvg::usvg::Options {
            font_family: "DejaVu Sans".into(),
            fontdb: Arc::new(db),
            ..Default::default()
        }
    })
}

/// The SVG as a PNG, with its width and height in SVG units.
pub(crate) fn png(svg: &str) -> Result<(Vec<u8>, f32, f32), Error> {
    let tree =
        resvg::usvg::Tree::from_str(svg, options()).map_err(|e| chart_error(e.to_string()))?;
    let size = tree.size();
    let (w, h) = (size.width(), size.height());
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new((w * SCALE).ceil() as u32, (h * SCALE).ceil() as u32)
            .ok_or_else(|| chart_error(format!("a chart of {w}×{h} cannot be drawn")))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(SCALE, SCALE),
        &mut pixmap.as_mut(),
    );
    let bytes = pixmap
        .encode_png()
        .map_err(|e| chart_error(e.to_string()))?;
    Ok((bytes, w, h))
}

#[cfg(test)]
mod tests {
    #[test]
    fn draws_text_with_the_compiled_in_font() {
        let svg = r#"<svg viewBox="0 0 100 20" width="100" height="20" xmlns="http://www.w3.org/2000/svg"><text x="0" y="15" font-size="12">Gáivuotna æøå</text></svg>"#;
        let (png, w, h) = super::png(svg).expect("drawn");
        assert_eq!((w, h), (100.0, 20.0));
        assert!(png.starts_with(b"\x89PNG"));
        // Text was drawn: the picture is not all white.
        let empty = super::png(
            r#"<svg viewBox="0 0 100 20" width="100" height="20" xmlns="http://www.w3.org/2000/svg"></svg>"#,
        )
        .expect("drawn");
        assert!(
            png.len() > empty.0.len() + 200,
            "{} {}",
            png.len(),
            empty.0.len()
        );
        // The same pixels every time.
        assert_eq!(super::png(svg).expect("drawn").0, png);
    }
}
