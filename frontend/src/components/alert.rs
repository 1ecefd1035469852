//! PatternFly alerts, and the one way an [`ApiError`] is shown to the user.

use yew::prelude::*;

use crate::hooks::use_i18n;
use crate::services::ApiError;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Variant {
    Success,
    Danger,
    Warning,
    Info,
}

impl Variant {
    fn class(self) -> &'static str {
        match self {
            Variant::Success => "pf-m-success",
            Variant::Danger => "pf-m-danger",
            Variant::Warning => "pf-m-warning",
            Variant::Info => "pf-m-info",
        }
    }
    fn icon(self) -> &'static str {
        match self {
            Variant::Success => "fas fa-fw fa-check-circle",
            Variant::Danger => "fas fa-fw fa-exclamation-circle",
            Variant::Warning => "fas fa-fw fa-exclamation-triangle",
            Variant::Info => "fas fa-fw fa-info-circle",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AlertProps {
    pub variant: Variant,
    pub title: String,
    #[prop_or_default]
    pub children: Html,
    #[prop_or_default]
    pub actions: Html,
    #[prop_or_default]
    pub inline: bool,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

#[function_component(Alert)]
pub fn alert(p: &AlertProps) -> Html {
    let class = classes!(
        "pf-v6-c-alert",
        p.variant.class(),
        p.inline.then_some("pf-m-inline"),
        "setka-alert"
    );
    let role = if p.variant == Variant::Danger {
        "alert"
    } else {
        "status"
    };
    html! {
        <div {class} {role} data-testid={p.testid.clone()}>
            <div class="pf-v6-c-alert__icon"><i class={p.variant.icon()} aria-hidden="true"></i></div>
            <p class="pf-v6-c-alert__title">{ &p.title }</p>
            if p.children != Html::default() {
                <div class="pf-v6-c-alert__description">{ p.children.clone() }</div>
            }
            if p.actions != Html::default() {
                <div class="pf-v6-c-alert__action-group">{ p.actions.clone() }</div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorAlertProps {
    pub error: ApiError,
    #[prop_or_default]
    pub title: Option<String>,
}

/// The server's localized title and detail, or a local message when there was no answer.
#[function_component(ErrorAlert)]
pub fn error_alert(p: &ErrorAlertProps) -> Html {
    let i18n = use_i18n();
    let (title, detail, request_id) = match (&p.error, p.error.problem()) {
        (_, Some(pr)) => (pr.title.clone(), pr.detail.clone(), pr.request_id.clone()),
        (ApiError::Unexpected { status }, None) => (
            i18n.t("error-title"),
            i18n.t1("error-unexpected", "status", i64::from(*status)),
            None,
        ),
        _ => (i18n.t("error-title"), i18n.t("error-network"), None),
    };
    let title = p.title.clone().unwrap_or(title);
    html! {
        <Alert variant={Variant::Danger} inline=true {title} testid="error-alert">
            <p>{ detail }</p>
            if let Some(id) = request_id {
                <p class="setka-muted">{ i18n.t1("error-request-id", "id", id) }</p>
            }
        </Alert>
    }
}
