use super::*;
use crate::period::Period;
use proptest::prelude::*;
use uuid::Uuid;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const SOSH25: OrganizationId = OrganizationId(Uuid::from_u128(25));
const LYCEUM24: OrganizationId = OrganizationId(Uuid::from_u128(24));
const ROBOTICS: Uuid = Uuid::from_u128(1001);
const GRAPHICS: Uuid = Uuid::from_u128(1002);

/// The seed `000_…` agreement: СОШ №25 (base) and Лицей №24, «Технология» 2021/22.
fn seed_000() -> AgreementContent {
    AgreementContent {
        number: "СВ-01/2021".into(),
        date: d(2021, 8, 20),
        kind: AgreementKind::NetworkProgramme,
        network_id: None,
        base_organization: SOSH25,
        participants: vec![LYCEUM24],
        programmes: vec![ROBOTICS, GRAPHICS],
        programme_description:
            "Основная общеобразовательная программа ООО, предметная область «Технология»".into(),
        student_status: "Обучающиеся остаются обучающимися базовой организации".into(),
        admission_rules: "По заявлению родителей, приказом базовой организации".into(),
        conditions: "Занятия по модулям проводятся на базе лицея по расписанию".into(),
        obligations: vec![
            PartyObligation {
                organization: LYCEUM24,
                duties: "Реализует модули".into(),
                resources: vec![ResourceUse {
                    kind: "кабинет робототехники".into(),
                    volume: "2 ч в неделю".into(),
                }],
            },
            PartyObligation {
                organization: SOSH25,
                duties: "Формирует группы".into(),
                resources: vec![],
            },
        ],
        completion_documents: vec![CompletionDocument {
            document: "справка об обучении".into(),
            issued_by: LYCEUM24,
        }],
        valid_from: d(2021, 9, 1),
        valid_to: d(2022, 8, 31),
        change_procedure: "Дополнительным соглашением".into(),
        termination_procedure: "По соглашению сторон с уведомлением за 30 дней".into(),
        grade_mappings: vec![GradeMapping {
            source: AssessmentForm::Score100,
            target: AssessmentForm::Grade5,
            steps: vec![
                MappingStep {
                    equals: None,
                    at_least: Some(85),
                    result: "5".into(),
                },
                MappingStep {
                    equals: None,
                    at_least: Some(70),
                    result: "4".into(),
                },
                MappingStep {
                    equals: None,
                    at_least: Some(50),
                    result: "3".into(),
                },
            ],
        }],
    }
}

#[test]
fn complete_content_passes_and_missing_parts_are_named() {
    assert_eq!(check_content(&seed_000()), vec![]);
    let mut c = seed_000();
    c.admission_rules = " ".into();
    c.programmes.clear();
    c.valid_to = d(2021, 1, 1);
    let fields: Vec<_> = check_content(&c)
        .iter()
        .map(ContentProblem::field)
        .collect();
    assert_eq!(fields, ["admission_rules", "valid_to", "programme_ids"]);
}

#[test]
fn the_hash_ignores_list_order_but_not_content() {
    let a = seed_000();
    let mut b = seed_000();
    b.programmes.reverse();
    b.obligations.reverse();
    assert_eq!(a.content_hash(), b.content_hash());
    b.conditions.push('!');
    assert_ne!(a.content_hash(), b.content_hash());
    assert_eq!(a.content_hash().len(), 64);
}

#[test]
fn lifecycle_from_draft_to_active_and_expired() {
    let c = seed_000();
    let h = c.content_hash();
    let today = d(2021, 10, 1);
    let draft = AgreementState {
        content: &c,
        submitted: false,
        signatures: &[],
        terminated_on: None,
    };
    assert_eq!(draft.status(today), AgreementStatus::Draft);
    assert_eq!(check_transition(&draft, &Transition::Edit, today), Ok(()));
    assert_eq!(
        check_transition(&draft, &Transition::Sign(SOSH25), today),
        Err(TransitionError::NotAwaitingSignatures(
            AgreementStatus::Draft
        ))
    );

    let one = [(SOSH25, h.clone())];
    let half = AgreementState {
        submitted: true,
        signatures: &one,
        ..draft.clone()
    };
    assert_eq!(half.status(today), AgreementStatus::AwaitingSignatures);
    assert_eq!(half.awaiting(), vec![LYCEUM24]);
    assert_eq!(
        check_transition(&half, &Transition::Edit, today),
        Err(TransitionError::NotDraft(
            AgreementStatus::AwaitingSignatures
        ))
    );
    assert_eq!(
        check_transition(&half, &Transition::Sign(SOSH25), today),
        Err(TransitionError::AlreadySigned)
    );
    let stranger = OrganizationId(Uuid::from_u128(9));
    assert_eq!(
        check_transition(&half, &Transition::Sign(stranger), today),
        Err(TransitionError::NotAParty)
    );
    assert_eq!(
        check_transition(&half, &Transition::Sign(LYCEUM24), today),
        Ok(())
    );

    let both = [(SOSH25, h.clone()), (LYCEUM24, h.clone())];
    let signed = AgreementState {
        signatures: &both,
        ..half.clone()
    };
    assert_eq!(
        signed.status(d(2021, 8, 25)),
        AgreementStatus::AwaitingSignatures,
        "signed, not yet in force"
    );
    assert_eq!(signed.status(today), AgreementStatus::Active);
    assert_eq!(signed.status(d(2022, 9, 1)), AgreementStatus::Expired);
    assert_eq!(
        check_transition(&signed, &Transition::NewVersion, today),
        Ok(())
    );

    let ended = AgreementState {
        terminated_on: Some(d(2022, 1, 10)),
        ..signed.clone()
    };
    assert_eq!(ended.status(d(2022, 1, 9)), AgreementStatus::Active);
    assert_eq!(ended.status(d(2022, 1, 10)), AgreementStatus::Terminated);
}

#[test]
fn a_signature_of_older_content_does_not_count() {
    let c = seed_000();
    let old = [(SOSH25, "0".repeat(64)), (LYCEUM24, c.content_hash())];
    let s = AgreementState {
        content: &c,
        submitted: true,
        signatures: &old,
        terminated_on: None,
    };
    assert_eq!(s.awaiting(), vec![SOSH25]);
    assert_eq!(
        s.status(d(2021, 10, 1)),
        AgreementStatus::AwaitingSignatures
    );
}

#[test]
fn submit_needs_complete_content_and_terminate_needs_force() {
    let mut c = seed_000();
    c.number.clear();
    let s = AgreementState {
        content: &c,
        submitted: false,
        signatures: &[],
        terminated_on: None,
    };
    assert!(
        matches!(check_transition(&s, &Transition::Submit, d(2021, 8, 21)), Err(TransitionError::Incomplete(p)) if p == vec![ContentProblem::Missing("number")])
    );
    assert_eq!(
        check_transition(&s, &Transition::Terminate(d(2021, 12, 1)), d(2021, 10, 1)),
        Err(TransitionError::NotInForce(AgreementStatus::Draft))
    );
}

#[test]
fn grade_mapping_thresholds_and_values() {
    let m = &seed_000().grade_mappings[0];
    assert_eq!(m.map("90"), Some("5"));
    assert_eq!(m.map("85"), Some("5"));
    assert_eq!(m.map("84"), Some("4"));
    assert_eq!(m.map("50"), Some("3"));
    assert_eq!(m.map("49"), None);
    let pf = GradeMapping {
        source: AssessmentForm::PassFail,
        target: AssessmentForm::PassFail,
        steps: vec![MappingStep {
            equals: Some("pass".into()),
            at_least: None,
            result: "зачтено".into(),
        }],
    };
    assert_eq!(pf.map("pass"), Some("зачтено"));
    assert_eq!(pf.map("fail"), None);
}

fn facts(c: &AgreementContent, signed: bool) -> AgreementFacts {
    AgreementFacts {
        id: Uuid::from_u128(7),
        parties: c.parties(),
        programmes: c.programmes.clone(),
        fully_signed: signed,
        valid_from: c.valid_from,
        valid_to: c.valid_to,
        terminated_on: None,
    }
}

fn query(from: NaiveDate, to: NaiveDate) -> CoverageQuery {
    CoverageQuery {
        programme: ROBOTICS,
        home: SOSH25,
        provider: LYCEUM24,
        from,
        to,
    }
}

#[test]
fn coverage_reasons() {
    let c = seed_000();
    let ok = [facts(&c, true)];
    let q = query(d(2021, 9, 6), d(2022, 5, 27));
    assert_eq!(find_cover(&ok, &q).map(|a| a.id), Ok(Uuid::from_u128(7)));
    assert_eq!(find_cover(&[], &q), Err(NotCovered::NoAgreementBetween));
    let other = CoverageQuery {
        programme: Uuid::from_u128(5),
        ..q
    };
    assert_eq!(
        find_cover(&ok, &other),
        Err(NotCovered::ProgrammeNotCovered)
    );
    assert_eq!(
        find_cover(&[facts(&c, false)], &q),
        Err(NotCovered::NotSigned {
            agreement: Uuid::from_u128(7)
        })
    );
    let mut ended = facts(&c, true);
    ended.terminated_on = Some(d(2022, 1, 1));
    assert!(matches!(
        find_cover(&[ended], &q),
        Err(NotCovered::Terminated { .. })
    ));
    let late = query(d(2022, 6, 1), d(2022, 9, 30));
    assert!(matches!(
        find_cover(&ok, &late),
        Err(NotCovered::OutsideTerm { .. })
    ));
    // The closest candidate explains the refusal.
    let mut unsigned = facts(&c, false);
    unsigned.id = Uuid::from_u128(8);
    let stranger = AgreementFacts {
        parties: vec![SOSH25],
        ..facts(&c, true)
    };
    assert_eq!(
        find_cover(&[stranger, unsigned], &q),
        Err(NotCovered::NotSigned {
            agreement: Uuid::from_u128(8)
        })
    );
}

proptest! {
    /// Coverage holds exactly when the days lie inside the term, for any days.
    #[test]
    fn covered_iff_inside_term(a in 0i64..700, len in 0i64..400) {
        let c = seed_000();
        let start = d(2021, 1, 1) + chrono::Duration::days(a);
        let end = start + chrono::Duration::days(len);
        let inside = Period::new(c.valid_from, Some(c.valid_to)).unwrap()
            .includes(&Period::new(start, Some(end)).unwrap());
        let f = [facts(&c, true)];
        let r = find_cover(&f, &query(start, end));
        prop_assert_eq!(r.is_ok(), inside);
    }

    /// Swapping home and provider never changes the answer: both are parties alike.
    #[test]
    fn coverage_is_symmetric_in_the_two_schools(a in 0i64..700, len in 0i64..400, signed in any::<bool>()) {
        let c = seed_000();
        let start = d(2021, 1, 1) + chrono::Duration::days(a);
        let q = query(start, start + chrono::Duration::days(len));
        let swapped = CoverageQuery { home: q.provider, provider: q.home, ..q };
        let f = [facts(&c, signed)];
        prop_assert_eq!(find_cover(&f, &q).is_ok(), find_cover(&f, &swapped).is_ok());
    }

    /// Any reordering of participants and programmes keeps the hash.
    #[test]
    fn hash_is_order_independent(seed in any::<u64>()) {
        let mut c = seed_000();
        c.participants.push(OrganizationId(Uuid::from_u128(u128::from(seed))));
        let h = c.content_hash();
        c.participants.reverse();
        c.programmes.rotate_left(1);
        prop_assert_eq!(h, c.content_hash());
    }
}

/// The hash of a fixed agreement, as signed today. If this changes, every signed
/// agreement would read as unsigned («ожидает подписей»): fix the change, not the test.
#[test]
fn the_hash_of_signed_content_never_changes() {
    assert_eq!(
        seed_000().content_hash(),
        "51e9d6ed1100fce530c0b2fce4f284403a8cb90e50abca97c5e0161e10004204"
    );
}

/// A field added to the content must leave the hash of older content alone: with its
/// default (empty) value it is not part of the canonical JSON.
#[test]
fn new_fields_stay_out_of_the_hash_until_they_have_a_value() {
    let json: serde_json::Value = serde_json::from_slice(&seed_000().canonical_json()).unwrap();
    let mut names: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = HASHED_FIELDS.to_vec();
    names.sort_unstable();
    expected.sort_unstable();
    assert_eq!(
        names, expected,
        "a new field of AgreementContent needs #[serde(default, skip_serializing_if = …)]"
    );
}
