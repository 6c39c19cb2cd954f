//! JSON pointers (RFC 6901): escaping, unescaping and building. A leaf module.
//!
//! A pointer is built by pushing keys and indices onto a [`Pointer`] — each
//! key escaped once, there — never by formatting text by hand:
//! `ptr!["measures", j, "status"]` is `/measures/3/status`.

use std::fmt::Write;

/// A JSON pointer being built: keys (escaped) and indices pushed in turn.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Pointer(String);

impl Pointer {
    /// The pointer to the whole document (`""`).
    pub(crate) fn root() -> Self {
        Pointer(String::new())
    }

    /// The pointer one step further: a member's key or an element's index.
    pub(crate) fn push(mut self, segment: impl Segment) -> Self {
        segment.push_to(&mut self.0);
        self
    }

    /// The pointer as text.
    pub(crate) fn into_string(self) -> String {
        self.0
    }
}

impl From<Pointer> for String {
    fn from(p: Pointer) -> String {
        p.0
    }
}

/// One step of a pointer: an index, or a member's key (escaped as it is pushed).
pub(crate) trait Segment {
    /// Writes `/` and the step.
    fn push_to(self, out: &mut String);
}

macro_rules! index_segment {
    ($($t:ty),*) => {$(
        impl Segment for $t {
            fn push_to(self, out: &mut String) {
                let _ = write!(out, "/{self}");
            }
        }
    )*};
}
index_segment!(usize, u32, i32, u64, &usize, &u32);

impl Segment for &str {
    fn push_to(self, out: &mut String) {
        out.push('/');
        out.push_str(&escape(self));
    }
}

impl Segment for &String {
    fn push_to(self, out: &mut String) {
        self.as_str().push_to(out);
    }
}

impl Segment for String {
    fn push_to(self, out: &mut String) {
        self.as_str().push_to(out);
    }
}

/// A JSON pointer as text, from its steps: `ptr!["measures", j, "status"]`.
macro_rules! ptr {
    ($($segment:expr),* $(,)?) => {
        $crate::pointer::Pointer::root()$(.push($segment))*.into_string()
    };
}
pub(crate) use ptr;

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

    #[test]
    fn built_by_steps_escaped_once() {
        assert_eq!(ptr!["measures", 3usize, "status"], "/measures/3/status");
        assert_eq!(ptr!["value", "a/b~c"], "/value/a~1b~0c");
        assert_eq!(ptr![], "");
        let key = String::from("x/y");
        assert_eq!(ptr!["dimension", &key, 0usize], "/dimension/x~1y/0");
    }
}
