//! Seed 000's timetable through the SPA: the administrator forms a «Робототехника» group
//! of Лицей №24 with two weekly slots taught by Мельников, generates its sessions, finds
//! them in the week view next to the demo group Мельников already teaches, moves one
//! session onto that group's lesson, and sees the teacher conflict marked in the grid and
//! listed with the server's message — where before the move there was none.
//!
//! Needs what `spa.rs` needs. `SETKA_SCREENSHOTS=<dir>` saves a screenshot per step.

mod support;

use anyhow::{Context, Result, ensure};
use chrono::{Duration, NaiveDate};
use support::Browser;

const NETWORK: &str = "СОШ №25 и Лицея №24";
const LYCEUM: &str = "МБОУ «Лицей №24 им. А. В. Корявина»";
const SOSH: &str = "МБОУ СОШ №25";
const GROUP: &str = "Робототехника, 6 классы";
const TEACHER: &str = "Мельников Дмитрий Сергеевич — учитель";
const TEACHER_SHORT: &str = "Мельников Д. С.";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moved_session_makes_a_teacher_conflict_in_the_week_view() -> Result<()> {
    let browser = Browser::start().await?;
    let result = scenario(&browser).await;
    if result.is_err() {
        if let Some(dir) = browser.dump().await {
            eprintln!("the page at the failure is saved in {}", dir.display());
        }
        return result;
    }
    browser.close().await
}

/// The path part of the current address.
async fn path_now(b: &Browser) -> Result<String> {
    let url = b.client.current_url().await?;
    Ok(match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    })
}

/// A session block's `data-*` value.
async fn data(el: &fantoccini::elements::Element, name: &str) -> Result<String> {
    el.attr(&format!("data-{name}"))
        .await?
        .with_context(|| format!("a session block without data-{name}"))
}

/// A session of the week grid: its day and times.
struct Slot {
    date: String,
    start: String,
    end: String,
}

async fn scenario(b: &Browser) -> Result<()> {
    let monday = support::mid_september_monday(support::today());
    let network = form_the_group(b).await?;
    let (group, added) = generate(b).await?;
    let other = week_before_the_move(b, &network, monday, added).await?;
    move_onto(b, &group, monday, &other).await?;
    week_with_the_conflict(b, &network, monday).await
}

/// The administrator forms the group: the programme's only provider is taken, Мельников
/// teaches, Monday and Wednesday 16:00–16:40 in Лицей №24, students of СОШ №25.
/// Answers the network page's path.
async fn form_the_group(b: &Browser) -> Result<String> {
    b.sign_in("/networks", "admin").await?;
    b.xpath(&format!("//a[contains(., '{NETWORK}')]"))
        .await?
        .click()
        .await?;
    b.css("[data-testid=group-row]").await?;
    let network = path_now(b).await?;
    b.shot_at("#groups", "61-network-groups").await?;

    b.css("#group-add").await?.click().await?;
    b.css("#grp-form").await?;
    b.choose("#grp-programme_id", "Технология — Робототехника · ТЕХ-РОБ")
        .await?;
    b.xpath(&format!(
        "//select[@id='grp-provider_id']/option[normalize-space()='{LYCEUM}']"
    ))
    .await?;
    let provider = b.css("#grp-provider_id").await?.prop("value").await?;
    ensure!(
        provider.is_some_and(|v| !v.is_empty()),
        "the programme's only provider is chosen with it"
    );
    b.fill("#grp-name", GROUP).await?;
    b.choose("#grp-teacher-person", TEACHER).await?;
    b.css("#grp-teacher-add").await?.click().await?;
    b.xpath("//*[@data-testid='grp-teacher'][contains(., 'Мельников')]")
        .await?;
    b.choose("#grp-place-organization_id", LYCEUM).await?;
    b.fill("#grp-place-name", "каб. 214").await?;
    b.css("#grp-slot-add").await?.click().await?;
    b.css("#grp-slots-0-weekday")
        .await?
        .select_by_value("mon")
        .await?;
    b.set_value("#grp-slots-0-start", "16:00").await?;
    b.set_value("#grp-slots-0-end", "16:40").await?;
    // The second row repeats the first one's time two days later.
    b.css("#grp-slot-add").await?.click().await?;
    let second = b.css("#grp-slots-1-weekday").await?.prop("value").await?;
    ensure!(
        second.as_deref() == Some("wed"),
        "second slot on {second:?}"
    );
    b.tick("grp-participant_ids", SOSH).await?;
    b.shot_at("#grp-form", "62-group-form").await?;
    b.shot_at("#grp-slots", "62b-group-form-slots").await?;
    b.css("#grp-save").await?.click().await?;
    b.css("[data-testid=group-notice]").await?;
    b.xpath(&format!(
        "//*[@data-testid='page-title'][normalize-space()='{GROUP}']"
    ))
    .await?;
    b.xpath("//*[@data-testid='group-slots'][contains(., 'пн, ср 16:00–16:40')]")
        .await?;
    b.css("[data-testid=sessions] [data-testid=empty-state]")
        .await?;
    b.shot("63-group").await?;
    Ok(network)
}

/// «Сформировать расписание»: the counts, and as many sessions in the list. Answers the
/// group page's path and the number of sessions added.
async fn generate(b: &Browser) -> Result<(String, usize)> {
    let group = path_now(b).await?;
    b.css("#group-generate").await?.click().await?;
    let counts = b
        .css("[data-testid=group-generated-counts]")
        .await?
        .text()
        .await?;
    let added: usize = counts
        .strip_prefix("Добавлено занятий: ")
        .and_then(|rest| rest.split(',').next())
        .and_then(|n| n.trim().parse().ok())
        .with_context(|| format!("no count in «{counts}»"))?;
    // Mondays and Wednesdays from September to May, holidays of Лицей №24 skipped.
    ensure!((50..=80).contains(&added), "{added} sessions added");
    b.xpath(&format!(
        "//*[@data-testid='session-count'][starts-with(normalize-space(), '{added} ')]"
    ))
    .await?;
    b.css("[data-testid=session-row]").await?;
    b.shot_at("#sessions", "64-generated").await?;
    Ok((group, added))
}

/// The teacher's week: the new group on Monday and Wednesday, the demo group Мельников
/// teaches on another day, no conflict yet. Answers the other group's lesson.
async fn week_before_the_move(
    b: &Browser,
    network: &str,
    monday: NaiveDate,
    added: usize,
) -> Result<Slot> {
    ensure!(added > 0, "nothing to show");
    b.goto(&format!("{network}/timetable?week={}&by=teacher", monday))
        .await?;
    b.choose("#tt-filter", TEACHER_SHORT).await?;
    for day in [monday, monday + Duration::days(2)] {
        b.xpath(&format!(
            "//*[@data-testid='tt-session']/*[@data-group='{GROUP}'][@data-date='{}'][@data-start='16:00']",
            day
        ))
        .await?;
    }
    let other = b
        .xpath(&format!(
            "//*[@data-testid='tt-session']/*[@data-group!='{GROUP}'][@data-cancelled='false']"
        ))
        .await?;
    let other = Slot {
        date: data(&other, "date").await?,
        start: data(&other, "start").await?,
        end: data(&other, "end").await?,
    };
    b.css("[data-testid=tt-no-conflicts]").await?;
    ensure!(
        b.absent("[data-conflict=true]").await?,
        "a conflict before the move"
    );
    b.xpath("//*[@data-testid='tt-week'][contains(., 'сентября')]")
        .await?;
    b.shot("65-week").await?;
    Ok(other)
}

/// On the group's page the Monday session is moved onto the other group's lesson.
async fn move_onto(b: &Browser, group: &str, monday: NaiveDate, other: &Slot) -> Result<()> {
    b.goto(group).await?;
    b.xpath("//button[@data-testid='session-month'][contains(., 'Сентябрь')]")
        .await?
        .click()
        .await?;
    let day = monday.format("%d.%m.%Y");
    b.xpath(&format!(
        "//tr[@data-testid='session-row'][contains(., 'пн, {day}')]//button[@data-testid='session-move']"
    ))
    .await?
    .click()
    .await?;
    b.css("#session-dialog").await?;
    b.set_value("#session-date", &other.date).await?;
    b.set_value("#session-start", &other.start).await?;
    b.set_value("#session-end", &other.end).await?;
    b.shot("66-move-dialog").await?;
    b.css("#session-save").await?.click().await?;
    b.css("[data-testid=session-notice]").await?;
    ensure!(b.absent("#session-dialog").await?, "the dialog stays open");
    b.xpath(&format!(
        "//tr[@data-testid='session-row'][@data-mark='session-mark-moved'][contains(., '{}')]",
        other.start
    ))
    .await?;
    b.css("[data-testid=group-conflicts]").await?;
    b.shot("67-moved").await?;
    Ok(())
}

/// The week again: both sessions at that time marked, the conflict listed with the
/// teacher and both groups.
async fn week_with_the_conflict(b: &Browser, network: &str, monday: NaiveDate) -> Result<()> {
    b.goto(&format!("{network}/timetable?week={}&by=teacher", monday))
        .await?;
    b.choose("#tt-filter", TEACHER_SHORT).await?;
    b.xpath("(//*[@data-testid='tt-session']/*[@data-conflict='true'])[2]")
        .await?;
    b.xpath(&format!(
        "//*[@data-testid='tt-session']/*[@data-group='{GROUP}'][@data-conflict='true']"
    ))
    .await?;
    // The Wednesday session is untouched.
    b.xpath(&format!(
        "//*[@data-testid='tt-session']/*[@data-group='{GROUP}'][@data-date='{}'][@data-conflict='false']",
        monday + Duration::days(2)
    ))
    .await?;
    b.xpath("//*[@data-testid='tt-summary'][contains(., '1 конфликт')]")
        .await?;
    b.xpath(&format!(
        "//*[@data-testid='tt-conflict-message'][contains(., 'Мельников')][contains(., '{GROUP}')]"
    ))
    .await?;
    b.shot("68-week-conflict").await?;
    b.shot_at("#tt-conflicts-card", "69-week-conflicts").await?;
    Ok(())
}
