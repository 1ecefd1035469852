//! One module per route.

pub mod agreement;
pub mod agreement_edit;
pub mod audit;
pub mod calendar;
pub mod calendar_compare;
pub mod group;
pub mod group_edit;
pub mod home;
pub mod login;
pub mod my_groups;
pub mod my_school;
pub mod network;
pub mod network_edit;
pub mod networks;
pub mod not_found;
pub mod organization;
pub mod organization_edit;
pub mod organizations;
pub mod programme;
pub mod programme_edit;
pub mod register;
pub mod student;
pub mod students;
pub mod timetable;
pub mod users;
