use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

/// Counts of an organization for one academic year, the denominators of the network
/// indicators («8% школьников обучаются с использованием сетевого подхода»).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct YearlyFigures {
    pub organization_id: Uuid,
    /// `2021/2022`.
    pub academic_year: String,
    pub students_total: i32,
    pub teachers_total: i32,
    pub version: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct YearlyFiguresInput {
    #[validate(range(min = 0, max = 100000))]
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 100000))]
    pub students_total: i32,
    #[validate(range(min = 0, max = 10000))]
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 10000))]
    pub teachers_total: i32,
}
