//! Municipalities: the checks of a territory's record and its time zone.

use domain::organization::parse_external_id;
use domain::text::{clean_name, clean_optional};
use store::municipalities::MunicipalityData;
use wire::municipality::MunicipalityInput;

use crate::i18n::{FieldIssue, Issue};
use crate::{OpError, OpResult, validate};

/// Checks a municipality: names, external id and an IANA time zone (Moscow when none).
pub fn check(input: &MunicipalityInput) -> OpResult<MunicipalityData> {
    validate(input)?;
    let mut issues = Vec::new();
    let name = clean_name(&input.name, 300)
        .map_err(|e| issues.push(FieldIssue::new("name", Issue::from(e))))
        .ok();
    let region = clean_optional(input.region.as_deref(), 300)
        .map_err(|e| issues.push(FieldIssue::new("region", Issue::from(e))))
        .ok()
        .flatten();
    let authority_name = clean_optional(input.authority_name.as_deref(), 500)
        .map_err(|e| issues.push(FieldIssue::new("authority_name", Issue::from(e))))
        .ok()
        .flatten();
    let external_id = match input
        .external_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(e) => parse_external_id(e)
            .map_err(|e| issues.push(FieldIssue::new("external_id", Issue::from(e))))
            .ok(),
        None => None,
    };
    let time_zone = match input.time_zone.as_deref().map(str::trim) {
        None => Some(crate::TimeZone::default()),
        Some(z) => crate::TimeZone::parse(z)
            .ok_or_else(|| issues.push(FieldIssue::new("time_zone", Issue::TimeZone)))
            .ok(),
    };
    match (name, time_zone) {
        (Some(name), Some(zone)) if issues.is_empty() => Ok(MunicipalityData {
            name,
            region,
            authority_name,
            external_id,
            time_zone: zone.name().to_owned(),
        }),
        _ => Err(OpError::Validation(issues)),
    }
}
