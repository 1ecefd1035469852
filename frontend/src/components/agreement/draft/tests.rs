use chrono::{TimeZone, Utc};
use domain::agreement::AgreementStatus;
use domain::network::{NetworkModel, NetworkStatus};

use super::*;

const BASE: Uuid = Uuid::from_u128(25);
const LYCEUM: Uuid = Uuid::from_u128(24);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn network(from: NaiveDate, to: Option<NaiveDate>) -> Network {
    Network {
        id: Uuid::from_u128(7),
        municipality_id: Uuid::nil(),
        name: String::new(),
        model: NetworkModel::Cooperation,
        goal: String::new(),
        tasks: Vec::new(),
        expected_results: Vec::new(),
        period_from: from,
        period_to: to,
        status: NetworkStatus::Active,
        members: Vec::new(),
        version: 1,
        created_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
        updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
    }
}

fn filled() -> AgrDraft {
    let mut d = AgrDraft::new(
        &network(day(2021, 9, 1), None),
        Some(BASE),
        day(2021, 8, 25),
    );
    d.number = " СВ-2021/01 ".into();
    d.participants = vec![LYCEUM];
    d.programmes = vec![Uuid::from_u128(100)];
    d.student_status = "Остаются обучающимися базовой организации".into();
    d.obligations = vec![
        ObligationDraft {
            organization: LYCEUM.to_string(),
            duties: "Реализует модуль «Робототехника»".into(),
            resources: vec![
                ResourceDraft {
                    kind: "кабинет робототехники".into(),
                    volume: "1 ч в неделю".into(),
                },
                ResourceDraft::default(),
            ],
        },
        ObligationDraft::default(),
    ];
    d.documents = vec![DocumentDraft {
        document: "справка об обучении".into(),
        issued_by: LYCEUM.to_string(),
    }];
    d.mappings = vec![MappingDraft {
        source: "score100".into(),
        target: "grade5".into(),
        steps: vec![
            StepDraft {
                mode: StepMode::AtLeast,
                value: "85".into(),
                result: "5".into(),
            },
            StepDraft::default(),
        ],
    }];
    d
}

#[test]
fn a_new_draft_takes_the_school_year_within_the_network_period() {
    let n = network(day(2021, 9, 1), Some(day(2022, 6, 30)));
    let d = AgrDraft::new(&n, None, day(2021, 8, 25));
    assert_eq!(
        (d.valid_from.as_str(), d.valid_to.as_str()),
        ("2021-09-01", "2022-06-30")
    );
    assert_eq!(d.date, "2021-08-25");
    assert!(d.base.is_empty());
    let d = AgrDraft::new(&n, Some(BASE), day(2022, 2, 1));
    assert_eq!(d.valid_from, "2021-09-01");
    assert_eq!(d.base, BASE.to_string());
    assert_eq!(
        school_year(day(2025, 9, 1)),
        (day(2025, 9, 1), day(2026, 8, 31))
    );
}

#[test]
fn rows_become_the_art_15_lists_and_empty_rows_are_dropped() {
    let input = filled().input().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(input.number, "СВ-2021/01");
    assert_eq!(input.base_organization_id, BASE);
    assert_eq!(input.obligations.len(), 1);
    assert_eq!(input.obligations[0].resources.len(), 1);
    assert_eq!(input.completion_documents[0].issued_by.as_uuid(), LYCEUM);
    let steps = &input.grade_mappings[0].steps;
    assert_eq!(steps.len(), 1);
    assert_eq!(
        (steps[0].at_least, steps[0].equals.as_deref()),
        (Some(85), None)
    );
    assert_eq!(input.valid_to, day(2022, 8, 31));
}

#[test]
fn half_filled_rows_are_named_by_position() {
    let mut d = filled();
    d.obligations[1].duties = "Формирует группы".into();
    d.documents.push(DocumentDraft {
        document: "сертификат".into(),
        issued_by: String::new(),
    });
    d.mappings[0].steps[1] = StepDraft {
        mode: StepMode::AtLeast,
        value: "восемьдесят".into(),
        result: "4".into(),
    };
    d.valid_to = "31.08.2022".into();
    assert_eq!(
        d.input(),
        Err(vec![
            "valid_to".to_owned(),
            "obligations.1.organization".to_owned(),
            "completion_documents.1.issued_by".to_owned(),
            "grade_mappings.0.steps.1.value".to_owned(),
        ])
    );
}

#[test]
fn the_base_is_never_its_own_participant() {
    let mut d = filled();
    d.participants.push(BASE);
    assert_eq!(d.parties(), vec![BASE, LYCEUM]);
    d.set_base(LYCEUM.to_string());
    assert_eq!(
        d.participants,
        vec![BASE],
        "the new base leaves the participants"
    );
    d.participants = vec![BASE, LYCEUM];
    let input = d.input().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(input.participant_ids, vec![BASE]);
}

#[test]
fn an_agreement_round_trips_through_the_form() {
    let input = filled().input().unwrap_or_else(|e| panic!("{e:?}"));
    let a = Agreement {
        id: Uuid::nil(),
        network_id: Uuid::nil(),
        series_id: Uuid::nil(),
        version_no: 1,
        supersedes_id: None,
        status: AgreementStatus::Draft,
        content: input.clone(),
        content_hash: String::new(),
        signatures: Vec::new(),
        awaiting_signature_of: Vec::new(),
        terminated_on: None,
        termination_reason: None,
        version: 1,
        updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
    };
    assert_eq!(AgrDraft::from_agreement(&a).input(), Ok(input));
}
