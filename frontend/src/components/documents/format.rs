//! How document facts read: sizes in the user's language, kinds as words.

use wire::error::Lang;

/// `218 Б`, `12,4 КБ`, `1,2 МБ` (binary units, one decimal above a kilobyte).
pub fn size(bytes: i64, lang: Lang) -> String {
    const KIB: f64 = 1024.0;
    let b = bytes.max(0) as f64;
    let (value, unit_ru, unit_en) = if b < KIB {
        return match lang {
            Lang::Ru => format!("{bytes} Б"),
            Lang::En => format!("{bytes} B"),
        };
    } else if b < KIB * KIB {
        (b / KIB, "КБ", "KB")
    } else {
        (b / (KIB * KIB), "МБ", "MB")
    };
    let number = format!("{value:.1}");
    match lang {
        Lang::Ru => format!("{} {unit_ru}", number.replace('.', ",")),
        Lang::En => format!("{number} {unit_en}"),
    }
}

/// Whether the browser can show the type itself (opened in a new tab, not saved).
pub fn viewable(content_type: &str) -> bool {
    matches!(content_type, "application/pdf" | "image/jpeg" | "image/png")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_in_the_users_language() {
        assert_eq!(size(218, Lang::Ru), "218 Б");
        assert_eq!(size(218, Lang::En), "218 B");
        assert_eq!(size(12_700, Lang::Ru), "12,4 КБ");
        assert_eq!(size(12_700, Lang::En), "12.4 KB");
        assert_eq!(size(12 * 1024 * 1024 + 300_000, Lang::Ru), "12,3 МБ");
    }

    #[test]
    fn only_pdf_and_images_open_in_the_browser() {
        assert!(viewable("application/pdf"));
        assert!(viewable("image/png"));
        assert!(!viewable("text/plain; charset=utf-8"));
        assert!(!viewable(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        ));
    }
}
