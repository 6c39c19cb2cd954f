//! What the integration tests share: a folder of the repository read as
//! the command line reads it (its JSON files in name order).

use std::path::Path;
use tromsvekst::Bundle;

/// The JSON files of `dir` (relative to the repository), less those whose
/// names end in one of `leave_out`, as one bundle.
pub(crate) fn folder(dir: &str, leave_out: &[&str]) -> Bundle {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .expect("folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| !leave_out.iter().any(|l| p.ends_with(l)))
        .collect();
    files.sort();
    let data: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read(p).expect("file")))
        .collect();
    let inputs: Vec<(&str, &[u8])> = data
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    Bundle::parse(&inputs, &Default::default()).expect("bundle")
}
