use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Municipality {
    pub id: Uuid,
    /// «городской округ – город Волжский».
    pub name: String,
    /// Subject of the Federation, e.g. «Волгоградская область».
    pub region: Option<String>,
    /// Name of the education authority («Управление образования …»).
    pub authority_name: Option<String>,
    pub external_id: Option<String>,
    /// IANA time zone: «today» for the municipality's schools is the date there.
    pub time_zone: String,
    pub version: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MunicipalityInput {
    #[validate(length(min = 1, max = 300))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<300>))]
    pub name: String,
    #[validate(length(max = 300))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::optional::<300>))]
    pub region: Option<String>,
    #[validate(length(max = 500))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::optional::<500>))]
    pub authority_name: Option<String>,
    /// Trimmed; blank means none.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::external_id))]
    pub external_id: Option<String>,
    /// IANA time zone such as `Europe/Volgograd` or `Asia/Barnaul`; omitted means
    /// `Europe/Moscow`.
    #[serde(default)]
    #[validate(length(min = 1, max = 64))]
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 64,
            pattern = r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$",
            example = "Europe/Moscow"
        )
    )]
    pub time_zone: Option<String>,
}
