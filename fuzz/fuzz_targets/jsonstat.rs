//! Any bytes as a JSON-stat dataset, read with a mapping.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tromsvekst::jsonstat::{Dataset, Mapping};

fuzz_target!(|data: &[u8]| {
    let Ok(dataset) = Dataset::parse(data, "fuzz.json") else { return };
    for select in [vec![], vec![("Region".to_string(), vec!["K-5542".to_string(), "K-5543".to_string()])]] {
        let mapping = Mapping {
            indicator: "x".into(),
            select: select.into_iter().collect(),
            time: None,
            table: None,
            publisher: None,
        };
        let _ = dataset.observations(&mapping);
    }
});
