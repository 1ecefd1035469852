//! Typed identifiers, so an organization id cannot be passed where a user id is meant.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A municipality (and its education authority).
    MunicipalityId
);
id_type!(
    /// A school or another organization.
    OrganizationId
);
id_type!(
    /// A user account.
    UserId
);
id_type!(
    /// A staff member of an organization.
    StaffId
);
id_type!(
    /// A network of organizations.
    NetworkId
);
id_type!(
    /// A network programme.
    ProgrammeId
);
id_type!(
    /// An agreement (one version of it).
    AgreementId
);
id_type!(
    /// A network group (сетевая группа) of a programme in a year.
    GroupId
);
id_type!(
    /// A student (обучающийся) of a home organization.
    StudentId
);
id_type!(
    /// A student's enrolment (зачисление) in a network group.
    EnrolmentId
);
