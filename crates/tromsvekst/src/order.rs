//! Stable sorting through one instantiation of the standard library's sort.
//!
//! `slice::sort_by` is generic over the element type: each type sorted in
//! the crate got its own copy of the sort (about 5 KB of WebAssembly each;
//! fourteen copies were 4 % of the first module's code). These helpers sort
//! the indices of the elements — always `usize`, with the comparison behind
//! a `dyn Fn` — and then move the elements into that order. The result is
//! the standard stable sort's, element for element.

use std::cmp::Ordering;

/// The stable order of `n` elements under `cmp` (compares by index).
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Sorts `items` by `cmp`, stably (as `slice::sort_by`).
pub(crate) fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_indices(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` by a key, stably (as `slice::sort_by_key`).
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their order, stably (as `slice::sort`).
pub(crate) fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same permutation as the standard stable sort, equal keys kept
    /// in their order, on lists of every length up to 40 with many ties.
    #[test]
    fn the_order_is_the_standard_stable_sorts() {
        for n in 0..40usize {
            let items: Vec<(u8, usize)> = (0..n).map(|i| (((i * 7919) % 5) as u8, i)).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = items.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "{n}");
            let mut all = items.clone();
            sort(&mut all);
            let mut std_all = items;
            std_all.sort();
            assert_eq!(all, std_all);
        }
    }
}
