//! Any bytes as an XLSX workbook of an action plan.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = tromsvekst::sheet::SheetLimits { max_rows: 10_000, max_bytes: 1 << 20 };
    if let Ok(tables) = tromsvekst::sheet::read_xlsx("plan.xlsx", data, &limits) {
        let _ = tromsvekst::sheet::import_plan("plan.xlsx", &tables, None);
    }
});
