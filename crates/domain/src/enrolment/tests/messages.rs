use uuid::Uuid;

use super::*;
use crate::agreement::NotCovered;
use crate::calendar::WeekKind;
use crate::enrolment::messages::ru_plural;
use crate::grade::GradeRange;

fn load_exceeded(total: f64, limit: u32, g: i64, week: WeekKind) -> RuleFailure {
    RuleFailure::LoadExceeded {
        total: h(total),
        limit: Hours::whole(limit),
        grade: grade(g),
        week,
    }
}

#[test]
fn the_load_message_names_the_numbers() {
    let f = load_exceeded(35.0, 33, 8, WeekKind::FiveDay);
    let ru = f.message(Lang::Ru);
    assert_eq!(
        ru,
        "Недельная нагрузка 35 ч превысит допустимые 33 ч для 8 класса при пятидневной неделе"
    );
    assert!(ru.contains("35") && ru.contains("33") && ru.contains("8 класса"));
    assert_eq!(
        f.message(Lang::En),
        "The weekly load of 35 h would exceed the allowed 33 h for grade 8 on a five-day week"
    );
    let half = load_exceeded(37.5, 37, 11, WeekKind::SixDay);
    assert!(half.message(Lang::Ru).contains("37,5 ч"));
    assert!(half.message(Lang::Ru).contains("шестидневной"));
    assert!(half.message(Lang::En).contains("37.5 h"));
}

#[test]
fn the_seat_message_agrees_with_its_number() {
    let msg = |capacity, taken| RuleFailure::NoSeat { capacity, taken }.message(Lang::Ru);
    assert_eq!(
        msg(15, 15),
        "Нет свободных мест: в группе 15 мест, занято 15"
    );
    assert_eq!(msg(1, 1), "Нет свободных мест: в группе 1 место, занято 1");
    assert_eq!(
        msg(22, 22),
        "Нет свободных мест: в группе 22 места, занято 22"
    );
    assert!(msg(21, 21).contains("21 место"));
    assert!(msg(11, 11).contains("11 мест,"));
    assert_eq!(
        RuleFailure::NoSeat {
            capacity: 1,
            taken: 1
        }
        .message(Lang::En),
        "No free seat: the group has 1 seat, 1 taken"
    );
}

#[test]
fn russian_plurals() {
    let f = |n| ru_plural(n, "место", "места", "мест");
    let got: Vec<_> = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112]
        .into_iter()
        .map(f)
        .collect();
    assert_eq!(
        got,
        [
            "мест",
            "место",
            "места",
            "места",
            "мест",
            "мест",
            "мест",
            "мест",
            "место",
            "места",
            "мест",
            "место",
            "мест",
            "мест"
        ]
    );
}

#[test]
fn the_grade_message() {
    let f = RuleFailure::GradeOutside {
        grade: grade(11),
        range: GradeRange::parse(5, 9).unwrap(),
    };
    assert_eq!(
        f.message(Lang::Ru),
        "Программа рассчитана на 5–9 классы, а обучающийся — в 11 классе"
    );
    assert_eq!(
        f.message(Lang::En),
        "The programme is for grades 5–9, and the student is in grade 11"
    );
    let one = RuleFailure::GradeOutside {
        grade: grade(4),
        range: GradeRange::parse(5, 5).unwrap(),
    };
    assert_eq!(
        one.message(Lang::Ru),
        "Программа рассчитана на 5 класс, а обучающийся — в 4 классе"
    );
}

#[test]
fn consent_six_day_week_and_timetable_messages() {
    assert_eq!(
        RuleFailure::NoConsent.message(Lang::Ru),
        "Нет согласия родителей (законных представителей) на сетевое обучение"
    );
    let six = RuleFailure::SixDayWeekNotAllowed { grade: grade(1) };
    assert!(six.message(Lang::Ru).contains("1 класса"));
    assert!(six.message(Lang::Ru).contains("шестидневную"));
    assert!(six.message(Lang::En).contains("grade 1"));
    let clash = RuleFailure::TimetableConflict {
        other_group: group(2),
        date: d(2026, 10, 14),
        from: t(14, 0),
        to: t(14, 40),
    };
    assert_eq!(
        clash.message(Lang::Ru),
        "Пересечение в расписании: 14.10.2026 с 14:00 до 14:40 обучающийся занят в другой группе"
    );
    assert!(
        clash
            .message(Lang::En)
            .contains("on 14.10.2026 from 14:00 to 14:40")
    );
}

#[test]
fn each_coverage_reason_has_its_message() {
    let agreement = Uuid::from_u128(9);
    let reasons = [
        NotCovered::NoAgreementBetween,
        NotCovered::ProgrammeNotCovered,
        NotCovered::NotSigned { agreement },
        NotCovered::Terminated {
            agreement,
            on: d(2027, 1, 15),
        },
        NotCovered::OutsideTerm {
            agreement,
            valid_from: d(2026, 9, 1),
            valid_to: d(2026, 12, 31),
        },
    ];
    let ru: Vec<String> = reasons
        .iter()
        .map(|r| RuleFailure::NotCovered(r.clone()).message(Lang::Ru))
        .collect();
    assert!(ru[0].contains("нет договора"));
    assert!(ru[1].contains("не включает эту программу"));
    assert!(ru[2].contains("подписан не всеми"));
    assert!(ru[3].contains("расторгнут с 15.01.2027"));
    assert!(ru[4].contains("01.09.2026–31.12.2026"));
    for (i, a) in ru.iter().enumerate() {
        assert!(ru[i + 1..].iter().all(|b| a != b), "{a} is repeated");
    }
    for r in &reasons {
        let f = RuleFailure::NotCovered(r.clone());
        assert_eq!(f.code(), "agreement_missing");
        assert!(!f.message(Lang::En).is_empty());
    }
    assert!(
        RuleFailure::NotCovered(reasons[4].clone())
            .message(Lang::En)
            .contains("01.09.2026–31.12.2026")
    );
}

#[test]
fn lifecycle_messages_name_the_dates_and_status() {
    let started = LifecycleError::AlreadyStarted {
        since: d(2026, 9, 1),
    };
    assert!(started.message(Lang::Ru).contains("01.09.2026"));
    assert!(started.message(Lang::Ru).contains("прекратить"));
    assert!(started.message(Lang::En).contains("withdrawn"));
    let early = LifecycleError::NotFinishedYet {
        last: d(2027, 5, 25),
    };
    assert!(early.message(Lang::Ru).contains("25.05.2027"));
    let wrong = LifecycleError::NotAllowed {
        from: EnrolmentStatus::Completed,
        transition: Transition::Reject,
    };
    assert_eq!(
        wrong.message(Lang::Ru),
        "Нельзя отклонить заявку: зачисление в статусе «завершено»"
    );
    assert_eq!(
        wrong.message(Lang::En),
        "Cannot reject the request: the enrolment is completed"
    );
}

#[test]
fn rule_titles() {
    let ru: Vec<&str> = Rule::ALL.iter().map(|r| r.title(Lang::Ru)).collect();
    assert_eq!(
        ru,
        [
            "Договор о сетевой форме",
            "Согласие родителей",
            "Класс",
            "Свободные места",
            "Недельная нагрузка",
            "Расписание"
        ]
    );
    assert!(Rule::ALL.iter().all(|r| !r.title(Lang::En).is_empty()));
}
