//! Documents attached to networks, agreements and programmes: scans, annexes, work
//! programmes, положения, приказы. What a file is, is decided from its bytes (magic
//! numbers), never from the name or the type the browser claims; both must agree with it.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What a document is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OwnerKind {
    Network,
    Agreement,
    Programme,
}

impl OwnerKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Network => "network",
            Self::Agreement => "agreement",
            Self::Programme => "programme",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Network, Self::Agreement, Self::Programme]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// The object a document belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DocumentOwner {
    pub kind: OwnerKind,
    pub id: Uuid,
}

/// What kind of paper a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// Скан подписанного документа.
    Scan,
    /// Приложение.
    Annex,
    /// Рабочая программа.
    WorkProgramme,
    /// Положение.
    Regulation,
    /// Приказ.
    Order,
    /// Протокол.
    Protocol,
    Other,
}

/// The file types accepted, by their content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileType {
    Pdf,
    Docx,
    Xlsx,
    Odt,
    Ods,
    Rtf,
    /// Word 97–2003 (an OLE compound file named `.doc`).
    Doc,
    /// Excel 97–2003 (an OLE compound file named `.xls`).
    Xls,
    Jpeg,
    Png,
    /// UTF-8 text (`.txt`, `.csv`).
    Text,
}

impl FileType {
    /// The media type the file is served with.
    pub fn mime(&self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Self::Odt => "application/vnd.oasis.opendocument.text",
            Self::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            Self::Rtf => "application/rtf",
            Self::Doc => "application/msword",
            Self::Xls => "application/vnd.ms-excel",
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::Text => "text/plain; charset=utf-8",
        }
    }

    /// File name extensions of the type; the first is the usual one.
    pub fn extensions(&self) -> &'static [&'static str] {
        match self {
            Self::Pdf => &["pdf"],
            Self::Docx => &["docx"],
            Self::Xlsx => &["xlsx"],
            Self::Odt => &["odt"],
            Self::Ods => &["ods"],
            Self::Rtf => &["rtf"],
            Self::Doc => &["doc"],
            Self::Xls => &["xls"],
            Self::Jpeg => &["jpg", "jpeg"],
            Self::Png => &["png"],
            Self::Text => &["txt", "csv"],
        }
    }

    /// Media types a browser or curl may declare for such a file.
    fn declared_as(&self) -> &'static [&'static str] {
        match self {
            Self::Rtf => &["application/rtf", "text/rtf"],
            Self::Jpeg => &["image/jpeg", "image/pjpeg"],
            Self::Text => &["text/plain", "text/csv"],
            Self::Xls => &["application/vnd.ms-excel", "application/excel"],
            _ => &[],
        }
    }

    fn accepts_declared(&self, declared: &str) -> bool {
        let essence = declared
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let own = self.mime().split(';').next().unwrap_or("");
        essence == own || self.declared_as().contains(&essence.as_str())
    }
}

/// Enough of a file's beginning to recognise every accepted type.
pub const SNIFF_BYTES: usize = 64 * 1024;

const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// What the first bytes of a file say it is. OLE compound files (Word and Excel 97–2003)
/// look alike in their first bytes: the name tells which, and `None` here means "OLE".
fn sniff(head: &[u8], extension: Option<&str>) -> Option<FileType> {
    use infer::{archive, doc, image, odf};
    if archive::is_pdf(head) {
        Some(FileType::Pdf)
    } else if doc::is_docx(head) {
        Some(FileType::Docx)
    } else if doc::is_xlsx(head) {
        Some(FileType::Xlsx)
    } else if let Some(t) = ooxml_by_parts(head) {
        Some(t)
    } else if odf::is_odt(head) {
        Some(FileType::Odt)
    } else if odf::is_ods(head) {
        Some(FileType::Ods)
    } else if archive::is_rtf(head) {
        Some(FileType::Rtf)
    } else if head.starts_with(&OLE_MAGIC) {
        match extension {
            Some("xls") => Some(FileType::Xls),
            Some("doc") => Some(FileType::Doc),
            _ => None,
        }
    } else if image::is_jpeg(head) {
        Some(FileType::Jpeg)
    } else if image::is_png(head) {
        Some(FileType::Png)
    } else if looks_like_text(head) {
        Some(FileType::Text)
    } else {
        None
    }
}

/// An Office Open XML package whose parts are not in the order Word writes them (as
/// LibreOffice and others write them): known by the names of its main parts, which ZIP
/// stores uncompressed in the local headers.
fn ooxml_by_parts(head: &[u8]) -> Option<FileType> {
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    if !head.starts_with(b"PK\x03\x04") || !has(b"[Content_Types].xml") {
        return None;
    }
    if has(b"word/document.xml") {
        Some(FileType::Docx)
    } else if has(b"xl/workbook.xml") {
        Some(FileType::Xlsx)
    } else {
        None
    }
}

/// UTF-8 without control characters other than tab and line breaks. The head may end in
/// the middle of a character, which is not a reason to refuse.
fn looks_like_text(head: &[u8]) -> bool {
    let valid = match std::str::from_utf8(head) {
        Ok(s) => s,
        Err(e) if e.error_len().is_none() => {
            // Cut in the middle of a multi-byte character at the end of the head.
            match std::str::from_utf8(&head[..e.valid_up_to()]) {
                Ok(s) => s,
                Err(_) => return false,
            }
        }
        Err(_) => return false,
    };
    !valid.is_empty()
        && valid
            .chars()
            .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
}

/// Why a file is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// Nothing was sent.
    Empty,
    /// Its content is none of the accepted types.
    Unsupported,
    /// The type the client declared is not what the content is.
    DeclaredMismatch { declared: String, actual: FileType },
    /// The name's extension is not one of the content's type.
    ExtensionMismatch { extension: String, actual: FileType },
    /// The name is empty or only path separators.
    BadName,
}

/// The file name a client sent, as it is kept: without any path a browser may prefix
/// (`C:\fakepath\…`), without control characters, at most 200 characters.
pub fn clean_filename(raw: &str) -> Result<String, FileProblem> {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .to_owned();
    if cleaned.is_empty() {
        return Err(FileProblem::BadName);
    }
    Ok(truncate_keeping_extension(&cleaned, 200))
}

fn truncate_keeping_extension(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        return name.to_owned();
    }
    let ext = extension_of(name)
        .map(|e| format!(".{e}"))
        .filter(|e| e.chars().count() < max / 2)
        .unwrap_or_default();
    let stem_len = max - ext.chars().count();
    let stem: String = name.chars().take(stem_len).collect();
    format!("{stem}{ext}")
}

/// The lower-cased extension of a name, if it has one.
pub fn extension_of(name: &str) -> Option<String> {
    let (stem, ext) = name.rsplit_once('.')?;
    if stem.is_empty() || ext.is_empty() || ext.chars().count() > 10 {
        return None;
    }
    Some(ext.to_lowercase())
}

/// Decides what an uploaded file is from its first [`SNIFF_BYTES`], its name and the type
/// the client declared (`None` or `application/octet-stream` say nothing).
pub fn check_file(
    filename: &str,
    declared: Option<&str>,
    head: &[u8],
) -> Result<FileType, FileProblem> {
    if head.is_empty() {
        return Err(FileProblem::Empty);
    }
    let extension = extension_of(filename);
    let actual = sniff(head, extension.as_deref()).ok_or(FileProblem::Unsupported)?;
    if let Some(ext) = &extension
        && !actual.extensions().contains(&ext.as_str())
    {
        return Err(FileProblem::ExtensionMismatch {
            extension: ext.clone(),
            actual,
        });
    }
    match declared.map(str::trim) {
        None | Some("") => {}
        Some(d) if d.eq_ignore_ascii_case("application/octet-stream") => {}
        Some(d) if actual.accepts_declared(d) => {}
        Some(d) => {
            return Err(FileProblem::DeclaredMismatch {
                declared: d.to_owned(),
                actual,
            });
        }
    }
    Ok(actual)
}

/// The name a download is offered under: the kept name, with the type's extension added
/// when the name has none.
pub fn download_name(filename: &str, file_type: FileType) -> String {
    match extension_of(filename) {
        Some(_) => filename.to_owned(),
        None => format!("{filename}.{}", file_type.extensions()[0]),
    }
}

/// Parses a stored media type back into the file type.
pub fn file_type_of_mime(mime: &str) -> Option<FileType> {
    use FileType::*;
    [Pdf, Docx, Xlsx, Odt, Ods, Rtf, Doc, Xls, Jpeg, Png, Text]
        .into_iter()
        .find(|t| t.mime() == mime)
}

#[cfg(test)]
mod tests;
