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
    let count = b.css("#org-count").await?.text().await?;
    ensure!(
        count.starts_with("Показано"),
        "the list counts what it shows: {count:?}"
    );
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
    let error = b.css("#org-inn-error").await?.text().await?;
    ensure!(!error.trim().is_empty(), "the INN error has a message");
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
    let title = b.css("[data-testid=page-title]").await?.text().await?;
    ensure!(
        title == short_name,
        "the new organization's page: {title:?}"
    );
    let inn = b.css("[data-testid=org-inn]").await?.text().await?;
    ensure!(inn == "7707083893", "the saved INN: {inn:?}");
    b.shot("04-created").await?;

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
