//! Escaping for the HTML print views.

/// `text` safe inside HTML text and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page around a document's body: A4 print styles in the serif of the PDF.
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>\
         @page {{ size: A4; margin: 20mm 15mm 20mm 25mm; }}\
         body {{ font-family: 'PT Serif', 'Times New Roman', serif; font-size: 12pt; color: #000; max-width: 170mm; margin: 0 auto; }}\
         h1 {{ font-size: 16pt; text-align: center; margin: 8mm 0 1mm; }}\
         .sub {{ text-align: center; margin: 0 0 5mm; }}\
         .approval {{ margin-left: 55%; }}\
         table {{ border-collapse: collapse; width: 100%; font-size: 11pt; }}\
         th, td {{ border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: middle; }}\
         th {{ text-align: center; }}\
         td.n {{ text-align: center; }}\
         tr.total td {{ font-weight: bold; }}\
         .sign {{ margin-top: 12mm; display: grid; grid-template-columns: 72mm 45mm auto; row-gap: 6mm; align-items: end; }}\
         .line {{ border-bottom: 0.5pt solid #000; height: 5mm; }}\
         .warn {{ font-weight: bold; }}\
         </style></head><body>{body}</body></html>\n",
        esc(title)
    )
}
