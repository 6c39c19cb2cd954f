//! The closest known name to a misspelt one. A leaf module.

/// The closest candidate by edit distance, if it is close enough to be a likely typo.
/// Case is ignored for ASCII letters (the candidates are the model's names and
/// ids); a capital Æ, Ø or Å counts as one edit. Unicode's case tables, which
/// this and two other places used, were 15 KB of the first WebAssembly module
/// gzipped.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = word.to_ascii_lowercase();
    let (best, dist) = candidates
        .into_iter()
        .map(|c| (c, edit_distance(&lower, &c.to_ascii_lowercase())))
        .min_by_key(|(_, d)| *d)?;
    let limit = (word.chars().count() / 3).max(2);
    (dist <= limit).then_some(best)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn typo() {
        assert_eq!(
            super::closest("overall_gaol", ["overall_goal", "id"]),
            Some("overall_goal")
        );
        assert_eq!(super::closest("zzz", ["overall_goal"]), None);
    }

    #[test]
    fn case_is_ignored() {
        assert_eq!(
            super::closest("Action_Plan", ["agreement", "action_plan"]),
            Some("action_plan")
        );
        assert_eq!(super::closest("TILTAK", ["Tiltak", "Mål"]), Some("Tiltak"));
        assert_eq!(super::closest("MÅL", ["Tiltak", "mål"]), Some("mål"));
    }
}
