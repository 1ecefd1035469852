//! Reusable pieces of PatternFly markup and the organization widgets built from them.

pub mod agreement;
pub mod alert;
pub mod documents;
pub mod empty;
pub mod figures;
pub mod form;
pub mod form_errors;
pub mod labels;
pub mod lang_switch;
pub mod layout;
pub mod link;
pub mod map_layout;
pub mod member_draft;
pub mod member_form;
pub mod member_map;
pub mod members;
pub mod modal;
pub mod network_form;
pub mod network_orgs;
pub mod org_form;
pub mod org_table;
pub mod org_toolbar;
pub mod page_header;
pub mod programme_draft;
pub mod programme_form;
pub mod programmes;
pub mod staff;
pub mod user_menu;

pub use alert::{Alert, ErrorAlert, Variant};
pub use empty::{EmptyState, Loading};
pub use labels::{Label, OrgFlags};
pub use lang_switch::LangSwitch;
pub use layout::Layout;
pub use link::AppLink;
pub use page_header::PageHeader;
pub use user_menu::UserMenu;
