//! Seed 000's enrolment through the SPA, from the request to the attendance: the director
//! of СОШ №25 finds a new sixth-grader (not yet in any group) among the school's pupils and
//! asks for a seat in «Робототехника, 7 классы» of Лицей №24; the preview shows the weekly
//! load over the СанПиН limit for grade 6 with the numbers, and the request cannot be sent
//! until the director enters the home hour the module stands in for (the pupil's
//! «Технология» lesson). The director of Лицей №24 finds the request on «Моя школа», sees
//! every rule pass on the group's page and approves; Мельников, who teaches the group,
//! takes the register of that day's lesson from «Мои группы» — the new pupil absent by the
//! keyboard, the others present at once; and the director of СОШ №25 sees the absence on
//! the pupil's page and in the group's attendance table, where only the school's own pupils
//! are listed.
//!
//! The day of the story is the day of the group's last lesson that is over by now. The
//! server runs on a fixed clock set to the morning of that day (the demo data is laid out
//! around it, so that lesson's register is still to be taken), and moved past the lesson's
//! end before the teacher signs in; the browser keeps the real time, which is later still,
//! so the SPA sees the lesson as over too. Which lesson that is, a first server with demo
//! data on the real clock tells (holidays and days off decide it); in the days of September
//! before the first lesson of the year is over, last school year's demo tells it.
//!
//! Needs what `spa.rs` needs. `SETKA_SCREENSHOTS=<dir>` saves a screenshot per step.

mod support;

use anyhow::{Context, Result, bail, ensure};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use fantoccini::Locator;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use support::Browser;
use uuid::Uuid;
use wire::group::{MySession, SessionStatus};
use wire::{Page, routes};

const GROUP: &str = "Робототехника, 7 классы";
const NETWORK: &str = "СОШ №25 и Лицея №24";
const SOSH: &str = "МБОУ СОШ №25";
/// The new pupil; no demo pupil bears the surname.
const LAST_NAME: &str = "Белова";
const PUPIL: &str = "Белова Мирослава Андреевна";
/// Grade 6: the programme's grades are 5–8; the limit of a five-day week is 30 hours.
const GRADE: i64 = 6;
const LIMIT: f64 = 30.0;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_requested_pupil_is_approved_marked_absent_and_seen_absent_by_the_home_school()
-> Result<()> {
    let lesson = last_lesson_over().await?;
    // 8:00 on the lesson's day: the schools' working day begins, the lesson (14:40) is to come.
    let morning = lesson
        .date
        .and_time(NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default());
    let clock = clock::Clock::fixed(moscow_instant(morning));
    let browser = Browser::start_with_clock(clock.clone()).await?;
    let result = scenario(&browser, &clock, &lesson).await;
    if result.is_err() {
        if let Some(dir) = browser.dump().await {
            eprintln!("the page at the failure is saved in {}", dir.display());
        }
        return result;
    }
    browser.close().await
}

/// A lesson of the group: its day and times in Moscow (the group's time zone).
struct Lesson {
    date: NaiveDate,
    end: NaiveTime,
}

/// What the story is about, on the server the browser uses.
struct Story {
    student: Uuid,
    group: Uuid,
    session: Uuid,
}

/// The instant of a Moscow wall-clock time (the group's municipality keeps Moscow time,
/// UTC+3 all year).
fn moscow_instant(local: NaiveDateTime) -> DateTime<Utc> {
    (local - Duration::hours(3)).and_utc()
}

fn moscow_now() -> NaiveDateTime {
    Utc::now().naive_utc() + Duration::hours(3)
}

/// The SPA's «today»: the date in Moscow by the browser's (real) clock.
fn spa_today() -> NaiveDate {
    moscow_now().date()
}

/// A demo account signed in over the API.
struct Api {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl Api {
    async fn login(base: &str, username: &str) -> Result<Self> {
        let http = reqwest::Client::new();
        let r = http
            .post(format!("{base}{}", routes::LOGIN))
            .json(&json!({ "username": username, "password": "demo" }))
            .send()
            .await?;
        ensure!(
            r.status().is_success(),
            "signing in as {username}: {}",
            r.status()
        );
        let t: wire::auth::TokenResponse = r.json().await?;
        Ok(Api {
            http,
            base: base.to_owned(),
            token: t.access_token,
        })
    }

    async fn send<T: DeserializeOwned>(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<T> {
        let mut rb = self
            .http
            .request(method.clone(), format!("{}{path}", self.base))
            .bearer_auth(&self.token);
        if let Some(b) = body {
            rb = rb.json(b);
        }
        let r = rb.send().await?;
        let status = r.status();
        let text = r.text().await?;
        ensure!(status.is_success(), "{method} {path}: {status}: {text}");
        serde_json::from_str(&text).with_context(|| format!("{method} {path}: {text}"))
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        self.send(reqwest::Method::GET, path, None).await
    }

    /// The signed-in teacher's sessions of the group, on the days `from`–`to`.
    async fn lessons(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<MySession>> {
        let path = format!("{}?from={from}&to={to}", routes::MY_SESSIONS);
        let page: Page<MySession> = self.get(&path).await?;
        Ok(page
            .items
            .into_iter()
            .filter(|s| s.group_name == GROUP && s.status != SessionStatus::Cancelled)
            .collect())
    }
}

/// The group's last lesson over by now, from a server with demo data of this school year
/// (or, before its first lesson is over, of the last one).
async fn last_lesson_over() -> Result<Lesson> {
    let now = Utc::now();
    let first = support::school_year(spa_today()).0;
    // One minute before 1 September in Moscow: the last school year's demo, all over.
    let last_year = moscow_instant(first.and_time(NaiveTime::MIN)) - Duration::minutes(1);
    for at in [now, last_year] {
        let clock = if at == now {
            clock::Clock::system()
        } else {
            clock::Clock::fixed(at)
        };
        if let Some(lesson) = lesson_over_at(clock, at).await? {
            return Ok(lesson);
        }
    }
    bail!("the demo has no lesson of «{GROUP}» over by now, this school year or the last")
}

async fn lesson_over_at(clock: clock::Clock, at: DateTime<Utc>) -> Result<Option<Lesson>> {
    let nanos = at.timestamp_nanos_opt().unwrap_or_default();
    let data = std::env::temp_dir().join(format!(
        "setka-browser-probe-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&data)?;
    let url = format!("sqlite://{}/setka.db?mode=rwc", data.display());
    let mut settings = api::config::Settings::for_tests(url, data.clone());
    settings.demo = true;
    let app = api::Application::build_with_clock(settings, clock).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    let server = tokio::spawn(app.run_until_stopped());
    let today = (at.naive_utc() + Duration::hours(3)).date();
    let found = async {
        let teacher = Api::login(&base, "lyceum24.teacher").await?;
        let lessons = teacher
            .lessons(support::school_year(today).0, today)
            .await?;
        anyhow::Ok(lessons.into_iter().rfind(|s| s.ended).map(|s| Lesson {
            date: s.date,
            end: s.end,
        }))
    }
    .await;
    server.abort();
    let _ = std::fs::remove_dir_all(&data);
    found
}

/// Before the browser: the new pupil, and the school's curriculum for grade 6 at the
/// limit (the demo's is three hours below it), so one network hour more exceeds it.
async fn prepare(b: &Browser, lesson: &Lesson) -> Result<Story> {
    let director = Api::login(&b.base, "sosh25.director").await?;
    let me: wire::auth::Me = director.get(routes::ME).await?;
    let school = me.organization_id.context("the director's school")?;
    let (first, _) = support::school_year(lesson.date);
    let year = format!("{}-{}", first.year(), first.year() + 1);
    let loads_path = routes::organization_home_loads(school, &year);
    let mut loads: Value = director.get(&loads_path).await?;
    let grades = loads["grades"]
        .as_array_mut()
        .context("the curriculum's grades")?;
    let row = grades
        .iter_mut()
        .find(|g| g["grade"] == json!(GRADE))
        .context("the demo enters every grade's hours")?;
    row["hours_per_week"] = json!(LIMIT);
    let _: Value = director
        .send(reqwest::Method::PUT, &loads_path, Some(&loads))
        .await?;
    let pupil = json!({
        "last_name": LAST_NAME,
        "first_name": "Мирослава",
        "patronymic": "Андреевна",
        "birth_date": lesson.date - Duration::days(12 * 365 + 100),
        "grade": GRADE,
        "class_letter": "Б",
        "external_id": "browser-enrolment-pupil",
        "consent_date": lesson.date - Duration::days(7),
        "consent_document": "№ 612",
    });
    let student: Value = director
        .send(
            reqwest::Method::POST,
            &routes::organization_students(school),
            Some(&pupil),
        )
        .await?;
    let student = serde_json::from_value(student["id"].clone())?;
    let teacher = Api::login(&b.base, "lyceum24.teacher").await?;
    let on_the_day = teacher.lessons(lesson.date, lesson.date).await?;
    let s = on_the_day
        .first()
        .context("the lesson is on the server the browser uses too")?;
    ensure!(
        !s.ended && !s.register_taken,
        "in the morning the lesson is still to come"
    );
    Ok(Story {
        student,
        group: s.group_id,
        session: s.session_id,
    })
}

async fn scenario(b: &Browser, clock: &clock::Clock, lesson: &Lesson) -> Result<()> {
    let story = prepare(b, lesson).await?;
    let enrolment = home_school_requests(b, &story).await?;
    provider_approves(b, &story, &enrolment).await?;
    // The lesson is over: the server's clock moves to ten minutes after its end (never
    // past the real time, which the browser keeps).
    let after = moscow_instant(lesson.date.and_time(lesson.end)) + Duration::minutes(10);
    clock.set(after.min(Utc::now()));
    teacher_takes_the_register(b, &story, lesson).await?;
    home_school_sees_the_absence(b, &story, &enrolment, lesson).await
}

/// Waits until `script` (a JavaScript expression) is true in the page.
async fn until(b: &Browser, what: &str, script: &str) -> Result<()> {
    let deadline = std::time::Instant::now() + support::TIMEOUT;
    while std::time::Instant::now() < deadline {
        let v = b
            .client
            .execute(&format!("return {script};"), vec![])
            .await?;
        if v.as_bool() == Some(true) {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    bail!("waited in vain for {what}")
}

/// Waits for the page's transitions to end (a button enabled fades in), for a screenshot.
async fn settle(b: &Browser) -> Result<()> {
    until(
        b,
        "the transitions to end",
        "document.getAnimations().every(a => a.playState !== 'running')",
    )
    .await
}

/// Chooses the option of the select `id` whose text contains `text`, once it is there.
async fn choose_containing(b: &Browser, id: &str, text: &str) -> Result<()> {
    let option = b
        .xpath(&format!(
            "//select[@id='{id}']/option[contains(., '{text}')]"
        ))
        .await?;
    let value = option
        .attr("value")
        .await?
        .context("an option with a value")?;
    b.css(&format!("#{id}"))
        .await?
        .select_by_value(&value)
        .await?;
    Ok(())
}

async fn disabled(b: &Browser, selector: &str) -> Result<bool> {
    Ok(b.css(selector).await?.attr("disabled").await?.is_some())
}

/// Step 1: the home school's request. Answers the enrolment's id.
async fn home_school_requests(b: &Browser, story: &Story) -> Result<String> {
    // The director lands on «Моя школа» and opens the school's pupils.
    b.sign_in("/", "sosh25.director").await?;
    b.css("#my-school #school-requests").await?;
    b.shot("38-my-school").await?;
    b.css("[data-testid=nav-students]").await?.click().await?;
    b.fill("#students-search", LAST_NAME).await?;
    let row = format!("[data-testid=students-row-{}]", story.student);
    until(
        b,
        "the search to find the new pupil alone",
        &format!(
            "document.querySelectorAll('[data-testid^=students-row-]').length === 1 \
             && !!document.querySelector('{row}')"
        ),
    )
    .await?;
    b.shot("39-students-search").await?;
    b.xpath(&format!(
        "//*[@data-testid='students-row-{}']//a[normalize-space()='{PUPIL}']",
        story.student
    ))
    .await?
    .click()
    .await?;

    // Not in any group yet; «Записать в сетевую группу».
    b.css("#student-enrolments [data-testid=empty-state]")
        .await?;
    b.css("#student-request").await?.click().await?;
    b.css("#request-dialog").await?;
    choose_containing(b, "request-network", NETWORK).await?;
    choose_containing(b, "request-group", GROUP).await?;
    b.css("[data-testid=request-group-facts]").await?;

    // The load rule fails, naming the hours; every other rule passes; nothing to send.
    let load = "[data-testid=preview-weekly_load]";
    b.css(&format!("{load}[data-passed=false]")).await?;
    let message = b
        .css(&format!("{load} [data-testid=preview-message]"))
        .await?
        .text()
        .await?;
    ensure!(
        message.contains("31 ч") && message.contains("30 ч") && message.contains("6 класса"),
        "the message names the load, the limit and the grade: {message}"
    );
    for rule in [
        "agreement_covers",
        "consent_on_file",
        "grade_in_programme",
        "free_seat",
        "no_timetable_conflict",
    ] {
        b.css(&format!("[data-testid=preview-{rule}][data-passed=true]"))
            .await?;
    }
    b.css("[data-testid=request-preview][data-can-request=false]")
        .await?;
    b.css("[data-testid=request-blocked]").await?;
    ensure!(
        disabled(b, "#request-send").await?,
        "a request the rules refuse is not sent"
    );
    b.shot_at(".setka-stu-preview", "40-request-preview-failing")
        .await?;

    // The module is the pupil's «Технология» lesson: it replaces one home hour.
    b.fill("#request-replaces", "1").await?;
    b.css(&format!("{load}[data-passed=true]")).await?;
    b.css("[data-testid=request-preview][data-can-request=true]")
        .await?;
    b.xpath("//*[@data-testid='load-total'][normalize-space()='30']")
        .await?;
    ensure!(
        b.absent("[data-testid=request-blocked]").await?,
        "nothing blocks the request"
    );
    b.fill(
        "#request-reason",
        "Заявление родителей; модуль засчитывается вместо урока технологии",
    )
    .await?;
    ensure!(
        !disabled(b, "#request-send").await?,
        "the request can be sent"
    );
    b.shot_at(".setka-stu-preview", "41-request-preview-fixed")
        .await?;
    b.css("#request-send").await?.click().await?;

    // Requested: on the pupil's page and among the school's requests.
    b.css("[data-testid=student-notice]").await?;
    let row = b
        .css("#student-enrolments tr[data-testid^='enrolment-'][data-status=requested]")
        .await?;
    let enrolment = row
        .attr("data-testid")
        .await?
        .and_then(|t| t.strip_prefix("enrolment-").map(str::to_owned))
        .context("the enrolment's row names it")?;
    b.xpath(&format!(
        "//tr[@data-testid='enrolment-{enrolment}'][contains(., '{GROUP}')][contains(., 'Лицей №24')]"
    ))
    .await?;
    b.shot("41a-student-requested").await?;
    b.css("[data-testid=nav-my-school]").await?.click().await?;
    b.css(&format!(
        "#school-requests [data-testid=home-{enrolment}] [data-testid=status-{enrolment}][data-status=requested]"
    ))
    .await?;
    b.shot_at("#school-requests", "41b-school-requests").await?;
    b.sign_out().await?;
    Ok(enrolment)
}

/// Step 2: the provider sees the request, every rule passing, and approves.
async fn provider_approves(b: &Browser, story: &Story, enrolment: &str) -> Result<()> {
    b.sign_in("/", "lyceum24.director").await?;
    b.xpath(&format!(
        "//*[@id='school-incoming']//tr[@data-testid='incoming-{enrolment}'][contains(., '{PUPIL}')][contains(., '{SOSH}')]"
    ))
    .await?;
    // Of the group's fourteen, seven are Лицей №24's own pupils: seven visit.
    b.css("[data-testid=tile-visiting] [data-value='7']")
        .await?;
    b.shot_at("#school-incoming", "42-school-incoming").await?;
    b.css(&format!("[data-testid=review-{enrolment}]"))
        .await?
        .click()
        .await?;

    b.css(&format!(
        "#enrolments [data-testid=enrolment-{enrolment}][data-status=requested]"
    ))
    .await?;
    let checks = b
        .css(&format!(
            "[data-testid=checks-{enrolment}][data-state=ready]"
        ))
        .await?;
    ensure!(
        checks.attr("data-ok").await?.as_deref() == Some("true"),
        "every rule passes for the provider too"
    );
    b.shot_at("#enrolments", "43-group-checks").await?;
    b.css(&format!("[data-testid=approve-{enrolment}]"))
        .await?
        .click()
        .await?;
    b.css("[data-testid=enr-step-modal][data-step=approve]")
        .await?;
    b.css("[data-testid=enr-step-confirm]")
        .await?
        .click()
        .await?;
    b.css("[data-testid=enr-notice]").await?;
    b.css("[data-testid=enr-tab-enrolled]")
        .await?
        .click()
        .await?;
    // The group has begun: an approved pupil reads as learning.
    b.css(&format!(
        "[data-testid=enr-table-enrolled] [data-testid=enrolment-{enrolment}][data-status=active]"
    ))
    .await?;
    let path = b.client.current_url().await?.path().to_owned();
    ensure!(
        path == format!("/groups/{}", story.group),
        "the review link led to the group, not {path}"
    );
    b.shot_at("#enrolments", "43a-group-enrolled").await?;
    b.sign_out().await
}

/// Step 3: after the lesson the teacher takes its register from «Мои группы».
async fn teacher_takes_the_register(b: &Browser, story: &Story, lesson: &Lesson) -> Result<()> {
    let sid = story.session;
    b.sign_in("/", "lyceum24.teacher").await?;
    b.css("#my-groups").await?;
    // «Мои группы» lists the registers due over the last 60 days of the SPA's today: the
    // lesson is there unless the test runs in the summer holidays (or the first days of
    // September); then the teacher opens it from the group's attendance table.
    let listed = lesson.date > spa_today() - Duration::days(55);
    if listed {
        b.css(&format!("#mygroups-due [data-testid=mysession-{sid}]"))
            .await?;
        b.xpath("//*[@id='mygroups-due']//*[@data-testid='due-count'][normalize-space()='1']")
            .await?;
        b.shot("44-my-groups-due").await?;
        b.css(&format!("#mygroups-due [data-testid=register-link-{sid}]"))
            .await?
            .click()
            .await?;
    } else {
        b.goto(&format!("/groups/{}", story.group)).await?;
        b.css(&format!("[data-testid=att-session-{sid}] a"))
            .await?
            .click()
            .await?;
    }

    // A register not taken yet, the new pupil on it with the group's fourteen.
    b.css("[data-testid=register][data-taken=false]").await?;
    b.css("[data-testid=register-count][data-marked='0'][data-total='15']")
        .await?;
    let row = format!("#register-row-{}", story.student);
    b.xpath(&format!(
        "//tr[@id='register-row-{}'][contains(., '{PUPIL}')][contains(., '{SOSH}')]",
        story.student
    ))
    .await?;
    // The keyboard marks the row it is on: 4 is an unexcused absence.
    b.css(&format!("{row} td.setka-reg-student"))
        .await?
        .click()
        .await?;
    b.css(&row).await?.send_keys("4").await?;
    b.css(&format!("{row}[data-mark=absent_unexcused]")).await?;
    until(
        b,
        "the keyboard to move to the next pupil",
        &format!("document.activeElement === document.querySelector('{row}').nextElementSibling"),
    )
    .await?;
    b.css("[data-testid=register-count][data-marked='1']")
        .await?;
    // Everyone else is present.
    b.css("#register-all-present").await?.click().await?;
    b.css("[data-testid=register-count][data-marked='15']")
        .await?;
    b.css(&format!("{row}[data-mark=absent_unexcused]")).await?;
    let present = b
        .client
        .find_all(Locator::Css(
            "[data-testid^=register-row-][data-mark=present]",
        ))
        .await?;
    ensure!(present.len() == 14, "{} present, not 14", present.len());
    settle(b).await?;
    b.shot("44a-register-marked").await?;
    b.css("#register-save").await?.click().await?;
    b.css("[data-testid=register-saved]").await?;
    b.css("[data-testid=register][data-taken=true]").await?;
    b.css("[data-testid=register-taken]").await?;
    settle(b).await?;
    b.shot("44b-register-saved").await?;

    // Nothing is due any more.
    b.css("[data-testid=nav-my-groups]").await?.click().await?;
    b.css("#my-groups").await?;
    if listed {
        b.css("#mygroups-due [data-testid=due-none]").await?;
    }
    b.shot("45-my-groups").await?;
    b.sign_out().await
}

/// Step 4: the home school sees the absence on the pupil's page and in the group's table.
async fn home_school_sees_the_absence(
    b: &Browser,
    story: &Story,
    enrolment: &str,
    lesson: &Lesson,
) -> Result<()> {
    b.sign_in("/", "sosh25.director").await?;
    b.css(&format!(
        "#school-learning [data-testid=home-{enrolment}] [data-testid=status-{enrolment}][data-status=active]"
    ))
    .await?;
    ensure!(
        b.absent(&format!("#school-requests [data-testid=home-{enrolment}]"))
            .await?,
        "the request is no longer waiting"
    );
    b.xpath(&format!(
        "//*[@data-testid='home-{enrolment}']//a[normalize-space()='{PUPIL}']"
    ))
    .await?
    .click()
    .await?;

    let block = format!(
        "#student-attendance [data-testid=attendance-{}]",
        story.group
    );
    b.css(&format!(
        "{block} [data-testid=attendance-mark][data-date='{}'][data-mark=absent_unexcused]",
        lesson.date
    ))
    .await?;
    b.css(&format!(
        "#student-enrolments tr[data-testid=enrolment-{enrolment}][data-status=active]"
    ))
    .await?;
    b.shot_at("#student-attendance", "46-student-attendance")
        .await?;

    // The group's table as the home school sees it: its own pupils only.
    b.xpath(&format!(
        "//tr[@data-testid='enrolment-{enrolment}']//a[normalize-space()='{GROUP}']"
    ))
    .await?
    .click()
    .await?;
    let header = format!("[data-testid=att-session-{}]", story.session);
    b.css(&format!("{header}[data-taken=true]")).await?;
    let column = b
        .client
        .execute(
            "const th = document.querySelector(arguments[0]); \
             return Array.from(th.parentElement.children).indexOf(th);",
            vec![json!(header)],
        )
        .await?
        .as_u64()
        .context("the lesson's column")?;
    b.css(&format!(
        "[data-testid=att-row-{}] > :nth-child({})[data-mark=absent_unexcused]",
        story.student,
        column + 1
    ))
    .await?;
    let rows = b
        .client
        .find_all(Locator::Css(
            "[data-testid=att-grid] [data-testid^=att-row-]",
        ))
        .await?;
    ensure!(!rows.is_empty(), "the home school's pupils are listed");
    for r in &rows {
        let text = r.text().await?;
        ensure!(
            text.contains(SOSH),
            "a pupil of another school in the home school's table: {text}"
        );
    }
    b.client
        .execute(
            "document.getElementById('attendance').scrollIntoView({ block: 'start' }); \
             document.querySelector(arguments[0]).scrollIntoView({ block: 'nearest', inline: 'center' });",
            vec![json!(header)],
        )
        .await?;
    b.shot("46a-group-attendance").await?;

    b.css("[data-testid=nav-my-school]").await?.click().await?;
    b.css(&format!("#school-learning [data-testid=home-{enrolment}]"))
        .await?;
    // Seven pupils of Лицей №24 learn in СОШ №25's «Компьютерная графика»; the school's
    // own seven there are not visitors.
    b.css("[data-testid=tile-visiting] [data-value='7']")
        .await?;
    b.shot("47-my-school").await?;
    Ok(())
}
