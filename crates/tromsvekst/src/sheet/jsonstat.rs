//! JSON-stat (placeholder during development)
