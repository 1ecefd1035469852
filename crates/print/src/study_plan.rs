//! The individual study plan (ИУП) of a student for a school year, as schools print it:
//! the approval block, the heading, the table of the home curriculum and the network
//! courses with their hours against the СанПиН limit, and the signature lines.

use wire::study_plan::{StudyPlan, WeekKind};

use crate::PrintError;
use crate::html::{esc, page};
use crate::layout::{Align, CONTENT_W, Column, Fonts, Layout, MARGIN_L, MM, Row, Table, Weight};

const TITLE: &str = "Индивидуальный учебный план";

/// Hours the Russian way: «31», «34,5».
fn hours(h: f64) -> String {
    let tenths = (h * 10.0).round() as i64;
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{},{}", tenths / 10, (tenths % 10).abs())
    }
}

fn week(w: WeekKind) -> &'static str {
    match w {
        WeekKind::FiveDay => "пятидневная",
        WeekKind::SixDay => "шестидневная",
    }
}

fn full_name(p: &StudyPlan) -> String {
    let s = &p.student;
    match &s.patronymic {
        Some(pat) => format!("{} {} {}", s.last_name, s.first_name, pat),
        None => format!("{} {}", s.last_name, s.first_name),
    }
}

/// The lines of the plan's table: (part, organization, teacher, hours).
fn lines(p: &StudyPlan) -> Vec<(String, String, String, String)> {
    let mut out = vec![(
        "Учебный план школы".to_owned(),
        p.home_organization_name.clone(),
        String::new(),
        p.home_hours.map_or_else(|| "не указано".to_owned(), hours),
    )];
    for c in &p.courses {
        let mut part = format!("Сетевой курс «{}» ({})", c.programme_title, c.group_name);
        if c.replaces_hours > 0.0 {
            part.push_str(&format!(
                ", вместо {}\u{a0}ч учебного плана школы",
                hours(c.replaces_hours)
            ));
        }
        out.push((
            part,
            c.provider_name.clone(),
            c.teachers.join(", "),
            hours(c.hours_per_week),
        ));
    }
    let replaced = f64::from(p.load.replaced);
    if replaced > 0.0 {
        out.push((
            "Заменено сетевыми курсами".to_owned(),
            String::new(),
            String::new(),
            format!("−{}", hours(replaced)),
        ));
    }
    out
}

fn limit_text(p: &StudyPlan) -> (String, String) {
    let label = format!(
        "Допустимо по СанПиН 1.2.3685-21 ({}\u{a0}класс, {} неделя)",
        p.student.grade,
        week(p.week)
    );
    let value = p
        .load
        .limit
        .map_or_else(|| "не допускается".to_owned(), |l| hours(f64::from(l)));
    (label, value)
}

/// «на 2026/2027 учебный год», then «Обучающийся: …, 8 «Б» класс» — names stay in the
/// nominative, as they are stored.
fn heading(p: &StudyPlan) -> String {
    format!("на {} учебный год", p.academic_year)
}

fn who(p: &StudyPlan) -> String {
    format!(
        "Обучающийся: {}, {}\u{a0}«{}» класс, {}",
        full_name(p),
        p.student.grade,
        p.student.class_letter,
        p.home_organization_name
    )
}

fn warning(p: &StudyPlan) -> Option<String> {
    (!p.within_limit).then(|| match p.load.limit {
        Some(l) => format!(
            "Недельная нагрузка {}\u{a0}ч превышает допустимые {}\u{a0}ч.",
            hours(f64::from(p.load.total)),
            hours(f64::from(l))
        ),
        None => "Для этого класса шестидневная неделя не допускается.".to_owned(),
    })
}

/// The plan as an A4 PDF.
pub fn pdf(p: &StudyPlan) -> Result<Vec<u8>, PrintError> {
    let fonts = Fonts::load()?;
    layout(p, &fonts).render(TITLE)
}

fn layout<'f>(p: &StudyPlan, fonts: &'f Fonts) -> Layout<'f> {
    let mut l = Layout::new(fonts);
    let bx = MARGIN_L + CONTENT_W * 0.55;
    let bw = CONTENT_W * 0.45;
    l.paragraph_in(bx, bw, "УТВЕРЖДАЮ", Weight::Bold, 11.0, Align::Left);
    l.paragraph_in(
        bx,
        bw,
        &format!("Директор {}", p.home_organization_name),
        Weight::Regular,
        11.0,
        Align::Left,
    );
    l.paragraph_in(
        bx,
        bw,
        &format!(
            "____________ {}",
            p.director.as_deref().unwrap_or("____________")
        ),
        Weight::Regular,
        11.0,
        Align::Left,
    );
    l.paragraph_in(
        bx,
        bw,
        "«___» ____________ 20___ г.",
        Weight::Regular,
        11.0,
        Align::Left,
    );
    l.space(10.0 * MM);
    l.paragraph(TITLE, Weight::Bold, 16.0, Align::Center);
    l.space(2.0);
    l.paragraph(&heading(p), Weight::Regular, 12.0, Align::Center);
    l.space(4.0 * MM);
    l.paragraph(&who(p), Weight::Regular, 12.0, Align::Left);
    l.space(1.0 * MM);
    l.paragraph(
        &format!(
            "Учебная неделя: {}. Курсы сетевых программ реализуются по договорам о сетевой форме \
             реализации образовательных программ (ст.\u{a0}15 Федерального закона №\u{a0}273-ФЗ).",
            week(p.week)
        ),
        Weight::Regular,
        11.0,
        Align::Left,
    );
    l.space(3.0 * MM);
    let mut rows: Vec<Row> = lines(p)
        .into_iter()
        .map(|(a, b, c, d)| Row {
            cells: vec![a, b, c, d],
            weight: Weight::Regular,
        })
        .collect();
    rows.push(Row {
        cells: vec![
            "Итого в неделю".into(),
            String::new(),
            String::new(),
            hours(f64::from(p.load.total)),
        ],
        weight: Weight::Bold,
    });
    let (label, value) = limit_text(p);
    rows.push(Row {
        cells: vec![label, String::new(), String::new(), value],
        weight: Weight::Regular,
    });
    l.table(&Table {
        columns: vec![
            Column {
                title: "Часть плана, курс",
                share: 42.0,
                align: Align::Left,
            },
            Column {
                title: "Организация",
                share: 22.0,
                align: Align::Left,
            },
            Column {
                title: "Учитель",
                share: 22.0,
                align: Align::Left,
            },
            Column {
                title: "Часов в\u{a0}неделю",
                share: 14.0,
                align: Align::Center,
            },
        ],
        rows,
        size: 11.0,
    });
    if let Some(w) = warning(p) {
        l.space(3.0 * MM);
        l.paragraph(&w, Weight::Bold, 11.0, Align::Left);
    }
    l.space(12.0 * MM);
    let label = 72.0 * MM;
    l.signature("Директор", p.director.as_deref().unwrap_or(""), 12.0, label);
    l.paragraph("М.\u{a0}П.", Weight::Regular, 11.0, Align::Left);
    l.space(6.0 * MM);
    l.paragraph(
        "С индивидуальным учебным планом ознакомлены:",
        Weight::Regular,
        12.0,
        Align::Left,
    );
    l.space(2.0 * MM);
    l.signature("Обучающийся", "", 12.0, label);
    l.signature("Родитель (законный представитель)", "", 12.0, label);
    l.paragraph(
        "«___» ____________ 20___ г.",
        Weight::Regular,
        12.0,
        Align::Left,
    );
    l
}

/// The plan as an HTML page to print from the browser.
pub fn html(p: &StudyPlan) -> String {
    let mut body = String::new();
    body.push_str(&format!(
        "<div class=\"approval\"><b>УТВЕРЖДАЮ</b><br>Директор {}<br>____________ {}<br>«___» ____________ 20___ г.</div>",
        esc(&p.home_organization_name),
        esc(p.director.as_deref().unwrap_or("____________"))
    ));
    body.push_str(&format!(
        "<h1>{TITLE}</h1><p class=\"sub\">{}</p><p>{}</p>",
        esc(&heading(p)),
        esc(&who(p))
    ));
    body.push_str(&format!(
        "<p>Учебная неделя: {}.</p><table><thead><tr><th>Часть плана, курс</th><th>Организация</th>\
         <th>Учитель</th><th>Часов в&nbsp;неделю</th></tr></thead><tbody>",
        week(p.week)
    ));
    for (a, b, c, d) in lines(p) {
        body.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
            esc(&a),
            esc(&b),
            esc(&c),
            esc(&d)
        ));
    }
    let (label, value) = limit_text(p);
    body.push_str(&format!(
        "<tr class=\"total\"><td>Итого в неделю</td><td></td><td></td><td class=\"n\">{}</td></tr>\
         <tr><td>{}</td><td></td><td></td><td class=\"n\">{}</td></tr></tbody></table>",
        esc(&hours(f64::from(p.load.total))),
        esc(&label),
        esc(&value)
    ));
    if let Some(w) = warning(p) {
        body.push_str(&format!("<p class=\"warn\">{}</p>", esc(&w)));
    }
    body.push_str(&format!(
        "<div class=\"sign\"><span>Директор</span><span class=\"line\"></span><span>/ {} /</span>\
         <span>Обучающийся</span><span class=\"line\"></span><span></span>\
         <span>Родитель (законный представитель)</span><span class=\"line\"></span><span></span></div>",
        esc(p.director.as_deref().unwrap_or(""))
    ));
    page(TITLE, &body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wire::study_plan::{EnrolmentStatus, StudyPlanCourse};

    fn plan(courses: usize) -> StudyPlan {
        let json = serde_json::json!({
            "student": {
                "id": uuid::Uuid::nil(), "organization_id": uuid::Uuid::nil(),
                "last_name": "Иванова", "first_name": "Мария", "patronymic": "Петровна",
                "birth_date": "2012-03-14", "grade": 8, "class_letter": "Б",
                "external_id": null, "consent": null, "active": true, "version": 1
            },
            "home_organization_name": "МБОУ «СОШ №\u{a0}25» <и> & Ко",
            "home_organization_full_name": "Муниципальное бюджетное общеобразовательное учреждение",
            "academic_year": "2026/2027", "week": "five_day", "home_hours": 31.0,
            "courses": [],
            "load": {"home": 31.0, "replaced": 0.0, "network": 2.5, "total": 33.5, "limit": 33.0},
            "within_limit": false, "director": "Петрова Н. В."
        });
        let mut p: StudyPlan = serde_json::from_value(json).expect("a plan");
        for i in 0..courses {
            p.courses.push(StudyPlanCourse {
                enrolment_id: uuid::Uuid::nil(),
                group_id: uuid::Uuid::nil(),
                group_name: format!("Группа {i}"),
                programme_title: "Технология — Робототехника".into(),
                provider_id: uuid::Uuid::nil(),
                provider_name: "МАОУ «Лицей №\u{a0}24»".into(),
                teachers: vec!["Мельников А. В.".into()],
                hours_per_week: 2.5,
                replaces_hours: 0.0,
                status: EnrolmentStatus::Active,
            });
        }
        p
    }

    #[test]
    fn a_plan_is_a_pdf_with_its_fonts_and_a_long_one_runs_onto_more_pages() {
        let short = pdf(&plan(1)).expect("a PDF");
        assert!(short.starts_with(b"%PDF-"));
        let long = pdf(&plan(40)).expect("a PDF");
        assert!(long.len() > short.len());
        let text = String::from_utf8_lossy(&long);
        assert!(text.contains("PTSerif"), "the font is embedded");
        let fonts = Fonts::load().expect("the fonts");
        assert_eq!(layout(&plan(1), &fonts).pages(), 1);
        assert!(layout(&plan(40), &fonts).pages() > 1, "the table runs on");
    }

    #[test]
    fn the_print_view_escapes_and_warns_above_the_limit() {
        let h = html(&plan(1));
        assert!(h.contains("МБОУ «СОШ №\u{a0}25» &lt;и&gt; &amp; Ко"));
        assert!(h.contains("Недельная нагрузка 33,5"));
        assert!(h.contains("допустимые 33"));
        assert_eq!(hours(34.5), "34,5");
        assert_eq!(hours(31.0), "31");
    }
}
