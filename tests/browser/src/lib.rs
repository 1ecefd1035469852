//! Browser tests of the SPA live in `tests/`; this library is empty so that the package
//! builds on its own (`cargo test -p browser-tests`).
