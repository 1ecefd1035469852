//! Staff of an organization: the list and the add form.

use wire::organization::Organization;
use wire::routes;
use wire::staff::{Staff, StaffInput};
use yew::prelude::*;

use crate::components::form::{SaveButton, TextField};
use crate::components::{Alert, ErrorAlert, Loading, Variant};
use crate::hooks::{use_i18n, use_paged, use_submit};
use crate::services::{SaveTo, with_query};

#[derive(Properties, PartialEq)]
pub struct StaffSectionProps {
    pub org: Organization,
    pub can_manage: bool,
    /// The school is a network partner of the user's, not the user's own: the server
    /// lists only its staff who teach in a shared network.
    #[prop_or_default]
    pub network_teachers_only: bool,
}

fn full_name(s: &Staff) -> String {
    [
        Some(s.last_name.as_str()),
        Some(s.first_name.as_str()),
        s.patronymic.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
}

#[function_component(StaffSection)]
pub fn staff_section(p: &StaffSectionProps) -> Html {
    let i18n = use_i18n();
    let path = with_query(&routes::organization_staff(p.org.id), &[("limit", 100)]);
    let list = use_paged::<Staff>(path);
    let adding = use_state(|| false);
    let added = use_state(|| None::<String>);
    let s = &*list.state;

    let open = {
        let (adding, added) = (adding.clone(), added.clone());
        Callback::from(move |_| {
            added.set(None);
            adding.set(true);
        })
    };
    let on_close = {
        let adding = adding.clone();
        Callback::from(move |_| adding.set(false))
    };
    let on_saved = {
        let (adding, added, reload) = (adding.clone(), added.clone(), list.reload.clone());
        Callback::from(move |name: String| {
            adding.set(false);
            added.set(Some(name));
            reload.emit(());
        })
    };

    let th = |key: &str| html! { <th class="pf-v6-c-table__th" scope="col">{ i18n.t(key) }</th> };
    let table = html! {
        <table class="pf-v6-c-table pf-m-compact pf-m-grid-md setka-table" id="staff-table" aria-label={i18n.t("staff-title")}>
            <thead class="pf-v6-c-table__thead pf-m-nowrap">
                <tr class="pf-v6-c-table__tr">
                    { th("col-staff-name") }{ th("col-position") }{ th("col-subjects") }{ th("col-account") }
                </tr>
            </thead>
            <tbody class="pf-v6-c-table__tbody">
                { for s.items.iter().map(|m| html! {
                    <tr class="pf-v6-c-table__tr" key={m.id.to_string()} data-testid="staff-row">
                        <td class="pf-v6-c-table__td setka-strong" data-label={i18n.t("col-staff-name")}>{ full_name(m) }</td>
                        <td class="pf-v6-c-table__td" data-label={i18n.t("col-position")}>{ &m.position }</td>
                        <td class="pf-v6-c-table__td" data-label={i18n.t("col-subjects")}>{ m.subjects.join(", ") }</td>
                        <td class="pf-v6-c-table__td" data-label={i18n.t("col-account")}>
                            { if m.user_id.is_some() { i18n.t("staff-has-account") } else { "—".to_owned() } }
                        </td>
                    </tr>
                }) }
            </tbody>
        </table>
    };

    html! {
        <div class="pf-v6-c-card setka-card" id="staff">
            <div class="pf-v6-c-card__header">
                <div class="pf-v6-c-card__header-main">
                    <h2 class="pf-v6-c-card__title-text">
                        { i18n.t("staff-title") }
                        if !s.loading {
                            <span class="setka-muted setka-count">{ i18n.count("staff-count", s.items.len()) }</span>
                        }
                    </h2>
                </div>
                if p.can_manage && !*adding {
                    <div class="pf-v6-c-card__actions">
                        <button type="button" id="staff-add" class="pf-v6-c-button pf-m-secondary" onclick={open}>
                            <span class="pf-v6-c-button__icon pf-m-start"><i class="fas fa-plus" aria-hidden="true"></i></span>
                            <span class="pf-v6-c-button__text">{ i18n.t("staff-add") }</span>
                        </button>
                    </div>
                }
            </div>
            <div class="pf-v6-c-card__body setka-stack">
                if let Some(name) = &*added {
                    <Alert variant={Variant::Success} inline=true title={i18n.t1("staff-added", "name", name.clone())} />
                }
                if *adding {
                    <StaffForm org_id={p.org.id} {on_saved} {on_close} />
                }
                if let Some(e) = &s.error { <ErrorAlert error={e.clone()} /> }
                if p.network_teachers_only {
                    <p class="setka-muted" data-testid="staff-network-only">{ i18n.t("staff-network-only") }</p>
                }
                if s.loading && s.items.is_empty() {
                    <Loading />
                } else if s.items.is_empty() {
                    if !p.network_teachers_only {
                        <p class="setka-muted" data-testid="staff-empty">{ i18n.t("staff-empty") }</p>
                    }
                } else {
                    { table }
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct StaffFormProps {
    org_id: uuid::Uuid,
    on_saved: Callback<String>,
    on_close: Callback<()>,
}

#[derive(Clone, Default, PartialEq)]
struct Draft {
    last_name: String,
    first_name: String,
    patronymic: String,
    position: String,
    subjects: String,
}

fn opt(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

impl Draft {
    fn input(&self) -> StaffInput {
        StaffInput {
            last_name: self.last_name.trim().to_owned(),
            first_name: self.first_name.trim().to_owned(),
            patronymic: opt(&self.patronymic),
            position: self.position.trim().to_owned(),
            subjects: self.subjects.split(',').filter_map(opt).collect(),
            user_id: None,
            external_id: None,
        }
    }
}

#[function_component(StaffForm)]
fn staff_form(p: &StaffFormProps) -> Html {
    let i18n = use_i18n();
    let draft = use_state(Draft::default);
    let submit = use_submit();

    let field = |apply: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut d = (*draft).clone();
            apply(&mut d, v);
            draft.set(d);
        })
    };
    let onsubmit = {
        let (draft, submit, on_saved, org_id) =
            (draft.clone(), submit.clone(), p.on_saved.clone(), p.org_id);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let to = SaveTo::Create(routes::organization_staff(org_id));
            let on_saved = on_saved.clone();
            submit.save(to, draft.input(), move |s: Staff, _| {
                on_saved.emit(full_name(&s));
            });
        })
    };
    let error = submit.error();
    let err = |f: &str| error.as_ref().and_then(|e| e.field(f));
    let general = error
        .as_ref()
        .filter(|e| e.field_errors().is_empty())
        .cloned();
    let d = &*draft;

    html! {
        <form class="pf-v6-c-form setka-subform" novalidate=true {onsubmit} id="staff-form">
            <h3 class="pf-v6-c-title pf-m-lg">{ i18n.t("staff-add-title") }</h3>
            if let Some(e) = general { <ErrorAlert error={e} /> }
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-4-col-on-md">
                <TextField id="staff-last_name" label={i18n.t("staff-last-name")} value={d.last_name.clone()}
                           oninput={field(|d, v| d.last_name = v)} required=true error={err("last_name")} />
                <TextField id="staff-first_name" label={i18n.t("staff-first-name")} value={d.first_name.clone()}
                           oninput={field(|d, v| d.first_name = v)} required=true error={err("first_name")} />
                <TextField id="staff-patronymic" label={i18n.t("staff-patronymic")} value={d.patronymic.clone()}
                           oninput={field(|d, v| d.patronymic = v)} error={err("patronymic")} />
            </div>
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-6-col-on-md">
                <TextField id="staff-position" label={i18n.t("staff-position")} value={d.position.clone()}
                           oninput={field(|d, v| d.position = v)} required=true error={err("position")}
                           helper={i18n.t("staff-position-hint")} />
                <TextField id="staff-subjects" label={i18n.t("staff-subjects")} value={d.subjects.clone()}
                           oninput={field(|d, v| d.subjects = v)} error={err("subjects")}
                           helper={i18n.t("staff-subjects-hint")} />
            </div>
            <div class="pf-v6-c-form__group pf-m-action">
                <div class="pf-v6-c-form__actions">
                    <SaveButton id="staff-save" busy={submit.busy()} />
                    <button type="button" class="pf-v6-c-button pf-m-link" onclick={p.on_close.reform(|_| ())}>
                        { i18n.t("common-cancel") }
                    </button>
                </div>
            </div>
        </form>
    }
}
