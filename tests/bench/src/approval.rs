//! The approval of an enrolment with every rule checked, for a pupil who already has five
//! other approved enrolments (so the load, timetable and seat rules look at real data):
//! the goal is a p99 under 20 ms. Beside it, in the same loop on the same connection,
//! an authenticated read of that enrolment as the baseline.
//!
//! As the demo's administrator the bench adds six groups of the programme of the demo's
//! full class at its provider, on six evenings at different times, and a pupil of the provider
//! itself (a school's own pupils need no network agreement) on an individual curriculum
//! of 10 home hours, so the six courses fit the weekly limit. The pupil is approved in
//! five; then, again and again, requested in the sixth, approved (timed), read (timed)
//! and withdrawn.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::load::{Conn, request};

/// Approvals measured (each with its request and withdrawal around it).
const ROUNDS: usize = 200;
/// Six evening lessons of a five-day week, none at the same time.
const EVENINGS: [(&str, &str, &str); 6] = [
    ("mon", "18:30", "19:10"),
    ("tue", "18:30", "19:10"),
    ("wed", "18:30", "19:10"),
    ("thu", "18:30", "19:10"),
    ("fri", "18:30", "19:10"),
    ("mon", "19:20", "20:00"),
];

/// Latencies of the approvals and of the baseline reads.
#[derive(Debug, Clone, Copy)]
pub struct Approvals {
    pub approve_p50: Duration,
    pub approve_p99: Duration,
    pub read_p50: Duration,
    pub read_p99: Duration,
}

struct Client {
    conn: Conn,
    addr: SocketAddr,
    auth: String,
}

impl Client {
    async fn send(&mut self, method: &str, path: &str, body: &Value) -> Result<(u16, Value)> {
        let (headers, body) = if body.is_null() {
            (self.auth.clone(), String::new())
        } else {
            (
                format!("{}Content-Type: application/json\r\n", self.auth),
                body.to_string(),
            )
        };
        let req = request(method, self.addr, path, &headers, &body);
        let a = match self.conn.send(&req).await {
            Ok(a) => a,
            // The server may close a keep-alive connection between requests: once more on
            // a new one (a request it did take answers 409 the second time and stops the
            // bench).
            Err(_) => {
                self.conn = Conn::open(self.addr).await?;
                self.conn.send(&req).await?
            }
        };
        let v = if a.body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&a.body).unwrap_or(Value::Null)
        };
        Ok((a.status, v))
    }

    /// `method path` answering `want`, or the bench stops with the answer.
    async fn expect(&mut self, method: &str, path: &str, body: &Value, want: u16) -> Result<Value> {
        let (status, v) = self.send(method, path, body).await?;
        if status != want {
            bail!("{method} {path}: {status} instead of {want}: {v}");
        }
        Ok(v)
    }
}

fn id(v: &Value) -> Result<String> {
    Ok(v["id"].as_str().context("no id")?.to_owned())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

pub async fn run(addr: SocketAddr, full_class: &str) -> Result<Approvals> {
    let auth = crate::login(addr, "admin").await?;
    let mut c = Client {
        conn: Conn::open(addr).await?,
        addr,
        auth,
    };
    let g = c
        .expect(
            "GET",
            &format!("/api/v1/groups/{full_class}"),
            &Value::Null,
            200,
        )
        .await?;
    let provider = g["provider_id"].as_str().context("provider_id")?.to_owned();
    let network = g["network_id"].as_str().context("network_id")?.to_owned();
    let first = g["first_date"].as_str().context("first_date")?;
    let mut groups = Vec::new();
    for (i, (day, start, end)) in EVENINGS.iter().enumerate() {
        let body = json!({
            "programme_id": g["programme_id"], "academic_year": g["academic_year"],
            "provider_id": provider, "name": format!("Замер одобрения {}", i + 1),
            "teacher_ids": g["teacher_ids"], "capacity": 5,
            "place": {"type": "room", "organization_id": provider, "name": format!("Кабинет {}", 301 + i)},
            "slots": [{"weekday": day, "start": start, "end": end}],
            "first_date": first, "last_date": g["last_date"],
            "participant_ids": [provider]
        });
        let made = c
            .expect(
                "POST",
                &format!("/api/v1/networks/{network}/groups"),
                &body,
                201,
            )
            .await?;
        let gid = id(&made)?;
        c.expect(
            "POST",
            &format!("/api/v1/groups/{gid}/sessions/generate"),
            &json!({}),
            200,
        )
        .await?;
        groups.push(gid);
    }
    let today = clock::Clock::system().today();
    let pupil = json!({
        "last_name": "Замерова", "first_name": "Вера", "patronymic": "Олеговна",
        "birth_date": today - chrono::Days::new(17 * 365), "grade": 11, "class_letter": "А",
        "consent_date": today - chrono::Days::new(30), "consent_document": "№ 1",
        "home_hours_per_week": 10
    });
    let s = c
        .expect(
            "POST",
            &format!("/api/v1/organizations/{provider}/students"),
            &pupil,
            201,
        )
        .await?;
    let ask = json!({"student_id": id(&s)?, "replaces_hours": 0});
    let (others, target) = groups.split_at(5);
    for gid in others {
        let e = c
            .expect(
                "POST",
                &format!("/api/v1/groups/{gid}/enrolments"),
                &ask,
                201,
            )
            .await?;
        let path = format!("/api/v1/enrolments/{}/approve", id(&e)?);
        c.expect("POST", &path, &json!({}), 200).await?;
    }
    let target = &target[0];
    let (mut approvals, mut reads) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let e = c
            .expect(
                "POST",
                &format!("/api/v1/groups/{target}/enrolments"),
                &ask,
                201,
            )
            .await?;
        let eid = id(&e)?;
        let started = Instant::now();
        c.expect(
            "POST",
            &format!("/api/v1/enrolments/{eid}/approve"),
            &json!({}),
            200,
        )
        .await?;
        approvals.push(started.elapsed());
        let started = Instant::now();
        c.expect(
            "GET",
            &format!("/api/v1/enrolments/{eid}"),
            &Value::Null,
            200,
        )
        .await?;
        reads.push(started.elapsed());
        c.expect(
            "POST",
            &format!("/api/v1/enrolments/{eid}/withdraw"),
            &json!({"reason": "Замер"}),
            200,
        )
        .await?;
    }
    approvals.sort();
    reads.sort();
    Ok(Approvals {
        approve_p50: percentile(&approvals, 0.5),
        approve_p99: percentile(&approvals, 0.99),
        read_p50: percentile(&reads, 0.5),
        read_p99: percentile(&reads, 0.99),
    })
}
