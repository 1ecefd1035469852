//! The fields of a group: programme and provider, year, name and capacity, teachers, the
//! usual place, dates and weekly slots, the schools whose students attend.

use domain::AcademicYear;
use uuid::Uuid;
use web_sys::HtmlInputElement;
use wire::programme::Programme;
use yew::prelude::*;

use super::draft::{GroupDraft, default_dates};
use super::place::PlaceFields;
use super::slot_rows::SlotRows;
use super::teachers::TeachersField;
use crate::components::field_path;
use crate::components::form::{Group, SelectField, TextField};
use crate::components::programmes::programme_name;
use crate::hooks::use_i18n;
use crate::services::ApiError;

#[derive(Properties, PartialEq)]
pub struct GroupFormProps {
    pub draft: GroupDraft,
    pub onchange: Callback<GroupDraft>,
    pub error: Option<ApiError>,
    pub missing: Vec<String>,
    pub programmes: Vec<Programme>,
    /// Providers the user may choose for the chosen programme: `(id, name)`.
    pub providers: Vec<(Uuid, String)>,
    /// Every provider the user may form groups for (choosing a programme picks among them).
    pub allowed_providers: Vec<Uuid>,
    pub years: Vec<AcademicYear>,
    /// Member organizations: `(id, name)`.
    pub members: Vec<(Uuid, String)>,
}

/// A new programme keeps the provider only when it teaches it too; with one provider
/// that one is taken.
pub fn choose_programme(d: &mut GroupDraft, programme: Option<&Programme>, allowed: &[Uuid]) {
    let Some(pr) = programme else {
        d.programme_id = String::new();
        return;
    };
    d.programme_id = pr.id.to_string();
    let choices: Vec<Uuid> = pr
        .provider_ids
        .iter()
        .copied()
        .filter(|p| allowed.contains(p))
        .collect();
    let keep = Uuid::parse_str(&d.provider_id).is_ok_and(|p| choices.contains(&p));
    if !keep {
        d.provider_id = match choices.as_slice() {
            [only] => only.to_string(),
            _ => String::new(),
        };
    }
    if d.name.trim().is_empty() {
        d.name = programme_name(pr);
    }
}

/// A new year moves the dates along while they are still the old year's defaults.
pub fn choose_year(d: &mut GroupDraft, year: &str) {
    let old = AcademicYear::parse(&d.academic_year)
        .ok()
        .map(default_dates);
    let untouched = match &old {
        Some((f, l)) => {
            (d.first_date.is_empty() || d.first_date == *f)
                && (d.last_date.is_empty() || d.last_date == *l)
        }
        None => d.first_date.is_empty() && d.last_date.is_empty(),
    };
    d.academic_year = year.to_owned();
    if let (true, Ok(y)) = (untouched, AcademicYear::parse(year)) {
        (d.first_date, d.last_date) = default_dates(y);
    }
}

#[function_component(GroupForm)]
pub fn group_form(p: &GroupFormProps) -> Html {
    let i18n = use_i18n();
    let d = &p.draft;
    let errors = p
        .error
        .as_ref()
        .map(|e| e.field_errors().to_vec())
        .unwrap_or_default();
    let err = |f: &str| {
        if p.missing.iter().any(|m| m == f) {
            return Some(i18n.t("common-required"));
        }
        field_path::at(&errors, f)
    };
    let set = |apply: fn(&mut GroupDraft, String)| {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = d.clone();
            apply(&mut next, v);
            cb.emit(next);
        })
    };
    let on_programme = {
        let (d, cb, programmes) = (d.clone(), p.onchange.clone(), p.programmes.clone());
        let allowed = p.allowed_providers.clone();
        Callback::from(move |v: String| {
            let mut next = d.clone();
            choose_programme(
                &mut next,
                programmes.iter().find(|pr| pr.id.to_string() == v),
                &allowed,
            );
            cb.emit(next);
        })
    };
    let programmes: Vec<(String, String)> = p
        .programmes
        .iter()
        .map(|pr| {
            (
                pr.id.to_string(),
                format!("{} · {}", programme_name(pr), pr.code),
            )
        })
        .collect();
    let providers: Vec<(String, String)> = p
        .providers
        .iter()
        .map(|(id, n)| (id.to_string(), n.clone()))
        .collect();
    let years: Vec<(String, String)> = p
        .years
        .iter()
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
    let on_place = {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |place| {
            let mut next = d.clone();
            next.place = place;
            cb.emit(next);
        })
    };
    let place_error = {
        let (missing, errors, required) =
            (p.missing.clone(), errors.clone(), i18n.t("common-required"));
        Callback::from(move |f: String| {
            let path = format!("place.{f}");
            if missing.contains(&path) {
                return Some(required.clone());
            }
            // The server names the place as a whole: shown under its name or link.
            field_path::at(&errors, &path).or_else(|| {
                matches!(f.as_str(), "name" | "url")
                    .then(|| field_path::at(&errors, "place"))
                    .flatten()
            })
        })
    };
    let on_teachers = {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |t| {
            let mut next = d.clone();
            next.teachers = t;
            cb.emit(next);
        })
    };
    let on_slots = {
        let (d, cb) = (d.clone(), p.onchange.clone());
        Callback::from(move |s| {
            let mut next = d.clone();
            next.slots = s;
            cb.emit(next);
        })
    };
    // The provider's staff first: it usually teaches its own groups.
    let mut teacher_schools = p.members.clone();
    if let Some(pos) = teacher_schools
        .iter()
        .position(|(id, _)| id.to_string() == d.provider_id)
    {
        let provider = teacher_schools.remove(pos);
        teacher_schools.insert(0, provider);
    }
    let participant = |id: Uuid, name: &str| {
        let (d, cb) = (d.clone(), p.onchange.clone());
        let onchange = Callback::from(move |e: Event| {
            let mut next = d.clone();
            next.toggle_participant(id, e.target_unchecked_into::<HtmlInputElement>().checked());
            cb.emit(next);
        });
        let input_id = format!("grp-participant-{id}");
        html! {
            <div class="pf-v6-c-check" key={id.to_string()}>
                <input class="pf-v6-c-check__input" type="checkbox" id={input_id.clone()} data-testid="grp-participant"
                       checked={p.draft.participant_ids.contains(&id)} {onchange} />
                <label class="pf-v6-c-check__label" for={input_id}>{ name }</label>
            </div>
        }
    };
    let dates_hint = i18n.t("group-dates-hint");
    html! {
        <>
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("group-form-section-main") }</h2>
            <div class="pf-v6-l-grid pf-m-gutter">
                <div class="pf-v6-l-grid__item pf-m-8-col-on-md">
                    <SelectField id="grp-programme_id" label={i18n.t("group-programme")} value={d.programme_id.clone()}
                                 options={programmes} placeholder={i18n.t("form-select-placeholder")}
                                 onchange={on_programme} required=true error={err("programme_id")} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-4-col-on-md">
                    <SelectField id="grp-academic_year" label={i18n.t("group-year")} value={d.academic_year.clone()}
                                 options={years} placeholder={i18n.t("form-select-placeholder")}
                                 onchange={set(|d, v| choose_year(d, &v))} required=true error={err("academic_year")} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-6-col-on-md">
                    <SelectField id="grp-provider_id" label={i18n.t("group-provider")} value={d.provider_id.clone()}
                                 options={providers} placeholder={i18n.t("form-select-placeholder")}
                                 onchange={set(|d, v| d.provider_id = v)} required=true error={err("provider_id")}
                                 helper={i18n.t("group-provider-hint")} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-4-col-on-md">
                    <TextField id="grp-name" label={i18n.t("group-name")} value={d.name.clone()}
                               oninput={set(|d, v| d.name = v)} required=true error={err("name")}
                               helper={i18n.t("group-name-hint")} />
                </div>
                <div class="pf-v6-l-grid__item pf-m-2-col-on-md">
                    <TextField id="grp-capacity" label={i18n.t("group-capacity")} value={d.capacity.clone()} input_type="number"
                               oninput={set(|d, v| d.capacity = v)} required=true error={err("capacity")} />
                </div>
            </div>
            <TeachersField chosen={d.teachers.clone()} onchange={on_teachers} schools={teacher_schools}
                           error={err("teacher_ids")} />
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("group-form-section-place") }</h2>
            <PlaceFields path="place" id_prefix="grp-place" place={d.place.clone()} onchange={on_place}
                         orgs={p.members.clone()} error={place_error} />
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("group-form-section-timetable") }</h2>
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-4-col-on-md">
                <TextField id="grp-first_date" label={i18n.t("group-first-date")} value={d.first_date.clone()} input_type="date"
                           oninput={set(|d, v| d.first_date = v)} required=true error={err("first_date")} />
                <TextField id="grp-last_date" label={i18n.t("group-last-date")} value={d.last_date.clone()} input_type="date"
                           oninput={set(|d, v| d.last_date = v)} required=true error={err("last_date")} />
            </div>
            <p class="setka-muted setka-small">{ dates_hint }</p>
            <div class="setka-rows-label">{ i18n.t("group-slots") }</div>
            <SlotRows slots={d.slots.clone()} onchange={on_slots} place={d.place.clone()} orgs={p.members.clone()}
                      missing={p.missing.clone()} errors={errors.clone()} />
            <h2 class="pf-v6-c-title pf-m-lg setka-form-section">{ i18n.t("group-form-section-participants") }</h2>
            <Group id="grp-participant_ids" label={i18n.t("group-participants")} error={err("participant_ids")}
                   helper={Some(i18n.t("group-participants-hint"))}>
                <div class="setka-checks setka-checks--columns" id="grp-participant_ids">
                    { for p.members.iter().map(|(id, name)| participant(*id, name)) }
                </div>
            </Group>
            <div class="pf-v6-l-grid pf-m-gutter pf-m-all-6-col-on-md">
                <TextField id="grp-external_id" label={i18n.t("org-external-id")} value={d.external_id.clone()}
                           oninput={set(|d, v| d.external_id = v)} error={err("external_id")}
                           helper={i18n.t("prog-form-external-id-hint")} />
            </div>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::programme::{AssessmentForm, DeliveryMode, EducationLevel, ProgrammeStatus};

    fn programme(id: u128, providers: &[u128]) -> Programme {
        Programme {
            id: Uuid::from_u128(id),
            network_id: Uuid::nil(),
            code: "ТЕХ-РОБ".into(),
            title: "Технология".into(),
            subject_area: "Технология".into(),
            module: Some("Робототехника".into()),
            level: EducationLevel::Ooo,
            grade_from: 5,
            grade_to: 8,
            total_hours: 34,
            hours_per_week: 1.0,
            delivery_mode: DeliveryMode::InPerson,
            assessment_form: AssessmentForm::Score100,
            provider_ids: providers.iter().map(|p| Uuid::from_u128(*p)).collect(),
            status: ProgrammeStatus::Approved,
            external_id: None,
            version: 1,
        }
    }

    #[test]
    fn a_programme_with_one_allowed_provider_takes_it_and_names_the_group() {
        let mut d = GroupDraft::default();
        let all = [Uuid::from_u128(24), Uuid::from_u128(25)];
        choose_programme(&mut d, Some(&programme(1, &[24])), &all);
        assert_eq!(d.provider_id, Uuid::from_u128(24).to_string());
        assert_eq!(d.name, "Технология — Робототехника");
        // Another programme taught by both: the provider stays, the name too.
        choose_programme(&mut d, Some(&programme(2, &[24, 25])), &all);
        assert_eq!(d.provider_id, Uuid::from_u128(24).to_string());
        // One the user may not form groups for: no provider to offer.
        choose_programme(&mut d, Some(&programme(3, &[25])), &all[..1]);
        assert_eq!(d.provider_id, "");
        choose_programme(&mut d, None, &all);
        assert_eq!(d.programme_id, "");
    }

    #[test]
    fn the_year_moves_default_dates_but_not_chosen_ones() {
        let mut d = GroupDraft::default();
        choose_year(&mut d, "2021/2022");
        assert_eq!(
            (d.first_date.as_str(), d.last_date.as_str()),
            ("2021-09-01", "2022-05-31")
        );
        choose_year(&mut d, "2022/2023");
        assert_eq!(d.first_date, "2022-09-01");
        d.first_date = "2022-09-15".into();
        choose_year(&mut d, "2023/2024");
        assert_eq!(d.first_date, "2022-09-15");
        assert_eq!(d.academic_year, "2023/2024");
    }
}
