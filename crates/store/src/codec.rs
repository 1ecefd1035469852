//! How values are stored as text, and read back strictly: an enum is stored as its serde
//! name, and a stored text that names no variant is corrupt data — a 500 with the cause
//! logged — never a guessed default. The test below pins the stored text of every enum:
//! renaming a variant would make every row holding the old name unreadable.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::StoreError;

/// The stored text of an enum value (its serde name).
pub fn text<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Reads an enum back from the text of `column`; unknown text is corrupt data.
pub fn decode<T: DeserializeOwned>(column: &'static str, stored: &str) -> Result<T, StoreError> {
    serde_json::from_value(serde_json::Value::String(stored.to_owned()))
        .map_err(|_| StoreError::Corrupt(format!("{column}: unknown value {stored:?}")))
}

/// Reads a JSON column back into its type; a value of another shape is corrupt data.
pub fn decode_json<T: DeserializeOwned>(
    column: &'static str,
    stored: &serde_json::Value,
) -> Result<T, StoreError> {
    serde_json::from_value(stored.clone())
        .map_err(|e| StoreError::Corrupt(format!("{column}: {e} in {stored}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::Role;
    use domain::document::{DocumentKind, OwnerKind};
    use domain::network::{MembershipRole, NetworkModel, NetworkStatus};
    use domain::organization::OrganizationKind;
    use domain::programme::{AssessmentForm, DeliveryMode, EducationLevel, ProgrammeStatus};

    fn pinned<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(values: &[(T, &str)]) {
        for (v, stored) in values {
            assert_eq!(text(v), *stored, "{v:?} is stored as {stored}");
            assert_eq!(&decode::<T>("test", stored).unwrap(), v);
        }
    }

    #[test]
    fn every_enum_keeps_its_stored_text() {
        use AssessmentForm as A;
        pinned(&[
            (A::PassFail, "pass_fail"),
            (A::Grade5, "grade5"),
            (A::Score100, "score100"),
            (A::Levels, "levels"),
        ]);
        use DeliveryMode as D;
        pinned(&[
            (D::InPerson, "in_person"),
            (D::Distance, "distance"),
            (D::Blended, "blended"),
        ]);
        use EducationLevel as L;
        pinned(&[
            (L::Noo, "НОО"),
            (L::Ooo, "ООО"),
            (L::Soo, "СОО"),
            (L::Do, "ДО"),
        ]);
        use ProgrammeStatus as P;
        pinned(&[
            (P::Draft, "draft"),
            (P::Approved, "approved"),
            (P::Archived, "archived"),
        ]);
        use NetworkModel as M;
        pinned(&[
            (M::ResourceCentre, "resource_centre"),
            (M::Cooperation, "cooperation"),
            (M::Mixed, "mixed"),
            (M::Mentoring, "mentoring"),
        ]);
        use NetworkStatus as S;
        pinned(&[
            (S::Planned, "planned"),
            (S::Active, "active"),
            (S::Closed, "closed"),
        ]);
        use MembershipRole as R;
        pinned(&[
            (R::Coordinator, "coordinator"),
            (R::ResourceCentre, "resource_centre"),
            (R::Participant, "participant"),
            (R::Partner, "partner"),
            (R::Satellite, "satellite"),
            (R::SocialPartner, "social_partner"),
        ]);
        use OwnerKind as O;
        pinned(&[
            (O::Network, "network"),
            (O::Agreement, "agreement"),
            (O::Programme, "programme"),
        ]);
        use DocumentKind as K;
        pinned(&[
            (K::Scan, "scan"),
            (K::Annex, "annex"),
            (K::WorkProgramme, "work_programme"),
            (K::Regulation, "regulation"),
            (K::Order, "order"),
            (K::Protocol, "protocol"),
            (K::Other, "other"),
        ]);
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(
            Role::ALL.map(|r| r.as_str()),
            [
                "admin",
                "authority",
                "coordinator",
                "school_admin",
                "teacher",
                "integration"
            ]
        );
        for k in OrganizationKind::ALL {
            assert_eq!(OrganizationKind::parse(k.as_str()), Some(k));
        }
    }

    #[test]
    fn unknown_text_is_corrupt_data_not_a_default() {
        let e = decode::<NetworkStatus>("networks.status", "paused").unwrap_err();
        assert!(
            matches!(e, StoreError::Corrupt(ref m) if m.contains("paused")),
            "{e:?}"
        );
        let e = decode_json::<Vec<String>>("networks.tasks", &serde_json::json!({"a": 1}));
        assert!(matches!(e, Err(StoreError::Corrupt(_))));
    }
}
