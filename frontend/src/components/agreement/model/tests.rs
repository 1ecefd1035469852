use chrono::{NaiveDate, TimeZone, Utc};
use domain::OrganizationId;
use domain::agreement::{
    AgreementContent, AgreementKind, AgreementStatus, CompletionDocument, PartyObligation,
};
use uuid::Uuid;
use wire::agreement::{Agreement, AgreementInput};
use wire::error::Lang;

use super::*;
use crate::i18n::Translator;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

const BASE: Uuid = Uuid::from_u128(25);
const LYCEUM: Uuid = Uuid::from_u128(24);
const NET: Uuid = Uuid::from_u128(7);

fn content() -> AgreementContent {
    AgreementContent {
        number: "СВ-2021/01".into(),
        date: day(2021, 8, 25),
        kind: AgreementKind::NetworkProgramme,
        network_id: Some(NET),
        base_organization: OrganizationId(BASE),
        participants: vec![OrganizationId(LYCEUM)],
        programmes: vec![Uuid::from_u128(100)],
        programme_description: "ООП ООО, «Технология»".into(),
        student_status: "Остаются обучающимися базовой организации".into(),
        admission_rules: "По заявлению родителей".into(),
        conditions: "По согласованному расписанию".into(),
        obligations: vec![PartyObligation {
            organization: OrganizationId(LYCEUM),
            duties: "Реализует модуль".into(),
            resources: Vec::new(),
        }],
        completion_documents: vec![CompletionDocument {
            document: "справка об обучении".into(),
            issued_by: OrganizationId(LYCEUM),
        }],
        valid_from: day(2021, 9, 1),
        valid_to: day(2022, 8, 31),
        change_procedure: "Дополнительными соглашениями".into(),
        termination_procedure: "По соглашению сторон".into(),
        grade_mappings: Vec::new(),
    }
}

/// The agreement as the server sends it (`service::agreements::input_of` + `to_wire`).
fn wire_of(c: &AgreementContent, status: AgreementStatus) -> Agreement {
    Agreement {
        id: Uuid::from_u128(8),
        network_id: NET,
        series_id: Uuid::from_u128(8),
        version_no: 1,
        supersedes_id: None,
        status,
        content: AgreementInput {
            number: c.number.clone(),
            date: c.date,
            kind: c.kind,
            base_organization_id: c.base_organization.as_uuid(),
            participant_ids: c.participants.iter().map(OrganizationId::as_uuid).collect(),
            programme_ids: c.programmes.clone(),
            programme_description: c.programme_description.clone(),
            student_status: c.student_status.clone(),
            admission_rules: c.admission_rules.clone(),
            conditions: c.conditions.clone(),
            obligations: c.obligations.clone(),
            completion_documents: c.completion_documents.clone(),
            valid_from: c.valid_from,
            valid_to: c.valid_to,
            change_procedure: c.change_procedure.clone(),
            termination_procedure: c.termination_procedure.clone(),
            grade_mappings: c.grade_mappings.clone(),
        },
        content_hash: c.content_hash(),
        signatures: Vec::new(),
        awaiting_signature_of: vec![BASE, LYCEUM],
        terminated_on: None,
        termination_reason: None,
        version: 2,
        updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
    }
}

#[test]
fn the_browser_recomputes_the_servers_hash() {
    let c = content();
    let a = wire_of(&c, AgreementStatus::AwaitingSignatures);
    assert_eq!(local_content(&a), c);
    assert!(hash_verified(&a));
    let mut changed = a.clone();
    changed.content.conditions.push('.');
    assert!(!hash_verified(&changed), "a changed text has another hash");
}

#[test]
fn hashes_read_in_groups() {
    let hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    assert_eq!(fingerprint(hash), "0123 4567 89ab cdef");
    assert_eq!(
        grouped(hash),
        "01234567 89abcdef 01234567 89abcdef 01234567 89abcdef 01234567 89abcdef"
    );
    assert_eq!(fingerprint(""), "");
}

#[test]
fn actions_follow_the_lifecycle() {
    let c = content();
    let draft = wire_of(&c, AgreementStatus::Draft);
    assert_eq!(
        actions(&draft, true),
        Actions {
            edit: true,
            submit: true,
            ..Actions::default()
        }
    );
    assert_eq!(actions(&draft, false), Actions::default());
    let mut waiting = wire_of(&c, AgreementStatus::AwaitingSignatures);
    assert_eq!(
        actions(&waiting, true),
        Actions {
            return_to_draft: true,
            ..Actions::default()
        }
    );
    assert!(may_sign(&waiting, LYCEUM));
    // Everyone signed, the term has not begun: in force already, may be terminated.
    waiting.awaiting_signature_of.clear();
    assert!(actions(&waiting, true).terminate);
    assert!(!may_sign(&waiting, LYCEUM));
    let active = wire_of(&c, AgreementStatus::Active);
    let a = actions(&active, true);
    assert!(a.terminate && a.new_version && !a.edit && !a.return_to_draft);
    assert_eq!(
        actions(&wire_of(&c, AgreementStatus::Terminated), true),
        Actions::default()
    );
    assert!(!may_sign(&draft, LYCEUM));
}

#[test]
fn what_blocks_signature_is_named_in_words() {
    let mut c = content();
    let complete = wire_of(&c, AgreementStatus::Draft);
    assert!(problem_keys(&complete).is_empty());
    c.student_status.clear();
    c.obligations[0].organization = OrganizationId(Uuid::from_u128(1));
    c.programmes.clear();
    let keys = problem_keys(&wire_of(&c, AgreementStatus::Draft));
    assert_eq!(
        keys,
        [
            "agr-missing-student_status",
            "agr-missing-programmes",
            "agr-not-party-obligations"
        ]
    );
    for lang in [Lang::Ru, Lang::En] {
        let t = Translator::new(lang);
        for p in all_problems() {
            let key = problem_key(&p);
            assert_ne!(t.t(&key), key, "{key} in {lang:?}");
        }
    }
}

#[test]
fn every_status_has_a_colour() {
    let colours: Vec<_> = crate::i18n::enums::AGREEMENT_STATUSES
        .into_iter()
        .map(status_color)
        .collect();
    let mut unique = colours.clone();
    unique.dedup();
    assert_eq!(unique.len(), colours.len());
    assert_eq!(status_color(AgreementStatus::Active), "pf-m-green");
}
