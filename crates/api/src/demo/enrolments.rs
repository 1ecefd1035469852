//! The demo's students, agreements, enrolments and attendance — all through the
//! operations, so every rule holds for them:
//! - an agreement per home school with the providers its students learn at, covering
//!   their programmes for the school year, signed by both sides (the operator enters the
//!   signatures of the paper originals);
//! - every school's curriculum hours per grade (its week from its calendar);
//! - seed 000: pupils of СОШ №25 and Лицей №24 in the two modules (grade 7 робототехника,
//!   grade 8 компьютерная графика), up to fifteen a group;
//! - seed 002: 106 pupils of the thirteen Волжский schools — 26 in grade 9 and 80 in
//!   grade 11 — in the fourteen courses of the six resource centres;
//! - the registers of the sessions already past: mostly present, a few late, some
//!   absences, a few pupils above a 20 % share of absences, and a few registers left
//!   untaken.

use std::collections::HashMap;

use chrono::Duration;
use domain::AcademicYear;
use domain::attendance::Mark;
use domain::enrolment::Transition;
use serde_json::json;
use uuid::Uuid;
use wire::attendance::{MarkInput, RegisterInput};
use wire::enrolment::{EnrolmentRequest, StepInput};
use wire::student::StudentInput;

use super::timetable::DemoGroup;

const MALE: [&str; 20] = [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
];
const BOYS: [&str; 12] = [
    "Артём",
    "Максим",
    "Иван",
    "Дмитрий",
    "Кирилл",
    "Егор",
    "Никита",
    "Михаил",
    "Андрей",
    "Матвей",
    "Роман",
    "Тимофей",
];
const GIRLS: [&str; 12] = [
    "Анастасия",
    "Мария",
    "Дарья",
    "Полина",
    "Софья",
    "Виктория",
    "Елизавета",
    "Анна",
    "Ксения",
    "Алиса",
    "Варвара",
    "Екатерина",
];
const FATHERS: [(&str, &str); 8] = [
    ("Александрович", "Александровна"),
    ("Сергеевич", "Сергеевна"),
    ("Андреевич", "Андреевна"),
    ("Дмитриевич", "Дмитриевна"),
    ("Алексеевич", "Алексеевна"),
    ("Игоревич", "Игоревна"),
    ("Владимирович", "Владимировна"),
    ("Олегович", "Олеговна"),
];

/// The `n`-th pupil's name: boys and girls in turn, the surname in its gender.
fn name(n: usize) -> (String, &'static str, &'static str) {
    let girl = n % 2 == 1;
    let last = MALE[(n * 7) % MALE.len()];
    let (first, (pm, pf)) = (
        if girl {
            GIRLS[n % GIRLS.len()]
        } else {
            BOYS[n % BOYS.len()]
        },
        FATHERS[(n * 3) % FATHERS.len()],
    );
    if girl {
        (format!("{last}а"), first, pf)
    } else {
        (last.to_owned(), first, pm)
    }
}

/// How many pupils of which grade each demo group gets (by programme code).
fn roster_of(code: &str) -> Option<(u8, usize)> {
    Some(match code {
        "ТЕХ-РОБ" => (7, 14),
        "ТЕХ-КГ" => (8, 14),
        "ЕН-ХИМ-9" | "ОН-ОБЩ-9" => (9, 5),
        "ЕН-ФИЗ-9" | "МИ-МАТ-9" | "ФИЛ-ЛИТ-9" | "ТЕХ-ЧЕР-9" => (9, 4),
        // A full class of 30: the size the read benchmark (`cargo xtask bench`) reads.
        "ЕН-ФИЗ-11" => (11, 30),
        "МИ-ИНФ-11" => (11, 12),
        "ОН-ПРАВ-11" | "ЕН-БИО-11" | "МИ-МАТ-11" => (11, 8),
        "ФИЛ-РУС-11" => (11, 6),
        "ТЕХ-КГ-11" | "ОН-ЭК-11" => (11, 4),
        _ => return None,
    })
}

/// Hours a week of a school's curriculum per grade: two under the five-day limit in the
/// senior grades, three below it elsewhere (a six-day school's limit is higher).
fn home_hours(grade: u8, six_day: bool) -> f64 {
    let (five, six) = match grade {
        1 => (21.0, 21.0),
        2..=4 => (23.0, 26.0),
        5 => (29.0, 32.0),
        6 => (30.0, 33.0),
        7 => (32.0, 35.0),
        8 | 9 => (33.0, 36.0),
        _ => (34.0, 37.0),
    };
    let limit: f64 = if six_day { six } else { five };
    let below = if grade >= 9 { 2.0 } else { 3.0 };
    (limit - below).max(0.0)
}

/// One demo group as made: its id, year, and what the demo says of it.
pub struct Made<'a> {
    pub group: Uuid,
    pub year: AcademicYear,
    pub demo: &'a DemoGroup,
    pub network: Uuid,
}

fn op_err(what: &str) -> impl Fn(ops::OpError) -> anyhow::Error + '_ {
    move |e| anyhow::anyhow!("demo: {what}: {e}")
}

/// Students, agreements, enrolments and registers of the demo groups.
pub async fn load(
    ctx: &ops::Ctx<'_>,
    groups: &[Made<'_>],
    orgs: &HashMap<String, Uuid>,
    operator: Uuid,
) -> anyhow::Result<()> {
    let org = |k: &str| {
        orgs.get(k)
            .copied()
            .ok_or_else(|| anyhow::anyhow!("demo: unknown {k}"))
    };
    home_loads(ctx, groups, &org).await?;
    agreements(ctx, groups, &org, operator).await?;
    let mut n = 0;
    let mut enrolled: Vec<(Uuid, Vec<Uuid>)> = Vec::new();
    for g in groups {
        let Some((grade, count)) = roster_of(&g.demo.programme) else {
            continue;
        };
        let homes: Vec<Uuid> = g
            .demo
            .participants
            .iter()
            .map(|p| org(p))
            .collect::<anyhow::Result<_>>()?;
        let consent_on = g.year_first() - Duration::days(7);
        // The group is formed in late August: requested and approved then, so its pupils
        // are on the registers from the first session.
        let formed_at = (g.year_first() - Duration::days(5))
            .and_hms_opt(7, 0, 0)
            .unwrap_or_default()
            .and_utc();
        let formed = clock::Clock::fixed(formed_at);
        let formed_audit = store::audit::AuditCtx {
            at: formed_at,
            ..ctx.audit.clone()
        };
        let at_formation = ops::Ctx {
            db: ctx.db,
            actor: ctx.actor,
            audit: &formed_audit,
            clock: &formed,
            zone: ctx.zone,
        };
        let mut students = Vec::new();
        for i in 0..count {
            let home = homes[i % homes.len()];
            let (last, first, patronymic) = name(n);
            n += 1;
            let born = g.year_first()
                - Duration::days(i64::from(grade) * 365 + 6 * 365 + (n as i64 * 37) % 300);
            let input = StudentInput {
                last_name: last,
                first_name: first.to_owned(),
                patronymic: Some(patronymic.to_owned()),
                birth_date: born,
                grade: i64::from(grade),
                class_letter: ["А", "Б", "В"][n % 3].to_owned(),
                external_id: Some(format!("demo-pupil-{n}")),
                consent_date: Some(consent_on),
                consent_document: Some(format!("№ {}", 100 + n)),
                active: true,
                home_hours_per_week: None,
            };
            let s = ops::students::create(ctx, home, &input)
                .await
                .map_err(op_err("a student"))?;
            let req = EnrolmentRequest {
                student_id: s.id,
                replaces_hours: 0.0,
                reason: Some("Заявление родителей (законных представителей)".into()),
            };
            let e = ops::enrolments::request(&at_formation, g.group, &req)
                .await
                .map_err(op_err(&g.demo.name))?;
            let step = StepInput {
                reason: Some("Группа сформирована".into()),
            };
            ops::enrolments::act(&at_formation, e.id, Transition::Approve, None, &step)
                .await
                .map_err(op_err(&g.demo.name))?;
            students.push(s.id);
        }
        enrolled.push((g.group, students));
    }
    registers(ctx, &enrolled).await
}

impl Made<'_> {
    fn year_first(&self) -> chrono::NaiveDate {
        domain::calendar::year_bounds(self.year).0
    }
}

async fn home_loads(
    ctx: &ops::Ctx<'_>,
    groups: &[Made<'_>],
    org: &impl Fn(&str) -> anyhow::Result<Uuid>,
) -> anyhow::Result<()> {
    let mut done = Vec::new();
    for g in groups {
        for p in &g.demo.participants {
            let id = org(p)?;
            if done.contains(&(id, g.year)) {
                continue;
            }
            done.push((id, g.year));
            let cals = store::calendars::of_organizations(ctx.db, &[id], g.year).await?;
            let six = match cals.first() {
                Some(m) => {
                    store::calendars::calendar_of(m)?.week() == domain::calendar::WeekKind::SixDay
                }
                None => false,
            };
            let table = wire::enrolment::HomeLoads {
                grades: (1..=11)
                    .map(|grade| wire::enrolment::GradeLoad {
                        grade,
                        hours_per_week: home_hours(grade, six),
                    })
                    .collect(),
            };
            let year = g.year.to_string().replace('/', "-");
            ops::home_loads::put(ctx, id, &year, &table)
                .await
                .map_err(op_err("curriculum hours"))?;
        }
    }
    Ok(())
}

/// The providers, programmes and year of one home school's agreement.
type Pair = (Vec<Uuid>, Vec<Uuid>, AcademicYear);

/// An agreement per home school of each network with the providers its pupils learn at.
async fn agreements(
    ctx: &ops::Ctx<'_>,
    groups: &[Made<'_>],
    org: &impl Fn(&str) -> anyhow::Result<Uuid>,
    operator: Uuid,
) -> anyhow::Result<()> {
    // (network, home) → providers and programmes.
    let mut pairs: Vec<((Uuid, Uuid), Pair)> = Vec::new();
    for g in groups {
        let provider = org(&g.demo.provider)?;
        let row = store::groups::row(ctx.db, g.group)
            .await?
            .ok_or_else(|| anyhow::anyhow!("demo: group {} vanished", g.demo.name))?;
        for p in &g.demo.participants {
            let home = org(p)?;
            if home == provider {
                continue;
            }
            let key = (g.network, home);
            let entry = match pairs.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => v,
                None => {
                    pairs.push((key, (Vec::new(), Vec::new(), g.year)));
                    &mut pairs.last_mut().ok_or_else(|| anyhow::anyhow!("demo"))?.1
                }
            };
            if !entry.0.contains(&provider) {
                entry.0.push(provider);
            }
            if !entry.1.contains(&row.programme_id) {
                entry.1.push(row.programme_id);
            }
        }
    }
    for (i, ((network, home), (providers, programmes, year))) in pairs.iter().enumerate() {
        let (from, to) = domain::calendar::year_bounds(*year);
        let mut obligations: Vec<_> = providers
            .iter()
            .map(|p| json!({"organization": p, "duties": "Реализует сетевые курсы, ведёт учёт посещаемости и результатов", "resources": [{"kind": "учебные кабинеты", "volume": "по сетевому плану-графику"}]}))
            .collect();
        obligations.push(json!({"organization": home, "duties": "Направляет обучающихся по заявлениям родителей и засчитывает результаты"}));
        let input: wire::agreement::AgreementInput = serde_json::from_value(json!({
            "number": format!("СВ-{}/{}", from.format("%Y"), i + 1),
            "date": from - Duration::days(10), "kind": "network_programme",
            "base_organization_id": home, "participant_ids": providers, "programme_ids": programmes,
            "programme_description": "Курсы сетевых программ школьного компонента учебного плана",
            "student_status": "Обучающиеся остаются обучающимися базовой организации",
            "admission_rules": "Зачисление в сетевые группы по заявлению родителей (законных представителей)",
            "conditions": "Занятия на базе организаций-участников по согласованному расписанию",
            "obligations": obligations,
            "completion_documents": providers.iter().map(|p| json!({"document": "справка об обучении", "issued_by": p})).collect::<Vec<_>>(),
            "valid_from": from - Duration::days(7), "valid_to": to,
            "change_procedure": "Дополнительными соглашениями",
            "termination_procedure": "По соглашению сторон с уведомлением за 30 дней",
            "grade_mappings": [{"source": "pass_fail", "target": "pass_fail", "steps": [{"equals": "pass", "result": "зачтено"}]}]
        }))?;
        let a = ops::agreement_ops::create(ctx, *network, &input)
            .await
            .map_err(op_err("an agreement"))?;
        let a = ops::agreement_ops::transition(
            ctx,
            a.row.id,
            None,
            domain::agreement::Transition::Submit,
            store::agreements::Update::Submit,
        )
        .await
        .map_err(op_err("submitting an agreement"))?;
        let hash = a.content.content_hash();
        for party in std::iter::once(home).chain(providers) {
            // The party's administration signs; the operator enters the signature of the
            // paper original, under the director's name.
            let director = store::staff::director_of(ctx.db, *party)
                .await?
                .unwrap_or_else(|| "директор".to_owned());
            let facts = store::organizations::facts(ctx.db, *party)
                .await?
                .ok_or_else(|| anyhow::anyhow!("demo: a party vanished"))?;
            let signer = domain::access::Actor {
                user: domain::UserId(operator),
                role: domain::Role::SchoolAdmin,
                municipality: Some(facts.municipality),
                organization: Some(domain::OrganizationId(*party)),
                network_peers: Vec::new(),
            };
            let audit = store::audit::AuditCtx {
                actor_id: Some(operator),
                actor_name: format!("{director} (внесено оператором)"),
                ..ctx.audit.clone()
            };
            let as_party = ops::Ctx {
                db: ctx.db,
                actor: &signer,
                audit: &audit,
                clock: ctx.clock,
                zone: ctx.zone,
            };
            ops::agreement_ops::sign(&as_party, a.row.id, &hash, &director)
                .await
                .map_err(op_err("signing an agreement"))?;
        }
    }
    Ok(())
}

/// The registers of the sessions already past: a mark for everyone, mostly present;
/// every seventh pupil misses every third session (above a 20 % share); the last past
/// session of every fourth group is left untaken.
async fn registers(ctx: &ops::Ctx<'_>, enrolled: &[(Uuid, Vec<Uuid>)]) -> anyhow::Result<()> {
    let now = ctx.clock.now();
    for (gi, (group, students)) in enrolled.iter().enumerate() {
        let Some(row) = store::groups::row(ctx.db, *group).await? else {
            continue;
        };
        let zone = store::networks::zone_of(ctx.db, row.network_id).await?;
        let local = now.naive_utc() + Duration::minutes(i64::from(zone.offset_minutes_at(now)));
        let access = ops::facts::group(ctx, *group)
            .await
            .map_err(op_err("a group"))?;
        let cap = ctx.actor.read_group(&access).map_err(super::denied)?;
        let past: Vec<_> = store::sessions::of_group(ctx.db, &cap, None, Some(local.date()))
            .await?
            .into_iter()
            .filter(|s| s.status != "cancelled" && s.date.and_time(s.end_time) <= local)
            .collect();
        let skip_last = gi % 4 == 3;
        let take = past.len().saturating_sub(usize::from(skip_last));
        for (si, s) in past.iter().take(take).enumerate() {
            let marks = students
                .iter()
                .enumerate()
                .map(|(pi, st)| MarkInput {
                    student_id: *st,
                    mark: match (pi % 7, (si + pi) % 11) {
                        (3, _) if si % 3 == 0 => Mark::AbsentUnexcused,
                        (_, 4) => Mark::Late,
                        (_, 9) => Mark::AbsentExcused,
                        _ => Mark::Present,
                    },
                })
                .collect();
            let input = RegisterInput {
                marks,
                reason: None,
            };
            ops::attendance::take(ctx, s.id, &input)
                .await
                .map_err(op_err("a register"))?;
        }
    }
    Ok(())
}
