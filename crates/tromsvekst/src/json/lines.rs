//! Lines and columns: where a byte offset of a document is, as a reader counts.

use super::{HI, has_byte, word};

/// Line starts of a text, to turn byte offsets into 1-based line and column
/// (the column counts Unicode scalar values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LineIndex {
    pub(crate) starts: Vec<usize>,
    /// The characters before each block of `BLOCK` bytes: a column is found
    /// by counting at most one block's bytes, however long its line (a
    /// minified file is one line), so a finding's place costs the same
    /// anywhere in the file.
    chars_before: Vec<usize>,
}

/// The bytes between two checkpoints of [`LineIndex::chars_before`].
const BLOCK: usize = 4096;

/// The characters among `bytes`: the bytes that do not continue a UTF-8 sequence.
/// Eight bytes at a time: a continuation byte is `10xxxxxx`, its high bit set
/// and the next bit clear.
fn chars_in(bytes: &[u8]) -> usize {
    let (words, rest) = bytes.as_chunks::<8>();
    let mut continuations = 0;
    for w in words {
        let w = u64::from_le_bytes(*w);
        continuations += (w & !(w << 1) & HI).count_ones() as usize;
    }
    continuations += rest.iter().filter(|&&b| b & 0xC0 == 0x80).count();
    bytes.len() - continuations
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        // Eight bytes at a time past words without a line feed.
        while i < bytes.len() {
            if word(bytes, i).is_some_and(|w| !has_byte(w, b'\n')) {
                i += 8;
                continue;
            }
            let end = (i + 8).min(bytes.len());
            starts.extend((i..end).filter(|&j| bytes[j] == b'\n').map(|j| j + 1));
            i = end;
        }
        let mut chars_before = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0;
        for block in bytes.chunks(BLOCK) {
            chars_before.push(chars);
            chars += chars_in(block);
        }
        chars_before.push(chars);
        LineIndex {
            starts,
            chars_before,
        }
    }

    /// The characters of `text` before byte `at`.
    fn chars_to(&self, bytes: &[u8], at: usize) -> usize {
        let k = at / BLOCK;
        self.chars_before.get(k).copied().unwrap_or(0) + chars_in(&bytes[k * BLOCK..at])
    }

    pub(crate) fn position(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let bytes = text.as_bytes();
        let column = if offset - start <= BLOCK {
            chars_in(&bytes[start..offset])
        } else {
            self.chars_to(bytes, offset) - self.chars_to(bytes, start)
        };
        (to_u32(line + 1), to_u32(column + 1))
    }
}

pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::chars_in;

    /// The word count equals the byte count on every slice of a text
    /// mixing one- to four-byte characters, at every start and length.
    #[test]
    fn counting_by_words_equals_counting_by_bytes() {
        let text = "Nord-Troms: Kåfjord, Gáivuotna, Skjervøy 48,8 % → 2026 😀 ø æ å x".repeat(3);
        let bytes = text.as_bytes();
        for start in 0..40 {
            for end in start..bytes.len() {
                let slow = bytes[start..end]
                    .iter()
                    .filter(|&&b| b & 0xC0 != 0x80)
                    .count();
                assert_eq!(chars_in(&bytes[start..end]), slow, "{start}..{end}");
            }
        }
    }
}
