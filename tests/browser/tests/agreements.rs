//! Seed 000 through the SPA: the administrator creates the network of СОШ №25 and Лицей
//! №24, a programme and an agreement with the five sections of art. 15, and sends it for
//! signature; each school's director signs for their own school only, seeing the content
//! hash (returning it to draft clears the signatures); the agreement is then in force, a
//! supplementary agreement starts version 2, and the first version is terminated.
//!
//! Needs what `spa.rs` needs. `SETKA_SCREENSHOTS=<dir>` saves a screenshot per step.

mod support;

use anyhow::{Context, Result, ensure};
use fantoccini::Locator;
use support::Browser;

const SOSH: &str = "МБОУ СОШ №25";
const LYCEUM: &str = "МБОУ «Лицей №24 им. А. В. Корявина»";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_schools_sign_an_agreement_and_it_comes_into_force() -> Result<()> {
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

async fn add_member(b: &Browser, org: &str, role: &str) -> Result<()> {
    b.css("#member-add").await?.click().await?;
    b.choose("#member-organization_id", org).await?;
    b.css("#member-role").await?.select_by_value(role).await?;
    b.css("#member-save").await?.click().await?;
    b.css("[data-testid=member-notice]").await?;
    Ok(())
}

async fn scenario(b: &Browser) -> Result<()> {
    let stamp = std::process::id();
    network_of_two_schools(b, stamp).await?;
    programme(b, stamp).await?;
    incomplete_draft(b, stamp).await?;
    let (path, hash) = send_for_signature(b).await?;
    sosh25_signs(b, &path, &hash).await?;
    lyceum24_signs(b, &path).await?;
    supplementary_and_termination(b, &path, stamp).await
}

/// The administrator creates the network with СОШ №25 coordinating; members for the
/// current school year.
async fn network_of_two_schools(b: &Browser, stamp: u32) -> Result<()> {
    let (from, to) = support::school_year(support::today());
    let (from, to) = (from.to_string(), to.to_string());
    let network = format!("Технология: СОШ №25 и Лицей №24 ({stamp})");
    // The administrator creates the network with СОШ №25 coordinating.
    b.sign_in("/networks/new", "admin").await?;
    b.css("#net-form").await?;
    b.fill("#net-name", &network).await?;
    b.choose("#net-municipality_id", "Сергиево-Посадский городской округ")
        .await?;
    b.css("#net-model")
        .await?
        .select_by_value("cooperation")
        .await?;
    b.set_value("#net-period_from", &from).await?;
    b.set_value("#net-period_to", &to).await?;
    b.css("#net-status")
        .await?
        .select_by_value("active")
        .await?;
    b.choose("#net-coordinator_id", SOSH).await?;
    b.css("#net-save").await?.click().await?;
    b.css("[data-testid=net-notice]").await?;

    // Members: СОШ №25 also studies in the network, Лицей №24 is the resource centre.
    add_member(b, SOSH, "participant").await?;
    add_member(b, LYCEUM, "resource_centre").await?;
    b.xpath("//*[@data-testid='member-count'][normalize-space()='2 организации']")
        .await?;
    b.css("[data-testid=programmes-empty]").await?;
    b.css("[data-testid=agreements-empty]").await?;
    b.shot_at("#programmes", "51-network").await?;

    Ok(())
}

/// A programme taught by Лицей №24, shown on the network page.
async fn programme(b: &Browser, stamp: u32) -> Result<()> {
    // A programme; grades outside its level are refused, in place.
    b.css("#prog-add").await?.click().await?;
    b.css("#prog-form").await?;
    b.fill("#prog-code", &format!("ТЕХ-РОБ-{stamp}")).await?;
    b.fill("#prog-title", "Технология").await?;
    b.fill("#prog-module", "Робототехника").await?;
    b.fill("#prog-subject_area", "Технология").await?;
    b.css("#prog-level").await?.select_by_value("ООО").await?;
    b.fill("#prog-grade_from", "5").await?;
    b.fill("#prog-grade_to", "11").await?;
    b.fill("#prog-total_hours", "34").await?;
    b.fill("#prog-hours_per_week", "1").await?;
    b.css("#prog-assessment_form")
        .await?
        .select_by_value("score100")
        .await?;
    b.tick("prog-providers", "Лицей №24").await?;
    b.shot("52-programme-form").await?;
    b.css("#prog-save").await?.click().await?;
    b.css("#prog-grade_to-error").await?;
    b.xpath("//*[@id='prog-level-helper'][contains(., '5–9')]")
        .await?;
    b.shot("53-programme-grades-error").await?;
    b.fill("#prog-grade_to", "8").await?;
    b.css("#prog-save").await?.click().await?;
    b.css("[data-testid=prog-notice]").await?;
    b.xpath("//*[@data-testid='page-title'][normalize-space()='Технология — Робототехника']")
        .await?;
    b.xpath(&format!(
        "//*[@data-testid='prog-provider-list']//a[normalize-space()='{LYCEUM}']"
    ))
    .await?;
    b.xpath("//*[@data-testid='prog-grades'][normalize-space()='5–8 классы']")
        .await?;
    b.shot("54-programme").await?;

    // Back on the network page the programme is listed and links to its page.
    b.css(".setka-breadcrumb a").await?.click().await?;
    b.xpath("//a[@data-testid='programme-link'][normalize-space()='Технология — Робототехника']")
        .await?;

    Ok(())
}

/// The art. 15 sections filled in but the termination procedure: saved, refused on submit
/// with the missing section named in words.
async fn incomplete_draft(b: &Browser, stamp: u32) -> Result<()> {
    // A draft agreement without the termination procedure: saved, but not sent.
    b.css("#agr-add").await?.click().await?;
    b.css("#agr-form").await?;
    b.fill("#agr-number", &format!("СВ-{stamp}/01")).await?;
    b.choose("#agr-base_organization_id", SOSH).await?;
    b.tick("agr-participants", "Лицей №24").await?;
    b.tick("agr-programmes", "Робототехника").await?;
    b.fill(
        "#agr-programme_description",
        "Часть основной образовательной программы основного общего образования, предметная область «Технология», модуль «Робототехника»",
    )
    .await?;
    b.fill(
        "#agr-student_status",
        "Обучающиеся остаются обучающимися базовой организации и не зачисляются в организацию-участника",
    )
    .await?;
    b.fill(
        "#agr-admission_rules",
        "Зачисление в сетевые группы по заявлению родителей (законных представителей) приказом базовой организации",
    )
    .await?;
    b.fill(
        "#agr-conditions",
        "Занятия проводятся на базе Лицея №24 по согласованному расписанию",
    )
    .await?;
    b.css("#agr-obligation-add").await?.click().await?;
    b.choose("#agr-obligations-0-organization", LYCEUM).await?;
    b.fill(
        "#agr-obligations-0-duties",
        "Реализует модуль «Робототехника», ведёт учёт посещаемости и результатов",
    )
    .await?;
    b.fill(
        "#agr-obligations-0-resources-0-kind",
        "кабинет робототехники",
    )
    .await?;
    b.fill(
        "#agr-obligations-0-resources-0-volume",
        "1 ч в неделю на группу",
    )
    .await?;
    b.css("#agr-obligation-add").await?.click().await?;
    b.choose("#agr-obligations-1-organization", SOSH).await?;
    b.fill(
        "#agr-obligations-1-duties",
        "Формирует группы, засчитывает результаты освоения модуля",
    )
    .await?;
    b.css("#agr-document-add").await?.click().await?;
    b.fill(
        "#agr-completion_documents-0-document",
        "справка об обучении",
    )
    .await?;
    b.choose("#agr-completion_documents-0-issued_by", LYCEUM)
        .await?;
    b.fill(
        "#agr-change_procedure",
        "Изменения оформляются дополнительными соглашениями",
    )
    .await?;
    b.css("#agr-mapping-add").await?.click().await?;
    b.css("#agr-grade_mappings-0-steps-0-mode")
        .await?
        .select_by_value("at_least")
        .await?;
    b.fill("#agr-grade_mappings-0-steps-0-value", "85").await?;
    b.fill("#agr-grade_mappings-0-steps-0-result", "5").await?;
    b.css("#agr-step-add-0").await?.click().await?;
    b.css("#agr-grade_mappings-0-steps-1-mode")
        .await?
        .select_by_value("at_least")
        .await?;
    b.fill("#agr-grade_mappings-0-steps-1-value", "70").await?;
    b.fill("#agr-grade_mappings-0-steps-1-result", "4").await?;
    b.shot_at("#agr-form", "55a-agreement-form-top").await?;
    b.shot_at("#agr-participants", "55b-agreement-form-parties")
        .await?;
    b.shot_at("#agr-obligations", "55c-agreement-form-obligations")
        .await?;
    b.shot_at("#agr-completion_documents", "55d-agreement-form-documents")
        .await?;
    b.shot("55-agreement-form").await?;
    b.css("#agr-save").await?.click().await?;
    b.css("[data-testid=agr-notice]").await?;
    b.css("[data-testid=agr-status][data-status=draft]").await?;
    b.xpath("//*[@data-testid='agr-not-ready']//li[contains(., 'порядка прекращения')]")
        .await?;
    b.css("#agr-submit").await?.click().await?;
    b.xpath("//*[@data-testid='agr-rule-error'][@data-code='agreement_incomplete']//li[contains(., 'порядка прекращения договора')]")
        .await?;
    b.css("[data-testid=agr-status][data-status=draft]").await?;
    b.shot("56-agreement-incomplete").await?;

    Ok(())
}

/// Completes the draft and sends it; answers the agreement's path and content hash.
async fn send_for_signature(b: &Browser) -> Result<(String, String)> {
    // Completed in the editor, sent for signature.
    b.css("#agr-edit").await?.click().await?;
    b.fill(
        "#agr-termination_procedure",
        "Расторжение по соглашению сторон с уведомлением за 30 дней",
    )
    .await?;
    b.css("#agr-save").await?.click().await?;
    b.css("[data-testid=agr-ready]").await?;
    b.css("#agr-submit").await?.click().await?;
    b.css("[data-testid=agr-status][data-status=awaiting_signatures]")
        .await?;
    b.xpath("//*[@data-testid='signed-count'][normalize-space()='подписали 0 из 2']")
        .await?;
    // The administrator manages the agreement but signs for no school.
    ensure!(
        b.absent("[data-testid=sign-button]").await?,
        "the administrator has no sign button"
    );
    b.css("#agr-content #agr-section-5").await?;
    b.xpath("//table[@id='agr-mappings']//td[normalize-space()='не ниже 85']")
        .await?;
    b.css("[data-testid=hash-verified]").await?;
    b.shot("57-agreement-sent").await?;
    b.shot_at("#agr-content", "57a-agreement-content").await?;
    b.shot_at("#agr-section-3", "57b-agreement-sections")
        .await?;
    b.shot_at("#agr-grade-mappings", "57c-agreement-mappings")
        .await?;
    let url = b.client.current_url().await?;
    let path = url.path().to_owned();
    let hash = b
        .css("[data-testid=agr-hash]")
        .await?
        .attr("data-hash")
        .await?
        .context("the page shows the content hash")?;
    ensure!(hash.len() == 64, "a SHA-256 hash in hex, got {hash}");
    b.sign_out().await?;

    Ok((path, hash))
}

async fn sosh25_signs(b: &Browser, path: &str, hash: &str) -> Result<()> {
    // The director of СОШ №25 signs for СОШ №25, seeing the hash first.
    b.sign_in(path, "sosh25.director").await?;
    b.xpath(&format!(
        "//button[@data-testid='sign-button'][normalize-space()='Подписать за {SOSH}']"
    ))
    .await?;
    let buttons = b
        .client
        .find_all(Locator::Css("[data-testid=sign-button]"))
        .await?;
    ensure!(
        buttons.len() == 1,
        "one sign button: the director signs for one school only"
    );
    b.css("[data-testid=sign-button]").await?.click().await?;
    b.css("#agr-sign-modal").await?;
    let shown = b
        .css("#agr-sign-modal [data-testid=sign-hash]")
        .await?
        .attr("data-hash")
        .await?;
    ensure!(
        shown.as_deref() == Some(hash),
        "the dialog shows the hash of the text"
    );
    b.css("#agr-sign-modal [data-testid=hash-verified]").await?;
    ensure!(
        b.css("#agr-sign-confirm")
            .await?
            .attr("disabled")
            .await?
            .is_some(),
        "signing waits for the director to confirm having read the text"
    );
    b.shot("58-sign-dialog").await?;
    b.css("#agr-sign-read").await?.click().await?;
    b.css("#agr-sign-confirm").await?.click().await?;
    b.css("[data-testid=agr-notice]").await?;
    b.xpath(&format!(
        "//li[@data-testid='signature'][@data-signed='true'][.//span[normalize-space()='{SOSH}']]"
    ))
    .await?;
    b.xpath("//*[@data-testid='signed-count'][normalize-space()='подписали 1 из 2']")
        .await?;
    b.css("[data-testid=agr-status][data-status=awaiting_signatures]")
        .await?;
    b.shot("59-signed-by-sosh25").await?;

    // The base school's director may take the text back: every signature is cleared…
    b.css("#agr-return").await?.click().await?;
    b.css("#agr-return-modal").await?;
    b.shot("59a-return-to-draft").await?;
    b.css("#agr-return-confirm").await?.click().await?;
    b.css("[data-testid=agr-status][data-status=draft]").await?;
    b.xpath("//*[@data-testid='signed-count'][normalize-space()='подписали 0 из 2']")
        .await?;
    ensure!(
        b.absent("[data-testid=sign-button]").await?,
        "a draft is not signed"
    );
    // … and after sending it again, signs anew.
    b.css("#agr-submit").await?.click().await?;
    b.css("[data-testid=agr-status][data-status=awaiting_signatures]")
        .await?;
    b.css("[data-testid=sign-button]").await?.click().await?;
    b.css("#agr-sign-read").await?.click().await?;
    b.css("#agr-sign-confirm").await?.click().await?;
    b.xpath("//*[@data-testid='signed-count'][normalize-space()='подписали 1 из 2']")
        .await?;
    b.sign_out().await?;

    Ok(())
}

async fn lyceum24_signs(b: &Browser, path: &str) -> Result<()> {
    // The director of Лицей №24 sees a button for Лицей №24 only, and no management.
    b.sign_in(path, "lyceum24.director").await?;
    b.xpath(&format!(
        "//button[@data-testid='sign-button'][normalize-space()='Подписать за {LYCEUM}']"
    ))
    .await?;
    let buttons = b
        .client
        .find_all(Locator::Css("[data-testid=sign-button]"))
        .await?;
    ensure!(
        buttons.len() == 1,
        "no sign button for СОШ №25, which signed for itself"
    );
    ensure!(
        b.client
            .find(Locator::XPath(&format!(
                "//li[@data-testid='signature'][.//span[normalize-space()='{SOSH}']]//button"
            )))
            .await
            .is_err(),
        "the director of Лицей №24 cannot sign for СОШ №25"
    );
    for action in ["#agr-return", "#agr-terminate", "#agr-edit"] {
        ensure!(
            b.absent(action).await?,
            "a participant's director has no {action}"
        );
    }
    b.css("[data-testid=sign-button]").await?.click().await?;
    b.css("#agr-sign-read").await?.click().await?;
    b.css("#agr-sign-confirm").await?.click().await?;
    b.css("[data-testid=agr-status][data-status=active]")
        .await?;
    b.xpath("//*[@data-testid='agr-status']//*[normalize-space()='Действует']")
        .await?;
    b.xpath("//*[@data-testid='signed-count'][normalize-space()='подписали 2 из 2']")
        .await?;
    b.xpath("//*[@data-testid='version-row'][@data-version='1']//*[normalize-space()='Действует']")
        .await?;
    ensure!(
        b.absent("[data-testid=sign-button]").await?,
        "nothing left to sign"
    );
    b.shot("60-in-force").await?;
    b.shot_at("#agr-signatures", "60a-signatures").await?;
    attach_signed_scan(b).await?;
    b.sign_out().await?;

    Ok(())
}

/// A party's director attaches the scan of the signed agreement; a text file named
/// `.pdf` is refused with the reason, and nothing is listed for it.
async fn attach_signed_scan(b: &Browser) -> Result<()> {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    let upload = |file: &'static str| {
        let path = fixtures.join(file);
        async move {
            b.css("#doc-file")
                .await?
                .send_keys(&path.canonicalize()?.display().to_string())
                .await?;
            b.css("#doc-upload").await?.click().await?;
            anyhow::Ok(())
        }
    };
    b.css("#documents-agreement [data-testid=empty-state]")
        .await?;
    b.css("[data-testid=document-add]").await?.click().await?;
    upload("not-a-pdf.pdf").await?;
    b.xpath("//*[@id='doc-form']//*[@data-testid='error-alert'][contains(., 'не соответствуют')]")
        .await?;
    b.shot_at("#documents-agreement", "60b-document-refused")
        .await?;
    b.fill("#doc-title", "Договор, подписанный Лицеем №24")
        .await?;
    upload("agreement-scan.pdf").await?;
    b.css("[data-testid=document-notice]").await?;
    b.xpath("//*[@data-testid='document-row'][.//button[contains(., 'Договор, подписанный Лицеем №24')]][contains(., 'Скан подписанного документа')][contains(., '218 Б')]")
        .await?;
    let rows = b
        .client
        .find_all(Locator::Css("[data-testid=document-row]"))
        .await?;
    ensure!(rows.len() == 1, "the refused file is not listed");
    b.shot_at("#documents-agreement", "60c-document-attached")
        .await?;
    // Downloading fetches the bytes with the session's token: the page's own request
    // for the content answers 200.
    b.css("[data-testid=document-download]")
        .await?
        .click()
        .await?;
    let fetched = "return performance.getEntriesByType('resource')\
        .some(e => e.name.endsWith('/content') && e.responseStatus === 200)";
    for _ in 0..100 {
        if b.client.execute(fetched, vec![]).await?.as_bool() == Some(true) {
            ensure!(
                b.absent("#documents-agreement [data-testid=error-alert]")
                    .await?,
                "the download reported an error"
            );
            return Ok(());
        }
        // Polling the page, not waiting a fixed time for it.
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    anyhow::bail!("the document's bytes were not fetched")
}

async fn supplementary_and_termination(b: &Browser, path: &str, stamp: u32) -> Result<()> {
    // The administrator starts a supplementary agreement: version 2, a draft.
    b.sign_in(path, "admin").await?;
    b.css("#agr-new-version").await?.click().await?;
    b.css("#agr-new-version-confirm").await?.click().await?;
    b.css("#agr-form").await?;
    b.fill("#agr-number", &format!("СВ-{stamp}/01-ДС1")).await?;
    b.css("#agr-save").await?.click().await?;
    b.css("[data-testid=agr-status][data-status=draft]").await?;
    b.xpath("//*[@data-testid='version-row'][@data-version='2']")
        .await?;
    b.xpath("//*[@data-testid='version-row'][@data-version='1']//*[normalize-space()='Действует']")
        .await?;
    b.shot("61-supplementary-draft").await?;
    b.shot_at("#agr-versions-card", "61a-versions").await?;
    b.css("[data-testid=version-link]").await?.click().await?;
    b.css("[data-testid=agr-status][data-status=active]")
        .await?;

    // Terminating the version in force today ends it at once.
    b.css("#agr-terminate").await?.click().await?;
    b.css("#agr-terminate-modal").await?;
    b.fill(
        "#agr-terminate-reason",
        "Соглашение сторон о прекращении сетевого взаимодействия",
    )
    .await?;
    b.shot("61b-terminate").await?;
    b.css("#agr-terminate-confirm").await?.click().await?;
    b.css("[data-testid=agr-status][data-status=terminated]")
        .await?;
    b.xpath("//*[@data-testid='agr-terminated'][contains(., 'Соглашение сторон')]")
        .await?;
    ensure!(
        b.absent("#agr-new-version").await?,
        "a terminated agreement gets no supplementary agreement"
    );

    // The network page lists both versions with their status.
    b.css(".setka-breadcrumb a").await?.click().await?;
    b.css("#agreements-table [data-testid=agreement-row][data-status=terminated]")
        .await?;
    b.css("#agreements-table [data-testid=agreement-row][data-status=draft]")
        .await?;
    b.client
        .execute(
            "document.getElementById('programmes').scrollIntoView()",
            vec![],
        )
        .await?;
    b.shot("62-network-agreements").await?;
    Ok(())
}
