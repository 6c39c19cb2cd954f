//! JSON pointers (RFC 6901): escaping, unescaping and building. A leaf module.

/// Escapes one pointer segment: `~` as `~0`, `/` as `~1`.
pub(crate) fn escape(s: &str) -> String {
    if s.contains(['~', '/']) {
        s.replace('~', "~0").replace('/', "~1")
    } else {
        s.to_string()
    }
}

/// Unescapes one pointer segment.
pub(crate) fn unescape(s: &str) -> String {
    if s.contains('~') {
        s.replace("~1", "/").replace("~0", "~")
    } else {
        s.to_string()
    }
}

/// The pointer to a member `key` of the value at `parent`.
pub(crate) fn child(parent: &str, key: &str) -> String {
    format!("{parent}/{}", escape(key))
}

/// The segments of a pointer, unescaped (`""` has none).
pub(crate) fn segments(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer.split('/').skip(1).map(unescape)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for s in ["a", "a/b", "~", "~1", "x~/y", ""] {
            assert_eq!(unescape(&escape(s)), s);
        }
        assert_eq!(child("/a", "b/c~"), "/a/b~1c~0");
        assert_eq!(segments("/a~1b/c").collect::<Vec<_>>(), ["a/b", "c"]);
        assert_eq!(segments("").count(), 0);
    }
}
