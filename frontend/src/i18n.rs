//! Translations: Fluent bundles built from the embedded `locales/*.ftl`.
//!
//! Pure Rust (no browser APIs), so the plural rules and the key sets are unit-tested on
//! the host. The context that hands a [`Translator`] to components is `hooks::i18n`.

pub mod enums;

use domain::agreement::{AgreementKind, AgreementStatus};
use domain::network::{MembershipRole, NetworkModel, NetworkStatus};
use domain::programme::{AssessmentForm, DeliveryMode, EducationLevel, ProgrammeStatus};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::{LanguageIdentifier, langid};
use wire::error::Lang;
use wire::{OrganizationKind, Role};

/// Each language's messages, one file per area of the product, so the areas grow apart.
const RU: &[&str] = &[
    include_str!("../locales/ru.ftl"),
    include_str!("../locales/ru-students.ftl"),
    include_str!("../locales/ru-groups.ftl"),
    include_str!("../locales/ru-school.ftl"),
];
const EN: &[&str] = &[
    include_str!("../locales/en.ftl"),
    include_str!("../locales/en-students.ftl"),
    include_str!("../locales/en-groups.ftl"),
    include_str!("../locales/en-school.ftl"),
];

pub struct Translator {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator")
            .field("lang", &self.lang)
            .finish()
    }
}

fn source(lang: Lang) -> (&'static [&'static str], LanguageIdentifier) {
    match lang {
        Lang::Ru => (RU, langid!("ru")),
        Lang::En => (EN, langid!("en")),
    }
}

impl Translator {
    pub fn new(lang: Lang) -> Self {
        let (texts, id) = source(lang);
        let mut bundle = FluentBundle::new(vec![id]);
        // Unicode isolation marks around placeables would end up inside input values and
        // test selectors; the UI has no right-to-left text.
        bundle.set_use_isolating(false);
        for text in texts {
            // A syntax error keeps the messages that did parse; the key-set test catches it.
            let resource =
                FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(res, _)| res);
            // Duplicate ids are the only possible error here; the first one wins (the
            // key-set test refuses duplicates).
            let _ = bundle.add_resource(resource);
        }
        Translator { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id`, or the id itself when it is missing (visible, never a panic).
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fa = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fa.set(*name, FluentValue::from(s.clone())),
                Arg::Num(n) => fa.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(id, Some(&fa))
    }

    /// A message with a single `$count`, chosen by the language's plural rules.
    pub fn count(&self, id: &str, count: usize) -> String {
        self.t_args(id, &[("count", Arg::Num(count as i64))])
    }

    pub fn kind(&self, kind: OrganizationKind) -> String {
        self.t(&format!("kind-{}", kind.as_str()))
    }

    pub fn role(&self, role: Role) -> String {
        self.t(&format!("role-{}", role.as_str()))
    }

    pub fn model(&self, model: NetworkModel) -> String {
        self.t(&format!("model-{}", model_str(model)))
    }

    pub fn net_status(&self, status: NetworkStatus) -> String {
        self.t(&format!("net-status-{}", status_str(status)))
    }

    pub fn member_role(&self, role: MembershipRole) -> String {
        self.t(&format!("member-role-{}", role.as_str()))
    }

    pub fn level(&self, l: EducationLevel) -> String {
        self.t(enums::level_key(l))
    }

    pub fn delivery(&self, d: DeliveryMode) -> String {
        self.t(&format!("delivery-{}", enums::wire_name(&d)))
    }

    pub fn assessment(&self, a: AssessmentForm) -> String {
        self.t(&format!("assessment-{}", enums::wire_name(&a)))
    }

    pub fn prog_status(&self, s: ProgrammeStatus) -> String {
        self.t(&format!("prog-status-{}", enums::wire_name(&s)))
    }

    pub fn agr_kind(&self, k: AgreementKind) -> String {
        self.t(&format!("agr-kind-{}", enums::wire_name(&k)))
    }

    pub fn agr_status(&self, s: AgreementStatus) -> String {
        self.t(&format!("agr-status-{}", enums::wire_name(&s)))
    }

    pub fn doc_kind(&self, k: domain::document::DocumentKind) -> String {
        self.t(&format!("doc-kind-{}", enums::wire_name(&k)))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

pub const MODELS: [NetworkModel; 4] = [
    NetworkModel::ResourceCentre,
    NetworkModel::Cooperation,
    NetworkModel::Mixed,
    NetworkModel::Mentoring,
];

pub const STATUSES: [NetworkStatus; 3] = [
    NetworkStatus::Planned,
    NetworkStatus::Active,
    NetworkStatus::Closed,
];

/// The wire name of a model (as serde writes it).
pub fn model_str(m: NetworkModel) -> &'static str {
    match m {
        NetworkModel::ResourceCentre => "resource_centre",
        NetworkModel::Cooperation => "cooperation",
        NetworkModel::Mixed => "mixed",
        NetworkModel::Mentoring => "mentoring",
    }
}

pub fn status_str(s: NetworkStatus) -> &'static str {
    match s {
        NetworkStatus::Planned => "planned",
        NetworkStatus::Active => "active",
        NetworkStatus::Closed => "closed",
    }
}

/// An argument of a message.
#[derive(Debug, Clone)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Message ids: lines `id = …` at the start of a line.
    fn keys(texts: &[&str]) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for text in texts {
            if let Err((_, errors)) = FluentResource::try_new((*text).to_owned()) {
                panic!("locale does not parse: {errors:?}");
            }
            ids.extend(
                text.lines()
                    .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                    .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned())),
            );
        }
        ids.sort();
        ids
    }

    #[test]
    fn locales_have_the_same_keys() {
        assert_eq!(keys(RU), keys(EN));
    }

    #[test]
    fn no_message_is_defined_twice() {
        for texts in [RU, EN] {
            let mut ids = keys(texts);
            let all = ids.len();
            ids.dedup();
            assert_eq!(ids.len(), all, "a message id appears in two places");
        }
    }

    #[test]
    fn russian_plurals() {
        let t = Translator::new(Lang::Ru);
        assert_eq!(t.count("orgs-shown", 1), "Показано 1 организация");
        assert_eq!(t.count("orgs-shown", 2), "Показано 2 организации");
        assert_eq!(t.count("orgs-shown", 5), "Показано 5 организаций");
        assert_eq!(t.count("orgs-shown", 11), "Показано 11 организаций");
        assert_eq!(t.count("orgs-shown", 21), "Показано 21 организация");
        assert_eq!(t.count("orgs-shown", 24), "Показано 24 организации");
        assert_eq!(t.count("staff-count", 3), "3 сотрудника");
        assert_eq!(t.count("nets-shown", 1), "Показана 1 сеть");
        assert_eq!(t.count("nets-shown", 3), "Показано 3 сети");
        assert_eq!(t.count("net-members-count", 13), "13 организаций");
    }

    #[test]
    fn english_plurals() {
        let t = Translator::new(Lang::En);
        assert_eq!(t.count("orgs-shown", 1), "Showing 1 organization");
        assert_eq!(t.count("orgs-shown", 5), "Showing 5 organizations");
    }

    #[test]
    fn every_enum_value_has_a_label() {
        for lang in [Lang::Ru, Lang::En] {
            let t = Translator::new(lang);
            for kind in OrganizationKind::ALL {
                assert!(!t.kind(kind).starts_with("kind-"), "{kind:?} in {lang:?}");
            }
            for role in Role::ALL {
                assert!(!t.role(role).starts_with("role-"), "{role:?} in {lang:?}");
            }
            for m in MODELS {
                assert!(!t.model(m).starts_with("model-"), "{m:?} in {lang:?}");
            }
            for st in STATUSES {
                assert!(!t.net_status(st).starts_with("net-status-"), "{st:?}");
            }
            for r in MembershipRole::ALL {
                assert!(!t.member_role(r).starts_with("member-role-"), "{r:?}");
            }
            for l in enums::LEVELS {
                assert!(!t.level(l).starts_with("level-"), "{l:?}");
            }
            for d in enums::DELIVERY_MODES {
                assert!(!t.delivery(d).starts_with("delivery-"), "{d:?}");
            }
            for a in enums::ASSESSMENT_FORMS {
                assert!(!t.assessment(a).starts_with("assessment-"), "{a:?}");
            }
            for s in enums::PROGRAMME_STATUSES {
                assert!(!t.prog_status(s).starts_with("prog-status-"), "{s:?}");
            }
            for k in enums::AGREEMENT_KINDS {
                assert!(!t.agr_kind(k).starts_with("agr-kind-"), "{k:?}");
            }
            for s in enums::AGREEMENT_STATUSES {
                assert!(!t.agr_status(s).starts_with("agr-status-"), "{s:?}");
            }
            for k in enums::DOCUMENT_KINDS {
                assert!(!t.doc_kind(k).starts_with("doc-kind-"), "{k:?}");
            }
        }
        assert_eq!(
            Translator::new(Lang::Ru).kind(OrganizationKind::Lyceum),
            "Лицей"
        );
    }

    #[test]
    fn timetable_labels_exist_in_both_languages() {
        use crate::components::group::draft::PlaceKind;
        use crate::components::group::session_model::Mark;
        use crate::components::timetable::query::By;
        use wire::group::ConflictKind;
        let present =
            |t: &Translator, key: &str| assert_ne!(t.t(key), key, "{key} in {:?}", t.lang());
        for lang in [Lang::Ru, Lang::En] {
            let t = Translator::new(lang);
            for m in 1..=12 {
                present(&t, &format!("month-{m}"));
                present(&t, &format!("month-gen-{m}"));
            }
            for d in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] {
                present(&t, &format!("wd-{d}"));
                present(&t, &format!("wd-full-{d}"));
            }
            for k in [
                ConflictKind::TeacherDoubleBooked,
                ConflictKind::PlaceDoubleBooked,
                ConflictKind::NotASchoolDay,
                ConflictKind::CutsIntoLesson,
                ConflictKind::TravelTooShort,
                ConflictKind::StudentDoubleBooked,
            ] {
                present(&t, &crate::components::timetable::grid::conflict_key(k));
            }
            for m in [Mark::Planned, Mark::Moved, Mark::Added, Mark::Cancelled] {
                present(&t, m.key());
            }
            for k in PlaceKind::ALL {
                present(&t, &format!("place-kind-{}", k.key()));
            }
            for b in By::ALL {
                present(&t, &format!("tt-by-{}", b.key()));
            }
            for w in ["cal-week-five", "cal-week-six"] {
                present(&t, w);
            }
        }
        let t = Translator::new(Lang::Ru);
        assert_eq!(t.count("group-count", 3), "3 группы");
        assert_eq!(t.count("tt-conflicts", 1), "1 конфликт");
        assert_eq!(t.count("tt-conflicts", 5), "5 конфликтов");
        assert_eq!(t.count("cal-school-days-count", 41), "41 учебный день");
        assert_eq!(t.count("cal-school-days-count", 167), "167 учебных дней");
        assert_eq!(
            t.count("cmp-saturdays", 34)
                .split(' ')
                .take(2)
                .collect::<Vec<_>>(),
            ["34", "субботы"]
        );
    }

    #[test]
    fn enrolment_and_attendance_labels_exist_in_both_languages() {
        use crate::components::group::enrolments::model::{Step, Tab};
        use domain::attendance::Mark;
        use domain::enrolment::EnrolmentStatus;
        let present =
            |t: &Translator, key: &str| assert_ne!(t.t(key), key, "{key} in {:?}", t.lang());
        for lang in [Lang::Ru, Lang::En] {
            let t = Translator::new(lang);
            for s in enums::ENROLMENT_STATUSES {
                present(&t, enums::enrolment_status_key(s));
            }
            for m in Mark::ALL {
                present(&t, enums::mark_key(m));
                present(&t, enums::mark_symbol_key(m));
                present(&t, enums::mark_button_key(m));
            }
            for a in enums::ENROLMENT_ACTIONS {
                present(&t, &enums::enrolment_action_key(a).unwrap_or_default());
            }
            for tab in Tab::ALL {
                present(&t, tab.key());
                present(&t, tab.empty_key());
            }
            for step in Step::ALL {
                for status in [EnrolmentStatus::Requested, EnrolmentStatus::Active] {
                    let slug = step.slug(status);
                    present(&t, &step.key(status));
                    present(&t, &format!("enr-step-{slug}-title"));
                    present(&t, &format!("enr-step-{slug}-body"));
                    present(&t, &format!("enr-done-{slug}"));
                }
            }
        }
        let t = Translator::new(Lang::Ru);
        assert_eq!(
            t.t_args(
                "reg-count",
                &[("marked", Arg::Num(18)), ("total", Arg::Num(25))]
            ),
            "Отмечено 18 из 25"
        );
        assert_eq!(t.count("att-untaken-count", 3), "3 занятия без отметки");
        assert_eq!(
            t.t_args(
                "enr-class",
                &[("grade", Arg::Num(7)), ("letter", Arg::from("Б"))]
            ),
            "7Б"
        );
        assert_eq!(enums::enrolment_action_key("unknown"), None);
    }

    #[test]
    fn missing_key_shows_the_key() {
        assert_eq!(Translator::new(Lang::Ru).t("no-such-key"), "no-such-key");
    }
}
