//! Agreements: drafted by the base school or the coordinator, signed by each party's
//! administration against the content hash, active when all have signed.

use chrono::{Duration, NaiveDate, Utc};
use domain::network::{MembershipRole, NetworkModel};
use domain::programme::{AssessmentForm, DeliveryMode, EducationLevel, ProgrammeStatus};
use serde_json::json;
use uuid::Uuid;
use wire::ErrorCode;
use wire::agreement::{Agreement, AgreementStatus, Coverage};
use wire::programme::{Programme, ProgrammeInput};
use wire::routes;

use crate::builders::{create_network, demo_org, member, network};
use crate::helpers::{TestApp, spawn_demo_app};

pub(crate) struct Setup {
    pub network: Uuid,
    pub programme: Uuid,
    pub lyceum: Uuid,
    pub sosh25: Uuid,
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// The seed 000 network in Сергиев Посад: Лицей №24 coordinates and teaches, СОШ №25
/// takes part; one «Робототехника» module.
pub(crate) async fn seed_000(app: &TestApp) -> Setup {
    let admin = app.demo("admin").await;
    let lyceum = demo_org(&admin, "sp-lyceum-24").await;
    let sosh25 = demo_org(&admin, "sp-sosh-25").await;
    let n = create_network(
        &admin,
        &network(
            lyceum.municipality_id,
            NetworkModel::Cooperation,
            lyceum.id,
            vec![member(
                sosh25.id,
                MembershipRole::Participant,
                crate::builders::day(2020, 9, 1),
            )],
        ),
    )
    .await;
    let p = ProgrammeInput {
        code: "ТЕХ-РОБ".into(),
        title: "Технология".into(),
        subject_area: "Технология".into(),
        module: Some("Робототехника".into()),
        level: EducationLevel::Ooo,
        grade_from: 5,
        grade_to: 8,
        total_hours: 34,
        hours_per_week: 1.0,
        delivery_mode: DeliveryMode::InPerson,
        assessment_form: AssessmentForm::PassFail,
        provider_ids: vec![lyceum.id],
        status: ProgrammeStatus::Approved,
        external_id: None,
    };
    let r = admin.post(&routes::network_programmes(n.id), &p).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let p: Programme = r.json();
    Setup {
        network: n.id,
        programme: p.id,
        lyceum: lyceum.id,
        sosh25: sosh25.id,
    }
}

pub(crate) fn body(s: &Setup) -> serde_json::Value {
    json!({
        "number": "СВ-01", "date": today() - Duration::days(40), "kind": "network_programme",
        "base_organization_id": s.sosh25, "participant_ids": [s.lyceum], "programme_ids": [s.programme],
        "programme_description": "ООП ООО, предметная область «Технология»",
        "student_status": "Обучающиеся остаются обучающимися базовой организации",
        "admission_rules": "По заявлению родителей", "conditions": "Занятия на базе лицея",
        "obligations": [
            {"organization": s.lyceum, "duties": "Реализует модуль", "resources": [{"kind": "кабинет робототехники", "volume": "2 ч в неделю"}]},
            {"organization": s.sosh25, "duties": "Формирует группы"}
        ],
        "completion_documents": [{"document": "справка об обучении", "issued_by": s.lyceum}],
        "valid_from": today() - Duration::days(30), "valid_to": today() + Duration::days(300),
        "change_procedure": "Дополнительным соглашением", "termination_procedure": "По соглашению сторон",
        "grade_mappings": [{"source": "pass_fail", "target": "pass_fail", "steps": [{"equals": "pass", "result": "зачтено"}]}]
    })
}

#[tokio::test]
async fn both_schools_sign_and_the_agreement_becomes_active() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let base = app.demo("sosh25.director").await;
    let lyceum = app.demo("lyceum24.director").await;

    let r = base
        .post(&routes::network_agreements(s.network), &body(&s))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let a: Agreement = r.json();
    assert_eq!(a.status, AgreementStatus::Draft);
    assert_eq!(a.content_hash.len(), 64);

    // Nobody signs a draft.
    let sign = json!({ "content_hash": a.content_hash });
    base.post(&routes::agreement_action(a.id, "sign"), &sign)
        .await
        .problem(409, ErrorCode::AgreementNotAwaitingSignatures);
    let r = base
        .post(&routes::agreement_action(a.id, "submit"), &json!({}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let a: Agreement = r.json();
    assert_eq!(a.status, AgreementStatus::AwaitingSignatures);
    assert_eq!(a.awaiting_signature_of.len(), 2);

    let r = base
        .post(&routes::agreement_action(a.id, "sign"), &sign)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    base.post(&routes::agreement_action(a.id, "sign"), &sign)
        .await
        .problem(409, ErrorCode::AlreadySigned);
    base.put(&routes::agreement(a.id), &body(&s))
        .await
        .problem(409, ErrorCode::AgreementNotDraft);
    // The coordinator manages but is no signatory for another school; a teacher never signs.
    app.demo("lyceum24.teacher")
        .await
        .post(&routes::agreement_action(a.id, "sign"), &sign)
        .await
        .problem(403, ErrorCode::Forbidden);
    // A stale hash is refused: the signer must have seen the current text.
    lyceum
        .post(
            &routes::agreement_action(a.id, "sign"),
            &json!({"content_hash": "0".repeat(64)}),
        )
        .await
        .problem(409, ErrorCode::Conflict);

    let r = lyceum
        .post(&routes::agreement_action(a.id, "sign"), &sign)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let a: Agreement = r.json();
    assert_eq!(a.status, AgreementStatus::Active);
    assert!(a.awaiting_signature_of.is_empty());
    assert!(
        a.signatures
            .iter()
            .all(|sig| sig.current && sig.content_hash == a.content_hash)
    );

    let q = format!(
        "{}?programme_id={}&home_id={}&provider_id={}&from={}&to={}",
        routes::AGREEMENT_COVERAGE,
        s.programme,
        s.sosh25,
        s.lyceum,
        today(),
        today() + Duration::days(100)
    );
    let c: Coverage = base.get(&q).await.json();
    assert!(c.covered, "{c:?}");
    assert_eq!(c.agreement_id, Some(a.id));
    let late = q.replace(
        &(today() + Duration::days(100)).to_string(),
        &(today() + Duration::days(400)).to_string(),
    );
    let c: Coverage = base.get(&late).await.json();
    assert_eq!(c.reason.as_deref(), Some("agreement_term_does_not_cover"));

    // A supplementary agreement starts as a new draft; the signed version stays readable.
    let r = base
        .post(&routes::agreement_action(a.id, "versions"), &json!({}))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let v2: Agreement = r.json();
    assert_eq!(
        (v2.version_no, v2.status, v2.series_id),
        (2, AgreementStatus::Draft, a.id)
    );
    let all: Vec<Agreement> = lyceum
        .get(&routes::agreement_action(a.id, "versions"))
        .await
        .json();
    let states: Vec<_> = all.iter().map(|x| (x.version_no, x.status)).collect();
    assert_eq!(
        states,
        vec![(1, AgreementStatus::Active), (2, AgreementStatus::Draft)]
    );

    // Once both sign the supplementary agreement, it replaces the first version.
    let v2: Agreement = base
        .post(&routes::agreement_action(v2.id, "submit"), &json!({}))
        .await
        .json();
    let sign2 = json!({ "content_hash": v2.content_hash });
    assert_eq!(
        base.post(&routes::agreement_action(v2.id, "sign"), &sign2)
            .await
            .status,
        200
    );
    let r = lyceum
        .post(&routes::agreement_action(v2.id, "sign"), &sign2)
        .await;
    assert_eq!(
        r.json::<Agreement>().status,
        AgreementStatus::Active,
        "{}",
        r.text
    );
    let all: Vec<Agreement> = lyceum
        .get(&routes::agreement_action(a.id, "versions"))
        .await
        .json();
    let states: Vec<_> = all.iter().map(|x| (x.version_no, x.status)).collect();
    assert_eq!(
        states,
        vec![
            (1, AgreementStatus::Terminated),
            (2, AgreementStatus::Active)
        ]
    );
    assert!(
        all[0]
            .termination_reason
            .as_deref()
            .is_some_and(|r| r.contains('2'))
    );
}

#[tokio::test]
async fn returning_to_draft_clears_signatures_and_incomplete_drafts_are_not_sent() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let base = app.demo("sosh25.director").await;
    let mut incomplete = body(&s);
    incomplete["admission_rules"] = json!("");
    let a: Agreement = base
        .post(&routes::network_agreements(s.network), &incomplete)
        .await
        .json();
    let p = base
        .post(&routes::agreement_action(a.id, "submit"), &json!({}))
        .await
        .problem(422, ErrorCode::AgreementIncomplete);
    // In words, and per field with the request's names.
    assert!(p.detail.contains("правила приёма"), "{}", p.detail);
    assert_eq!(p.errors.len(), 1, "{:?}", p.errors);
    assert_eq!(
        (p.errors[0].field.as_str(), p.errors[0].code.as_str()),
        ("admission_rules", "section_missing")
    );

    let r = base.put(&routes::agreement(a.id), &body(&s)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let a: Agreement = base
        .post(&routes::agreement_action(a.id, "submit"), &json!({}))
        .await
        .json();
    let signed: Agreement = base
        .post(
            &routes::agreement_action(a.id, "sign"),
            &json!({"content_hash": a.content_hash}),
        )
        .await
        .json();
    assert_eq!(signed.signatures.len(), 1);
    let back: Agreement = base
        .post(
            &routes::agreement_action(a.id, "return-to-draft"),
            &json!({}),
        )
        .await
        .json();
    assert_eq!(back.status, AgreementStatus::Draft);
    assert!(back.signatures.is_empty(), "signatures are cleared");
}

#[tokio::test]
async fn outsiders_do_not_see_agreements_and_parties_must_be_members() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let base = app.demo("sosh25.director").await;
    let a: Agreement = base
        .post(&routes::network_agreements(s.network), &body(&s))
        .await
        .json();
    let outsider = app.demo("volzhsky.uo").await;
    outsider
        .get(&routes::agreement(a.id))
        .await
        .problem(404, ErrorCode::NotFound);
    outsider
        .post(
            &routes::agreement_action(a.id, "sign"),
            &json!({"content_hash": a.content_hash}),
        )
        .await
        .problem(404, ErrorCode::NotFound);
    let stranger = demo_org(&app.demo("admin").await, "volzhsky-sosh-8").await;
    let mut bad = body(&s);
    bad["participant_ids"] = json!([stranger.id]);
    base.post(&routes::network_agreements(s.network), &bad)
        .await
        .assert_field_error("participant_ids", Some("unknown_reference"));
}

/// A draft saved as it is stays at its version with nothing in the audit log, like every
/// other record; a changed draft moves on.
#[tokio::test]
async fn a_draft_saved_unchanged_keeps_its_version() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let base = app.demo("sosh25.director").await;
    let r = base
        .post(&routes::network_agreements(s.network), &body(&s))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let a: Agreement = r.json();
    let audited = || app.count("SELECT COUNT(*) AS n FROM audit_log");
    let before = audited().await;
    let r = base
        .put_if(&routes::agreement(a.id), "\"1\"", &body(&s))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let same: Agreement = r.json();
    assert_eq!(same.version, 1);
    assert_eq!(same.content_hash, a.content_hash);
    assert_eq!(audited().await, before);

    let mut changed = body(&s);
    changed["number"] = json!("СВ-02");
    let r = base
        .put_if(&routes::agreement(a.id), "\"1\"", &changed)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json::<Agreement>().version, 2);
    assert_eq!(audited().await, before + 1);
}
