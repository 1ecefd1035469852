//! The UI language as a context. Russian unless the user chose English; the choice is
//! kept in localStorage (it is not a secret).

use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use wire::error::Lang;
use yew::prelude::*;

use crate::i18n::{Arg, Translator};

const STORAGE_KEY: &str = "setka.lang";

#[derive(Clone, Debug)]
pub struct I18n {
    tr: Rc<Translator>,
    set: Callback<Lang>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.tr.lang() == other.tr.lang()
    }
}

impl I18n {
    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }
    pub fn set_lang(&self, lang: Lang) {
        self.set.emit(lang);
    }
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }
    pub fn t1(&self, id: &str, name: &str, value: impl Into<Arg>) -> String {
        self.tr.t_args(id, &[(name, value.into())])
    }
    pub fn ta(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.tr.t_args(id, args)
    }
    pub fn count(&self, id: &str, n: usize) -> String {
        self.tr.count(id, n)
    }
    pub fn kind(&self, kind: wire::OrganizationKind) -> String {
        self.tr.kind(kind)
    }
    pub fn role(&self, role: wire::Role) -> String {
        self.tr.role(role)
    }
    pub fn model(&self, m: domain::network::NetworkModel) -> String {
        self.tr.model(m)
    }
    pub fn net_status(&self, s: domain::network::NetworkStatus) -> String {
        self.tr.net_status(s)
    }
    pub fn member_role(&self, r: domain::network::MembershipRole) -> String {
        self.tr.member_role(r)
    }
    pub fn level(&self, l: domain::programme::EducationLevel) -> String {
        self.tr.level(l)
    }
    pub fn delivery(&self, d: domain::programme::DeliveryMode) -> String {
        self.tr.delivery(d)
    }
    pub fn assessment(&self, a: domain::programme::AssessmentForm) -> String {
        self.tr.assessment(a)
    }
    pub fn prog_status(&self, s: domain::programme::ProgrammeStatus) -> String {
        self.tr.prog_status(s)
    }
    pub fn agr_kind(&self, k: domain::agreement::AgreementKind) -> String {
        self.tr.agr_kind(k)
    }
    pub fn agr_status(&self, s: domain::agreement::AgreementStatus) -> String {
        self.tr.agr_status(s)
    }
    pub fn doc_kind(&self, k: domain::document::DocumentKind) -> String {
        self.tr.doc_kind(k)
    }
    /// `25.08.2021 14:05` in the browser's time zone.
    pub fn date_time(&self, t: chrono::DateTime<chrono::Utc>) -> String {
        t.with_timezone(&chrono::Local)
            .format("%d.%m.%Y %H:%M")
            .to_string()
    }
    /// `01.09.2021`.
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        d.format("%d.%m.%Y").to_string()
    }
    /// `пн` … `вс`.
    pub fn weekday_short(&self, d: chrono::Weekday) -> String {
        self.t(&format!("wd-{}", weekday_key(d)))
    }
    /// `Понедельник` … `Воскресенье`.
    pub fn weekday(&self, d: chrono::Weekday) -> String {
        self.t(&format!("wd-full-{}", weekday_key(d)))
    }
    /// A slot's weekday, `вт`.
    pub fn slot_day(&self, d: wire::group::SlotDay) -> String {
        self.weekday_short(d.weekday())
    }
    /// `Сентябрь` (1 = January).
    pub fn month(&self, m: u32) -> String {
        self.t(&format!("month-{m}"))
    }
    /// The month after a day number: `сентября`.
    pub fn month_of_day(&self, m: u32) -> String {
        self.t(&format!("month-gen-{m}"))
    }
    /// `вт, 07.09.2021`.
    pub fn date_with_weekday(&self, d: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        format!("{}, {}", self.weekday_short(d.weekday()), self.date(d))
    }
    /// A period «01.09.2021 – 31.08.2022», or «с 01.09.2021» when open-ended.
    pub fn period(&self, from: chrono::NaiveDate, to: Option<chrono::NaiveDate>) -> String {
        match to {
            Some(to) => format!("{} – {}", self.date(from), self.date(to)),
            None => self.t1("period-open", "from", self.date(from)),
        }
    }
}

fn weekday_key(d: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match d {
        Mon => "mon",
        Tue => "tue",
        Wed => "wed",
        Thu => "thu",
        Fri => "fri",
        Sat => "sat",
        Sun => "sun",
    }
}

fn stored_lang() -> Lang {
    match LocalStorage::get::<String>(STORAGE_KEY).ok().as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Ru,
    }
}

fn apply_to_document(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

#[derive(Properties, PartialEq)]
pub struct I18nProviderProps {
    pub children: Html,
}

#[function_component(I18nProvider)]
pub fn i18n_provider(props: &I18nProviderProps) -> Html {
    let lang = use_state(stored_lang);
    let tr = use_memo(*lang, |lang| Translator::new(*lang));
    use_effect_with(*lang, |lang| apply_to_document(*lang));
    let set = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            let _ = LocalStorage::set(STORAGE_KEY, l.tag());
            lang.set(l);
        })
    };
    let ctx = I18n { tr, set };
    html! {
        <ContextProvider<I18n> context={ctx}>{ props.children.clone() }</ContextProvider<I18n>>
    }
}

/// The current translator. Components re-render when the language changes.
#[hook]
pub fn use_i18n() -> I18n {
    match use_context::<I18n>() {
        Some(ctx) => ctx,
        // Outside the provider (never in the app): a Russian translator that cannot switch.
        None => I18n {
            tr: Rc::new(Translator::new(Lang::Ru)),
            set: Callback::noop(),
        },
    }
}
