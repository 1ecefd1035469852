//! Refusals and titles in words, Russian first. Messages name the numbers and dates
//! (dd.mm.yyyy) so the user sees what to change without opening anything else.

use chrono::{NaiveDate, NaiveTime};

use super::Lang;
use super::lifecycle::{EnrolmentStatus, LifecycleError, Transition};
use super::rules::{Rule, RuleFailure};
use crate::agreement::NotCovered;
use crate::calendar::WeekKind;
use crate::grade::GradeRange;

/// Russian plural form: 1 место, 2 места, 5 мест, 21 место, 11 мест.
pub(super) fn ru_plural<'a>(n: u32, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let (d10, d100) = (n % 10, n % 100);
    if d10 == 1 && d100 != 11 {
        one
    } else if (2..=4).contains(&d10) && !(12..=14).contains(&d100) {
        few
    } else {
        many
    }
}

fn day(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

fn time(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

impl Rule {
    /// A short title for the preview of the rules.
    pub fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Rule::AgreementCovers, Lang::Ru) => "Договор о сетевой форме",
            (Rule::AgreementCovers, Lang::En) => "Network agreement",
            (Rule::ConsentOnFile, Lang::Ru) => "Согласие родителей",
            (Rule::ConsentOnFile, Lang::En) => "Parental consent",
            (Rule::GradeInProgramme, Lang::Ru) => "Класс",
            (Rule::GradeInProgramme, Lang::En) => "Grade",
            (Rule::FreeSeat, Lang::Ru) => "Свободные места",
            (Rule::FreeSeat, Lang::En) => "Free seats",
            (Rule::WeeklyLoad, Lang::Ru) => "Недельная нагрузка",
            (Rule::WeeklyLoad, Lang::En) => "Weekly load",
            (Rule::NoTimetableConflict, Lang::Ru) => "Расписание",
            (Rule::NoTimetableConflict, Lang::En) => "Timetable",
        }
    }
}

impl EnrolmentStatus {
    /// The status in words («одобрено», "approved").
    pub fn title(self, lang: Lang) -> &'static str {
        use EnrolmentStatus as S;
        match (self, lang) {
            (S::Requested, Lang::Ru) => "запрошено",
            (S::Requested, Lang::En) => "requested",
            (S::Approved, Lang::Ru) => "одобрено",
            (S::Approved, Lang::En) => "approved",
            (S::Waitlisted, Lang::Ru) => "в листе ожидания",
            (S::Waitlisted, Lang::En) => "waitlisted",
            (S::Rejected, Lang::Ru) => "отклонено",
            (S::Rejected, Lang::En) => "rejected",
            (S::Active, Lang::Ru) => "идёт обучение",
            (S::Active, Lang::En) => "active",
            (S::Completed, Lang::Ru) => "завершено",
            (S::Completed, Lang::En) => "completed",
            (S::Withdrawn, Lang::Ru) => "прекращено",
            (S::Withdrawn, Lang::En) => "withdrawn",
        }
    }
}

impl Transition {
    /// What the step does, as it reads after «Нельзя» / "Cannot".
    fn verb(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Transition::Approve, Lang::Ru) => "одобрить заявку",
            (Transition::Approve, Lang::En) => "approve the request",
            (Transition::Waitlist, Lang::Ru) => "поставить заявку в лист ожидания",
            (Transition::Waitlist, Lang::En) => "waitlist the request",
            (Transition::Reject, Lang::Ru) => "отклонить заявку",
            (Transition::Reject, Lang::En) => "reject the request",
            (Transition::Withdraw, Lang::Ru) => "прекратить зачисление",
            (Transition::Withdraw, Lang::En) => "withdraw the enrolment",
            (Transition::Complete, Lang::Ru) => "завершить обучение",
            (Transition::Complete, Lang::En) => "complete the enrolment",
        }
    }
}

impl LifecycleError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::NotAllowed { from, transition }, Lang::Ru) => format!(
                "Нельзя {}: зачисление в статусе «{}»",
                transition.verb(lang),
                from.title(lang)
            ),
            (Self::NotAllowed { from, transition }, Lang::En) => format!(
                "Cannot {}: the enrolment is {}",
                transition.verb(lang),
                from.title(lang)
            ),
            (Self::AlreadyStarted { since }, Lang::Ru) => format!(
                "Обучение идёт с {}: отклонить зачисление уже нельзя, его можно только прекратить",
                day(*since)
            ),
            (Self::AlreadyStarted { since }, Lang::En) => format!(
                "Studies began on {}: the enrolment can no longer be rejected, only withdrawn",
                day(*since)
            ),
            (Self::NotFinishedYet { last }, Lang::Ru) => format!(
                "Группа занимается до {0}: завершить обучение можно с {0}",
                day(*last)
            ),
            (Self::NotFinishedYet { last }, Lang::En) => format!(
                "The group runs until {0}: the enrolment can be completed from {0}",
                day(*last)
            ),
        }
    }
}

fn not_covered(reason: &NotCovered, lang: Lang) -> String {
    use NotCovered as N;
    match (reason, lang) {
        (N::NoAgreementBetween, Lang::Ru) => {
            "Между школами нет договора о сетевой форме реализации программ".into()
        }
        (N::NoAgreementBetween, Lang::En) => {
            "There is no network agreement between the schools".into()
        }
        (N::ProgrammeNotCovered, Lang::Ru) => {
            "Договор между школами не включает эту программу".into()
        }
        (N::ProgrammeNotCovered, Lang::En) => {
            "The agreement between the schools does not cover this programme".into()
        }
        (N::NotSigned { .. }, Lang::Ru) => "Договор подписан не всеми сторонами".into(),
        (N::NotSigned { .. }, Lang::En) => "The agreement is not signed by every party".into(),
        (N::Terminated { on, .. }, Lang::Ru) => format!(
            "Договор расторгнут с {}, раньше, чем закончатся занятия группы",
            day(*on)
        ),
        (N::Terminated { on, .. }, Lang::En) => format!(
            "The agreement is terminated as of {}, before the group's last date",
            day(*on)
        ),
        (
            N::OutsideTerm {
                valid_from,
                valid_to,
                ..
            },
            Lang::Ru,
        ) => format!(
            "Срок действия договора {}–{} не охватывает даты занятий группы",
            day(*valid_from),
            day(*valid_to)
        ),
        (
            N::OutsideTerm {
                valid_from,
                valid_to,
                ..
            },
            Lang::En,
        ) => format!(
            "The agreement's term {}–{} does not include the group's dates",
            day(*valid_from),
            day(*valid_to)
        ),
    }
}

fn grades(range: GradeRange, lang: Lang) -> String {
    let (from, to) = (range.from(), range.to());
    match (from == to, lang) {
        (true, Lang::Ru) => format!("{from} класс"),
        (false, Lang::Ru) => format!("{from}–{to} классы"),
        (true, Lang::En) => format!("grade {from}"),
        (false, Lang::En) => format!("grades {from}–{to}"),
    }
}

fn week(w: WeekKind, lang: Lang) -> &'static str {
    match (w, lang) {
        (WeekKind::FiveDay, Lang::Ru) => "при пятидневной неделе",
        (WeekKind::SixDay, Lang::Ru) => "при шестидневной неделе",
        (WeekKind::FiveDay, Lang::En) => "on a five-day week",
        (WeekKind::SixDay, Lang::En) => "on a six-day week",
    }
}

impl RuleFailure {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::NotCovered(reason), _) => not_covered(reason, lang),
            (Self::NoConsent, Lang::Ru) => {
                "Нет согласия родителей (законных представителей) на сетевое обучение".into()
            }
            (Self::NoConsent, Lang::En) => {
                "No consent of the parents (legal representatives) to network learning is on file"
                    .into()
            }
            (Self::GradeOutside { grade, range }, Lang::Ru) => format!(
                "Программа рассчитана на {}, а обучающийся — в {grade} классе",
                grades(*range, lang)
            ),
            (Self::GradeOutside { grade, range }, Lang::En) => format!(
                "The programme is for {}, and the student is in grade {grade}",
                grades(*range, lang)
            ),
            (Self::NoSeat { capacity, taken }, Lang::Ru) => format!(
                "Нет свободных мест: в группе {capacity} {}, занято {taken}",
                ru_plural(*capacity, "место", "места", "мест")
            ),
            (Self::NoSeat { capacity, taken }, Lang::En) => format!(
                "No free seat: the group has {capacity} seat{}, {taken} taken",
                if *capacity == 1 { "" } else { "s" }
            ),
            (
                Self::LoadExceeded {
                    total,
                    limit,
                    grade,
                    week: w,
                },
                _,
            ) => match lang {
                Lang::Ru => format!(
                    "Недельная нагрузка {} ч превысит допустимые {} ч для {grade} класса {}",
                    total.format(lang),
                    limit.format(lang),
                    week(*w, lang)
                ),
                Lang::En => format!(
                    "The weekly load of {} h would exceed the allowed {} h for grade {grade} {}",
                    total.format(lang),
                    limit.format(lang),
                    week(*w, lang)
                ),
            },
            (Self::HomeLoadMissing { grade }, Lang::Ru) => format!(
                "Школа не указала недельную нагрузку учебного плана для {grade} класса: \
                 нагрузку нельзя проверить"
            ),
            (Self::HomeLoadMissing { grade }, Lang::En) => format!(
                "The home school has not entered the weekly hours of its curriculum for \
                 grade {grade}: the load cannot be checked"
            ),
            (Self::SixDayWeekNotAllowed { grade }, Lang::Ru) => format!(
                "СанПиН 1.2.3685-21 не допускает шестидневную неделю для {grade} класса: \
                 нагрузку нельзя согласовать"
            ),
            (Self::SixDayWeekNotAllowed { grade }, Lang::En) => format!(
                "SanPiN 1.2.3685-21 does not allow a six-day week for grade {grade}: \
                 the load cannot be approved"
            ),
            (Self::TimetableConflict { date, from, to, .. }, Lang::Ru) => format!(
                "Пересечение в расписании: {} с {} до {} обучающийся занят в другой группе",
                day(*date),
                time(*from),
                time(*to)
            ),
            (Self::TimetableConflict { date, from, to, .. }, Lang::En) => format!(
                "Timetable conflict: on {} from {} to {} the student is busy in another group",
                day(*date),
                time(*from),
                time(*to)
            ),
        }
    }
}
