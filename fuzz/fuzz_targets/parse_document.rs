//! Any bytes as a document of any kind: an error or a document, never a
//! panic; a document read back from what it writes is the same document.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = tromsvekst::ParseOptions::default();
    if let Ok(doc) = tromsvekst::parse_document(data, "fuzz.json", &options) {
        let text = doc.to_json();
        let again = tromsvekst::parse_document(text.as_bytes(), "fuzz.json", &options).expect("what it writes it reads");
        assert_eq!(again.to_json(), text);
    }
});
