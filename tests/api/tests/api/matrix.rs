//! The authorization matrix: every operation of the served OpenAPI document, probed as
//! each of eleven roles against one fixture (/work/policy-matrix.md, PRODUCT.md §2), and
//! without a token or with a tampered one.
//!
//! The table is in `matrix/cases.rs`: a row per operation (a few operations have a
//! second row for another object) with the probe request and the outcome for every role.
//! An operation of the document without a row fails the test, so a new endpoint cannot
//! ship without saying who may call it. Probes leave the fixture as it was for the next
//! cell: changes carry a stale `If-Match`, creates a body that fails validation after the
//! access check; the few probes that really change something say so in their row. Every
//! failing cell is collected and reported at the end.

mod cases;
mod fixture;

use std::collections::BTreeSet;

use reqwest::Method;
use serde_json::Value;
use wire::routes::{self, REFRESH_COOKIE};
use wire::{ErrorCode, Problem};

use crate::client::Resp;
use crate::helpers::spawn_app;
use fixture::{Fixture, PDF, ROLES, credentials};

/// What a role gets from a probe, as one letter of a row:
/// `y` allowed (the row's status; for a list, with the fixture object in it),
/// `-` allowed but the object is not shown (a list without it, an answer as if it did
/// not exist), `p` allowed with the partial view of a network peer, `n` 404 `not_found`,
/// `f` 403 `forbidden`, `u` 422 `unknown_reference` on the row's body field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Allowed(View),
    NotFound,
    Forbidden,
    UnknownReference,
}

/// How much of the fixture object an allowed answer shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Full,
    Hidden,
    Partial,
}

impl Expect {
    fn parse(c: char) -> Option<Self> {
        Some(match c {
            'y' => Self::Allowed(View::Full),
            '-' => Self::Allowed(View::Hidden),
            'p' => Self::Allowed(View::Partial),
            'n' => Self::NotFound,
            'f' => Self::Forbidden,
            'u' => Self::UnknownReference,
            _ => return None,
        })
    }

    fn letter(self) -> char {
        match self {
            Self::Allowed(View::Full) => 'y',
            Self::Allowed(View::Hidden) => '-',
            Self::Allowed(View::Partial) => 'p',
            Self::NotFound => 'n',
            Self::Forbidden => 'f',
            Self::UnknownReference => 'u',
        }
    }
}

/// The answer an allowed role gets: the access check passed and the probe went on to
/// this (a success, the stale `If-Match`, a validation error after the check, …).
#[derive(Debug, Clone, Copy)]
pub enum Pass {
    Status(u16),
    Problem(u16, ErrorCode),
    /// 422 `validation_failed` naming this field.
    Invalid(&'static str),
}

/// The body of a probe.
#[derive(Debug, Clone)]
pub enum Body {
    Empty,
    Json(Value),
    /// A multipart upload whose content (a PDF) contradicts its name and type (DOCX):
    /// refused with 415 after the access check, so nothing is stored.
    MismatchedUpload,
    /// `{"username", "password"}` of the probing role itself.
    OwnLogin,
}

/// One request, with the ids of the fixture filled in.
#[derive(Debug, Clone)]
pub struct Probe {
    pub path: String,
    pub body: Body,
    /// Sends `If-Match: "999999"`, a version no object has.
    pub stale: bool,
    /// Sends the refresh cookie of a session opened for this probe alone.
    pub fresh_cookie: bool,
}

pub type ViewFn = Box<dyn Fn(&Resp) -> View>;

/// A row of the table.
pub struct Case {
    pub method: Method,
    /// The path template as in the OpenAPI document, without `/api/v1`.
    pub template: &'static str,
    /// What a second row of the same operation probes.
    pub note: &'static str,
    /// One letter per role in [`ROLES`] order; spaces are for the eye.
    pub roles: &'static str,
    pub pass: Pass,
    pub probe: Probe,
    pub view: Option<ViewFn>,
    /// The body field a `u` cell names.
    pub unknown: Option<&'static str>,
}

impl Case {
    fn expectations(&self) -> Vec<Option<Expect>> {
        self.roles
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(Expect::parse)
            .collect()
    }

    fn label(&self) -> String {
        let note = if self.note.is_empty() {
            String::new()
        } else {
            format!(" [{}]", self.note)
        };
        format!("{} {}{note}", self.method, self.template)
    }

    fn operation(&self) -> (String, String) {
        (
            self.method.as_str().to_owned(),
            format!("{}{}", routes::API, self.template),
        )
    }

    fn public(&self) -> bool {
        PUBLIC.contains(&(self.method.as_str(), self.template))
    }
}

/// Operations that take no token: everything else answers 401 without a valid one.
const PUBLIC: [(&str, &str); 5] = [
    ("POST", "/auth/login"),
    ("POST", "/auth/refresh"),
    ("POST", "/auth/logout"),
    ("GET", "/health"),
    ("GET", "/feeds/{token}.ics"),
];

/// Whose token a request carries.
enum Token<'a> {
    Role,
    None,
    Raw(&'a str),
}

async fn send(fx: &Fixture, case: &Case, role: usize, token: Token<'_>) -> Resp {
    let c = &fx.clients[role];
    let p = &case.probe;
    let mut rb = c.http.request(case.method.clone(), c.url(&p.path));
    rb = match token {
        Token::Role => match &c.token {
            Some(t) => rb.bearer_auth(t),
            None => rb,
        },
        Token::None => rb,
        Token::Raw(t) => rb.bearer_auth(t),
    };
    if p.stale {
        rb = rb.header("If-Match", "\"999999\"");
    }
    if p.fresh_cookie {
        let mut fresh = crate::client::TestClient::new(&c.base);
        let (username, password) = credentials(role);
        let r = fresh.login(&username, password).await;
        assert_eq!(r.status, 200, "sign-in of {username}: {}", r.text);
        let cookie = fresh.refresh.expect("a refresh cookie");
        rb = rb.header("Cookie", format!("{REFRESH_COOKIE}={cookie}"));
    }
    rb = match &p.body {
        Body::Empty => rb,
        Body::Json(v) => rb.json(v),
        Body::MismatchedUpload => {
            let part = reqwest::multipart::Part::bytes(PDF.to_vec())
                .file_name("договор.docx")
                .mime_str("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .expect("a media type");
            rb.multipart(
                reqwest::multipart::Form::new()
                    .part("file", part)
                    .text("kind", "scan"),
            )
        }
        Body::OwnLogin => {
            let (username, password) = credentials(role);
            rb.json(&wire::auth::LoginRequest {
                username,
                password: password.to_owned(),
            })
        }
    };
    Resp::of(rb).await
}

fn field_errors(p: &Problem) -> Vec<(String, String)> {
    p.errors
        .iter()
        .map(|e| (e.field.clone(), e.code.clone()))
        .collect()
}

fn names_unknown(p: &Problem, field: &str) -> bool {
    p.errors
        .iter()
        .any(|e| e.field == field && e.code == "unknown_reference")
}

/// Whether the answer is what the row says the role gets.
fn check(case: &Case, expect: Expect, r: &Resp) -> Result<(), String> {
    match expect {
        Expect::Allowed(view) => {
            match case.pass {
                Pass::Status(s) if r.status == s => {}
                Pass::Status(s) => {
                    return Err(format!(
                        "status: expected {s}, got {} in {}",
                        r.status, r.text
                    ));
                }
                Pass::Problem(s, code) => {
                    r.check_problem(s, code)?;
                }
                Pass::Invalid(field) => {
                    let p = r.check_problem(422, ErrorCode::ValidationFailed)?;
                    let errors = field_errors(&p);
                    if !errors.iter().any(|(f, _)| f == field) {
                        return Err(format!("expected an error on {field}, got {errors:?}"));
                    }
                    if let Some(u) = case.unknown
                        && names_unknown(&p, u)
                    {
                        return Err(format!("{u} reported as unknown: {errors:?}"));
                    }
                }
            }
            match &case.view {
                Some(f) if f(r) != view => Err(format!(
                    "the answer shows {:?}, expected {view:?}: {}",
                    f(r),
                    r.text
                )),
                _ => Ok(()),
            }
        }
        Expect::NotFound => r.check_problem(404, ErrorCode::NotFound).map(drop),
        Expect::Forbidden => r.check_problem(403, ErrorCode::Forbidden).map(drop),
        Expect::UnknownReference => {
            let p = r.check_problem(422, ErrorCode::ValidationFailed)?;
            let field = case.unknown.unwrap_or("?");
            if names_unknown(&p, field) {
                Ok(())
            } else {
                Err(format!(
                    "expected unknown_reference on {field}, got {:?}",
                    field_errors(&p)
                ))
            }
        }
    }
}

/// The letter an answer would have had, for the summary of a failing row.
fn observed(case: &Case, r: &Resp) -> char {
    for e in [
        Expect::Allowed(View::Full),
        Expect::Allowed(View::Hidden),
        Expect::Allowed(View::Partial),
        Expect::NotFound,
        Expect::Forbidden,
        Expect::UnknownReference,
    ] {
        if check(case, e, r).is_ok() {
            return e.letter();
        }
    }
    '?'
}

/// Letters of a row grouped as the table writes them: `yyn yyyn yy yy`.
fn grouped(letters: Vec<char>) -> String {
    let mut out = String::new();
    for (i, c) in letters.into_iter().enumerate() {
        if matches!(i, 3 | 7 | 9) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

fn excerpt(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(300) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}

/// Problems of the table itself: rows that cannot be checked as written.
fn table_errors(cases: &[Case]) -> Vec<String> {
    let mut out = Vec::new();
    for case in cases {
        let label = case.label();
        let ex = case.expectations();
        if ex.len() != ROLES.len() || ex.iter().any(Option::is_none) {
            out.push(format!(
                "{label}: «{}» is not {} outcome letters",
                case.roles,
                ROLES.len()
            ));
            continue;
        }
        let ex: Vec<Expect> = ex.into_iter().flatten().collect();
        let partial_views = ex
            .iter()
            .any(|e| matches!(e, Expect::Allowed(View::Hidden | View::Partial)));
        if partial_views && case.view.is_none() {
            out.push(format!("{label}: `-` or `p` without a view of the answer"));
        }
        if ex.contains(&Expect::UnknownReference) && case.unknown.is_none() {
            out.push(format!("{label}: `u` without the field it names"));
        }
        let status = match case.pass {
            Pass::Status(s) | Pass::Problem(s, _) => s,
            Pass::Invalid(_) => 422,
        };
        if matches!(status, 401 | 403 | 404) || status >= 500 {
            out.push(format!("{label}: an allowed probe may not answer {status}"));
        }
    }
    out
}

/// The operations of the served document as (method, path).
async fn documented(fx: &Fixture) -> BTreeSet<(String, String)> {
    let r = fx.clients[0].get(routes::OPENAPI).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let paths = r.body["paths"].as_object().expect("paths in the document");
    let mut ops = BTreeSet::new();
    for (path, item) in paths {
        for method in [
            "get", "put", "post", "delete", "patch", "head", "options", "trace",
        ] {
            if item.get(method).is_some() {
                ops.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    ops
}

/// A valid token with one character of its signature changed.
fn tampered(token: &str) -> String {
    let (head, sig) = token.rsplit_once('.').expect("a JWT");
    let mut chars: Vec<char> = sig.chars().collect();
    chars[0] = if chars[0] == 'A' { 'B' } else { 'A' };
    format!("{head}.{}", chars.into_iter().collect::<String>())
}

#[tokio::test]
async fn every_operation_answers_every_role_as_the_policy_says() {
    let app = spawn_app().await;
    let fx = fixture::build(&app).await;
    let cases = cases::all(&fx);
    let mut failures: Vec<String> = table_errors(&cases);

    let documented = documented(&fx).await;
    let tabled: BTreeSet<_> = cases.iter().map(Case::operation).collect();
    let missing: Vec<_> = documented.difference(&tabled).collect();
    if !missing.is_empty() {
        failures.push(format!(
            "operations of the OpenAPI document without a row in matrix/cases.rs: {missing:?}"
        ));
    }
    let extra: Vec<_> = tabled.difference(&documented).collect();
    if !extra.is_empty() {
        failures.push(format!(
            "rows for operations the OpenAPI document does not have: {extra:?}"
        ));
    }

    let mut cells = 0;
    let mut failed_cells = 0;
    let mut rows = Vec::new();
    for case in &cases {
        let ex: Vec<Expect> = case.expectations().into_iter().flatten().collect();
        if ex.len() != ROLES.len() {
            continue;
        }
        // Refused roles first: a probe that really changes something (a feed made or
        // deleted, sessions generated) then changes it only after every refusal is seen.
        let mut order: Vec<usize> = (0..ROLES.len()).collect();
        order.sort_by_key(|i| matches!(ex[*i], Expect::Allowed(_)));
        let mut got = vec!['.'; ROLES.len()];
        for role in order {
            let r = send(&fx, case, role, Token::Role).await;
            cells += 1;
            got[role] = observed(case, &r);
            if let Err(why) = check(case, ex[role], &r) {
                failed_cells += 1;
                failures.push(format!(
                    "{} · {}: expected {}, got {} — {}",
                    case.label(),
                    ROLES[role],
                    ex[role].letter(),
                    r.status,
                    excerpt(&why)
                ));
            }
        }
        let got = grouped(got);
        let want = grouped(ex.iter().map(|e| e.letter()).collect());
        if got != want {
            rows.push(format!("{:<58} want {want}  got {got}", case.label()));
        }
    }

    // Without a token and with a tampered one, once per operation.
    let admin_token = fx.clients[0].token.clone().expect("the admin's token");
    let forged = tampered(&admin_token);
    let mut seen = BTreeSet::new();
    let mut unauthenticated = 0;
    for case in cases.iter().filter(|c| !c.public()) {
        if !seen.insert(case.operation()) {
            continue;
        }
        for (how, token) in [
            ("no token", Token::None),
            ("a tampered token", Token::Raw(&forged)),
        ] {
            let r = send(&fx, case, 0, token).await;
            unauthenticated += 1;
            if let Err(why) = r.check_problem(401, ErrorCode::Unauthorized) {
                failures.push(format!("{} with {how}: {}", case.label(), excerpt(&why)));
            }
        }
    }

    let operations = documented.len();
    println!(
        "authorization matrix: {operations} operations ({} probes) × {} roles = {cells} cells, \
         {unauthenticated} unauthenticated checks; {failed_cells} cells failed",
        cases.len(),
        ROLES.len(),
    );
    if !rows.is_empty() {
        println!("rows that differ (roles: {}):", ROLES.join(" "));
        for row in &rows {
            println!("{row}");
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems in the authorization matrix:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
