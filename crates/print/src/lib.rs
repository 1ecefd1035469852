//! Setka's printed documents, each as an HTML print view and an A4 PDF: the individual
//! study plan now, the certificates and credit-transfer decisions later.
//!
//! PDFs are written with `krilla` and the PT Serif fonts shipped in `fonts/` (ParaType
//! Free Font License, in `fonts/LICENSE-PTFonts.txt`), embedded as subsets, so Cyrillic
//! renders and copies out the same on every machine and nothing is read from the system
//! at run time. `layout` is the small layout engine the documents share: word wrap,
//! tables whose header repeats on a new page, signature lines, «Страница N из M».

mod html;
mod layout;
pub mod study_plan;

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("the embedded font cannot be read")]
    Font,
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}
