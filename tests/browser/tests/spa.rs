//! The SPA end to end in headless Chromium: sign in, create an organization through the
//! form, see the server's field error for a bad INN, fix it, find the new organization in
//! the list.
//!
//! Needs `frontend/dist` (built by `cargo xtask`) and `/usr/bin/chromedriver`
//! (`CHROMEDRIVER` overrides). `SETKA_SCREENSHOTS=<dir>` saves a screenshot per step.

mod support;

use anyhow::{Result, ensure};
use support::Browser;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_creates_an_organization_through_the_form() -> Result<()> {
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

async fn scenario(b: &Browser) -> Result<()> {
    let stamp = std::process::id();
    let short_name = format!("Школа браузерного теста {stamp}");

    // Signed out, the app shows the sign-in form in Russian.
    b.goto("/").await?;
    b.css("#login-username").await?;
    b.xpath("//h1[normalize-space()='Вход в систему']").await?;
    b.shot("01-login").await?;
    b.fill("#login-username", "admin").await?;
    b.fill("#login-password", "demo").await?;
    b.css("#login-submit").await?.click().await?;

    // An administrator lands on the organizations list, with role-aware navigation.
    b.css("#organizations-table [data-testid=organization-row]")
        .await?;
    b.css("[data-testid=nav-users]").await?;
    b.css("[data-testid=nav-audit]").await?;
    // The list counts what it shows, in words.
    b.xpath("//*[@id='org-count'][starts-with(normalize-space(), 'Показано ')]")
        .await?;
    b.shot("02-organizations").await?;

    // The create form; an INN with a wrong check digit.
    b.css("#org-create").await?.click().await?;
    b.css("#org-form").await?;
    b.fill(
        "#org-full_name",
        &format!("Муниципальное бюджетное общеобразовательное учреждение «{short_name}»"),
    )
    .await?;
    b.fill("#org-short_name", &short_name).await?;
    b.fill("#org-inn", "1234567890").await?;
    b.css("#org-municipality_id")
        .await?
        .select_by_index(1)
        .await?;
    b.css("#org-save").await?.click().await?;

    // The server's message appears under the INN field, and only there.
    // (Waiting on the text itself: WebDriver may read an element's text as empty in the
    // frame it is inserted.)
    b.xpath("//*[@id='org-inn-error'][contains(., 'ИНН')]")
        .await?;
    let invalid = b.css("#org-inn").await?.attr("aria-invalid").await?;
    ensure!(
        invalid.as_deref() == Some("true"),
        "the INN input is marked invalid"
    );
    ensure!(
        b.client
            .find(fantoccini::Locator::Css("#org-full_name-error"))
            .await
            .is_err(),
        "no error on a valid field"
    );
    b.shot("03-inn-error").await?;

    // A valid INN saves and opens the new organization's page.
    b.fill("#org-inn", "7707083893").await?;
    b.css("#org-save").await?.click().await?;
    b.css("[data-testid=org-notice]").await?;
    b.xpath(&format!(
        "//*[@data-testid='page-title'][normalize-space()='{short_name}']"
    ))
    .await?;
    b.xpath("//*[@data-testid='org-inn'][normalize-space()='7707083893']")
        .await?;
    b.shot("04-created").await?;

    // Its staff list starts empty; add a teacher through the inline form.
    b.css("[data-testid=staff-empty]").await?;
    b.css("#staff-add").await?.click().await?;
    b.fill("#staff-last_name", "Иванова").await?;
    b.fill("#staff-first_name", "Мария").await?;
    b.fill("#staff-position", "учитель").await?;
    b.fill("#staff-subjects", "Технология, Информатика").await?;
    b.shot("04b-staff-form").await?;
    b.css("#staff-save").await?.click().await?;
    b.xpath("//tr[@data-testid='staff-row'][td[normalize-space()='Иванова Мария']]")
        .await?;
    b.shot("04c-staff-added").await?;

    // It is in the list: search for it.
    b.css("[data-testid=nav-organizations]")
        .await?
        .click()
        .await?;
    b.css("#org-search").await?.send_keys(&short_name).await?;
    b.xpath(&format!(
        "//tr[@data-testid='organization-row']//a[normalize-space()='{short_name}']"
    ))
    .await?;
    b.xpath("//*[@id='org-count'][normalize-space()='Показано 1 организация']")
        .await?;
    b.shot("05-found").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_school_admin_works_with_their_own_school_only() -> Result<()> {
    let browser = Browser::start().await?;
    let result = own_school(&browser).await;
    if result.is_err() {
        if let Some(dir) = browser.dump().await {
            eprintln!("the page at the failure is saved in {}", dir.display());
        }
        return result;
    }
    browser.close().await
}

async fn own_school(b: &Browser) -> Result<()> {
    b.goto("/").await?;
    b.fill("#login-username", "lyceum24.director").await?;
    b.fill("#login-password", "demo").await?;
    b.css("#login-submit").await?.click().await?;

    // «Моя школа» instead of the organizations list; no administration pages. The
    // school's card (staff, figures) is a click away.
    b.css("[data-testid=nav-my-school][aria-current=page]")
        .await?;
    b.css("#my-school").await?;
    b.css("#school-profile").await?.click().await?;
    b.css("[data-testid=nav-my-school][aria-current=page]")
        .await?;
    b.css("#staff-table [data-testid=staff-row]").await?;
    for absent in ["nav-organizations", "nav-users", "nav-audit"] {
        let found = b
            .client
            .find(fantoccini::Locator::Css(&format!("[data-testid={absent}]")))
            .await;
        ensure!(found.is_err(), "a school administrator has no {absent}");
    }
    b.xpath("//*[@data-testid='page-title'][contains(., 'Лицей №24')]")
        .await?;
    b.shot("11-my-school").await?;

    // The edit form: names and INN editable, what the authority keeps is disabled.
    b.css("#org-edit").await?.click().await?;
    b.css("#org-form").await?;
    ensure!(
        b.css("#org-kind").await?.attr("disabled").await?.is_some(),
        "kind is locked"
    );
    ensure!(
        b.css("#org-inn").await?.attr("disabled").await?.is_none(),
        "INN is editable"
    );
    b.shot("12-restricted-form").await?;

    // English on request, remembered by the browser.
    b.css("#lang-en").await?.click().await?;
    b.xpath("//*[@data-testid='nav-my-school'][normalize-space()='My school']")
        .await?;
    b.shot("13-english").await?;
    b.client.refresh().await?;
    b.xpath("//*[@data-testid='nav-my-school'][normalize-space()='My school']")
        .await?;

    // Sign out from the user menu.
    b.css("#user-menu-toggle").await?.click().await?;
    b.shot("14-user-menu").await?;
    b.css("#logout").await?.click().await?;
    b.css("#login-username").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn administration_pages_and_unknown_routes() -> Result<()> {
    let browser = Browser::start().await?;
    let result = administration(&browser).await;
    if result.is_err() {
        if let Some(dir) = browser.dump().await {
            eprintln!("the page at the failure is saved in {}", dir.display());
        }
        return result;
    }
    browser.close().await
}

async fn administration(b: &Browser) -> Result<()> {
    // A deep link survives sign-in: the form appears in place, then the page itself.
    b.goto("/audit").await?;
    b.fill("#login-username", "admin").await?;
    b.fill("#login-password", "demo").await?;
    b.css("#login-submit").await?.click().await?;
    b.css("#audit-table").await?;
    b.shot("21-audit").await?;

    b.css("[data-testid=nav-users]").await?.click().await?;
    b.xpath("//table[@id='users-table']//td[normalize-space()='lyceum24.director']")
        .await?;
    b.shot("22-users").await?;

    // The session survives a reload (refresh cookie → new access token).
    b.goto("/no/such/page").await?;
    b.css("[data-testid=not-found]").await?;
    b.shot("23-not-found").await?;
    let errors = b
        .client
        .find_all(fantoccini::Locator::Css("[data-testid=error-alert]"))
        .await?;
    ensure!(errors.is_empty(), "no error alerts on the way");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_authority_creates_a_network_and_edits_its_membership() -> Result<()> {
    let browser = Browser::start().await?;
    let result = network(&browser).await;
    if result.is_err() {
        if let Some(dir) = browser.dump().await {
            eprintln!("the page at the failure is saved in {}", dir.display());
        }
        return result;
    }
    browser.close().await
}

/// Signs in as the Volzhsky authority and creates a network with МОУ СОШ № 8 coordinating.
async fn create_network(b: &Browser, name: &str) -> Result<()> {
    b.goto("/").await?;
    b.fill("#login-username", "volzhsky.uo").await?;
    b.fill("#login-password", "demo").await?;
    b.css("#login-submit").await?.click().await?;
    b.css("[data-testid=nav-networks]").await?.click().await?;
    b.css("#net-create").await?.click().await?;
    b.css("#net-form").await?;
    b.fill("#net-name", name).await?;
    b.css("#net-model")
        .await?
        .select_by_value("resource_centre")
        .await?;
    b.fill(
        "#net-goal",
        "Обеспечить доступность профильного обучения для обучающихся 10–11 классов.",
    )
    .await?;
    b.fill(
        "#net-tasks",
        "Согласовать учебные планы\nОрганизовать обучение в ресурсных центрах",
    )
    .await?;
    b.set_value("#net-period_from", "2021-09-01").await?;
    b.set_value("#net-period_to", "2022-08-31").await?;
    b.css("#net-status")
        .await?
        .select_by_value("active")
        .await?;
    b.choose("#net-coordinator_id", "МОУ СОШ № 8").await?;
    b.shot("31-network-form").await?;
    b.css("#net-save").await?.click().await?;
    b.css("[data-testid=net-notice]").await?;
    b.xpath(&format!(
        "//*[@data-testid='page-title'][normalize-space()='{name}']"
    ))
    .await?;
    b.xpath("//tr[@data-testid='member-row'][@data-role='coordinator']//a[normalize-space()='МОУ СОШ № 8']")
        .await?;
    Ok(())
}

/// Adds a member for the whole network period through the editor.
async fn add_member(b: &Browser, org: &str, role: &str) -> Result<()> {
    b.css("#member-add").await?.click().await?;
    b.css("#member-form").await?;
    b.choose("#member-organization_id", org).await?;
    b.css("#member-role").await?.select_by_value(role).await?;
    b.css("#member-save").await?.click().await?;
    Ok(())
}

async fn network(b: &Browser) -> Result<()> {
    let name = format!("Сеть браузерного теста {}", std::process::id());
    create_network(b, &name).await?;
    b.shot("32-network-created").await?;

    // A resource centre joins through the editor and appears in its group and on the map.
    add_member(b, "МОУ СОШ № 14", "resource_centre").await?;
    b.css("[data-testid=member-notice]").await?;
    b.xpath("//tr[@data-testid='member-row'][@data-role='resource_centre']//a[normalize-space()='МОУ СОШ № 14']")
        .await?;
    b.xpath("//*[@data-testid='member-count'][normalize-space()='2 организации']")
        .await?;
    let nodes = b
        .client
        .find_all(fantoccini::Locator::Css(
            "#member-map [data-testid=map-node]",
        ))
        .await?;
    ensure!(
        nodes.len() == 2,
        "two schools on the map, got {}",
        nodes.len()
    );
    b.shot("33-member-added").await?;

    // A second coordinator for the same dates breaks a rule: the editor says which.
    add_member(b, "МОУ СОШ № 17", "coordinator").await?;
    b.xpath("//*[@data-testid='member-rule-error'][@data-code='two_coordinators'][contains(., 'координатор')]")
        .await?;
    ensure!(
        b.css("#member-form").await?.is_displayed().await?,
        "the editor stays open with the error"
    );
    b.shot("34-rule-error").await?;

    // The list shows the network.
    b.css("[data-testid=nav-networks]").await?.click().await?;
    b.xpath(&format!(
        "//tr[@data-testid='network-row']//a[normalize-space()='{name}']"
    ))
    .await?;
    Ok(())
}

/// The seed `002_…` network with its 13 schools, for screenshots of the member map:
/// `SETKA_SCREENSHOTS=… cargo test -p browser-tests -- --ignored volzhsky`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "slow; run for screenshots"]
async fn volzhsky_network_screenshots() -> Result<()> {
    let browser = Browser::start().await?;
    let result = volzhsky(&browser).await;
    if result.is_err() {
        if let Some(dir) = browser.dump().await {
            eprintln!("the page at the failure is saved in {}", dir.display());
        }
        return result;
    }
    browser.close().await
}

async fn volzhsky(b: &Browser) -> Result<()> {
    create_network(
        b,
        "Сеть профильного обучения городского округа – город Волжский",
    )
    .await?;
    let mut members = vec![];
    for n in [14, 17, 30, 32, 37] {
        members.push((format!("МОУ СОШ № {n}"), "resource_centre"));
    }
    for n in [1, 6, 9, 15, 29, 35] {
        members.push((format!("МОУ СОШ № {n}"), "participant"));
    }
    members.push(("МОУ Кадетская школа".to_owned(), "participant"));
    for (i, (org, role)) in members.iter().enumerate() {
        add_member(b, org, role).await?;
        b.xpath(&format!(
            "//*[@data-testid='member-count'][starts-with(normalize-space(), '{} ')]",
            i + 2
        ))
        .await?;
    }
    b.client
        .execute("document.getElementById('map').scrollIntoView()", vec![])
        .await?;
    b.shot("41-volzhsky-map").await?;
    b.client
        .execute(
            "document.getElementById('members').scrollIntoView()",
            vec![],
        )
        .await?;
    b.shot("42-volzhsky-members").await?;
    add_member(b, "МОУ СОШ № 1", "participant").await?;
    b.css("[data-testid=member-rule-error]").await?;
    b.client
        .execute(
            "document.getElementById('member-form').scrollIntoView()",
            vec![],
        )
        .await?;
    b.shot("43-volzhsky-rule-error").await?;
    b.client
        .execute("document.querySelector('h1').scrollIntoView()", vec![])
        .await?;
    b.shot("44-volzhsky-top").await?;
    b.css("[data-testid=nav-networks]").await?.click().await?;
    b.css("#networks-table [data-testid=network-row]").await?;
    b.shot("45-networks-list").await?;
    Ok(())
}
