use proptest::prelude::*;

use super::*;

const DOCX: &[u8] = include_bytes!("../../../../tests/fixtures/work-programme.docx");
const DOCX_OTHER_ORDER: &[u8] = include_bytes!("../../../../tests/fixtures/libreoffice-order.docx");
const PDF: &[u8] = include_bytes!("../../../../tests/fixtures/agreement-scan.pdf");
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
];
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F'];

fn ole() -> Vec<u8> {
    let mut v = OLE_MAGIC.to_vec();
    v.extend([0u8; 504]);
    v
}

#[test]
fn recognises_documents_by_their_content() {
    assert_eq!(
        check_file("скан.pdf", Some("application/pdf"), PDF),
        Ok(FileType::Pdf)
    );
    assert_eq!(
        check_file("Рабочая программа.docx", None, DOCX),
        Ok(FileType::Docx)
    );
    assert_eq!(
        check_file("Программа.docx", None, DOCX_OTHER_ORDER),
        Ok(FileType::Docx)
    );
    assert_eq!(
        check_file("фото.jpg", Some("image/jpeg"), JPEG),
        Ok(FileType::Jpeg)
    );
    assert_eq!(check_file("фото.JPEG", None, JPEG), Ok(FileType::Jpeg));
    assert_eq!(check_file("схема.png", None, PNG), Ok(FileType::Png));
    assert_eq!(
        check_file(
            "план.txt",
            Some("text/plain; charset=utf-8"),
            "План работы сети\n".as_bytes()
        ),
        Ok(FileType::Text)
    );
    assert_eq!(
        check_file(
            "список.csv",
            Some("text/csv"),
            "ОО;Учащиеся\r\nСОШ №8;120\r\n".as_bytes()
        ),
        Ok(FileType::Text)
    );
}

#[test]
fn an_ole_file_is_word_or_excel_by_its_name() {
    assert_eq!(check_file("приказ.doc", None, &ole()), Ok(FileType::Doc));
    assert_eq!(
        check_file("таблица.xls", Some("application/vnd.ms-excel"), &ole()),
        Ok(FileType::Xls)
    );
    assert_eq!(
        check_file("без расширения", None, &ole()),
        Err(FileProblem::Unsupported)
    );
}

#[test]
fn a_browsers_generic_type_says_nothing() {
    assert_eq!(
        check_file("скан.pdf", Some("application/octet-stream"), PDF),
        Ok(FileType::Pdf)
    );
    assert_eq!(check_file("скан.pdf", Some(""), PDF), Ok(FileType::Pdf));
}

#[test]
fn refuses_what_is_not_a_document() {
    // An executable, a zip archive that is no office document, binary noise.
    assert_eq!(
        check_file("setup.exe", None, b"MZ\x90\x00\x03\x00\x00\x00"),
        Err(FileProblem::Unsupported)
    );
    assert_eq!(
        check_file("a.zip", None, b"PK\x03\x04\x14\x00\x00\x00\x08\x00"),
        Err(FileProblem::Unsupported)
    );
    assert_eq!(
        check_file("x.bin", None, &[0, 1, 2, 3, 255]),
        Err(FileProblem::Unsupported)
    );
    assert_eq!(check_file("пусто.pdf", None, &[]), Err(FileProblem::Empty));
}

#[test]
fn name_and_declared_type_must_agree_with_the_content() {
    assert_eq!(
        check_file("скан.docx", None, PDF),
        Err(FileProblem::ExtensionMismatch {
            extension: "docx".into(),
            actual: FileType::Pdf
        })
    );
    assert_eq!(
        check_file("скан.pdf", Some("image/png"), PDF),
        Err(FileProblem::DeclaredMismatch {
            declared: "image/png".into(),
            actual: FileType::Pdf
        })
    );
    // Text pretending to be a PDF by name.
    assert!(matches!(
        check_file("note.pdf", None, b"hello"),
        Err(FileProblem::ExtensionMismatch { .. })
    ));
    // HTML is text, but not under a name that would make a browser render it.
    assert!(matches!(
        check_file("page.html", Some("text/html"), b"<script>alert(1)</script>"),
        Err(FileProblem::ExtensionMismatch { .. })
    ));
}

#[test]
fn text_cut_inside_a_character_is_still_text() {
    let text = "Договор о сетевой форме".as_bytes();
    // Cut in the middle of the two-byte «Д»… of the last letter.
    let cut = &text[..text.len() - 1];
    assert_eq!(check_file("d.txt", None, cut), Ok(FileType::Text));
    assert_eq!(
        check_file("d.txt", None, b"abc\x00def"),
        Err(FileProblem::Unsupported)
    );
}

#[test]
fn file_names_lose_paths_and_control_characters() {
    assert_eq!(
        clean_filename(r"C:\fakepath\Договор №5.pdf").as_deref(),
        Ok("Договор №5.pdf")
    );
    assert_eq!(clean_filename("../../etc/passwd").as_deref(), Ok("passwd"));
    assert_eq!(clean_filename("a\u{0}b\n.pdf").as_deref(), Ok("ab.pdf"));
    assert_eq!(clean_filename("..."), Err(FileProblem::BadName));
    assert_eq!(clean_filename("dir/"), Err(FileProblem::BadName));
    let long = format!("{}.pdf", "я".repeat(300));
    let kept = clean_filename(&long).unwrap_or_default();
    assert_eq!(kept.chars().count(), 200);
    assert!(kept.ends_with(".pdf"));
}

#[test]
fn downloads_carry_an_extension() {
    assert_eq!(download_name("Скан", FileType::Pdf), "Скан.pdf");
    assert_eq!(download_name("Скан.pdf", FileType::Pdf), "Скан.pdf");
    assert_eq!(file_type_of_mime("application/pdf"), Some(FileType::Pdf));
    assert_eq!(file_type_of_mime("text/html"), None);
}

#[test]
fn owner_kinds_round_trip() {
    for k in [
        OwnerKind::Network,
        OwnerKind::Agreement,
        OwnerKind::Programme,
    ] {
        assert_eq!(OwnerKind::parse(k.as_str()), Some(k));
    }
    assert_eq!(OwnerKind::parse("student"), None);
}

proptest! {
    #[test]
    fn cleaned_names_never_hold_separators_or_controls(raw in "\\PC{0,300}") {
        if let Ok(name) = clean_filename(&raw) {
            prop_assert!(!name.contains('/') && !name.contains('\\'));
            prop_assert!(!name.chars().any(char::is_control));
            prop_assert!(name.chars().count() <= 200);
            prop_assert!(!name.starts_with('.'));
        }
    }

    #[test]
    fn whatever_is_accepted_has_content_and_a_fitting_name(head in proptest::collection::vec(any::<u8>(), 0..2048), name in "[a-z]{1,8}(\\.[a-z]{2,4})?") {
        if let Ok(t) = check_file(&name, None, &head) {
            prop_assert!(!head.is_empty());
            if let Some(ext) = extension_of(&name) {
                prop_assert!(t.extensions().contains(&ext.as_str()));
            }
        }
    }

    #[test]
    fn accepted_types_always_match_the_extension(head in proptest::collection::vec(any::<u8>(), 1..512), ext in "(pdf|docx|txt|png|jpg|doc|xls)") {
        if let Ok(t) = check_file(&format!("f.{ext}"), None, &head) {
            prop_assert!(t.extensions().contains(&ext.as_str()));
        }
    }
}
