## Setka — English interface. Keys match ru.ftl (checked by a test).

app-name = Setka
app-tagline = School network collaboration
page-title = { $page } — Setka

## Navigation and masthead

nav-label = Main navigation
nav-toggle = Show or hide navigation
nav-organizations = Organizations
nav-my-school = My school
nav-networks = Networks
nav-users = Users
nav-audit = Audit log
nav-api-docs = API documentation
lang-label = Interface language
lang-ru = Русский
lang-en = English
user-menu = User menu
user-logout = Sign out
user-signed-in-as = Signed in as { $name }

## Roles

role-admin = Administrator
role-authority = Education authority
role-coordinator = Network coordinator
role-school_admin = School administration
role-teacher = Teacher
role-integration = Integration

## Organization kinds

kind-school = School
kind-lyceum = Lyceum
kind-gymnasium = Gymnasium
kind-branch = Branch
kind-additional_education = Additional education
kind-college = College
kind-university = University
kind-culture = Cultural institution
kind-sport = Sports organization
kind-science = Research organization
kind-other = Other

## Sign-in

login-title = Sign in
login-subtitle = School networks: organizations, networks, programmes and reports.
login-username = User name
login-password = Password
login-submit = Sign in
login-submitting = Signing in…
login-required = Enter your user name and password.
login-footer = Accounts are issued by the system administrator or the education authority.

## Common

common-loading = Loading…
common-save = Save
common-saving = Saving…
common-cancel = Cancel
common-edit = Edit
common-delete = Delete
common-yes = Yes
common-no = No
common-not-set = not set
common-required = Required
common-show-more = Show more
common-retry = Retry
common-close = Close
common-search = Search
common-clear = Clear
common-actions = Actions

## Errors

error-title = The request failed
error-network = The server is unreachable. Check your connection and try again.
error-unexpected = The server sent an unexpected response (status { $status }).
error-request-id = Request id for support: { $id }
error-form-title = Check the highlighted fields
error-stale-title = Someone else changed this record
error-stale-body = The record changed while you were editing it. Load the current version and make your changes again.
error-stale-reload = Load the current version

## Organizations list

orgs-title = Organizations
orgs-subtitle = Schools and other organizations taking part in school networks.
orgs-search = Name, INN or external id
orgs-filter-kind = Kind
orgs-filter-kind-any = All kinds
orgs-filter-municipality = Municipality
orgs-filter-municipality-any = All municipalities
orgs-filter-active = Status
orgs-filter-active-any = Any status
orgs-filter-active-yes = Active
orgs-filter-active-no = Inactive
orgs-filter-low-results = Low results only
orgs-filter-adverse = Adverse conditions only
orgs-sort = Sort
orgs-sort-name = By name, A–Z
orgs-sort-name-desc = By name, Z–A
orgs-sort-created = Oldest first
orgs-sort-created-desc = Newest first
orgs-create = Add organization
orgs-shown = Showing { $count } { $count ->
    [one] organization
   *[other] organizations
}
orgs-shown-more = { orgs-shown }, more available
orgs-empty-title = No organizations found
orgs-empty-body = Change the search or clear the filters.
orgs-reset = Clear filters
col-name = Name
col-kind = Kind
col-municipality = Municipality
col-inn = INN
col-flags = Flags
label-low-results = Low results
label-low-results-hint = School with low educational results (ШНОР)
label-adverse = Adverse conditions
label-adverse-hint = School in adverse social conditions (ШНСУ)
label-inactive = Inactive
label-branch-of = Branch of “{ $name }”

## Organization page

org-details = Details
org-full-name = Full name
org-short-name = Short name
org-kind = Kind
org-parent = Parent organization
org-municipality = Municipality
org-inn = INN
org-address = Address
org-low-results = Low educational results (ШНОР)
org-adverse = Adverse social conditions (ШНСУ)
org-external-id = External id
org-active = Active organization
org-status = Status
org-status-active = Active
org-status-inactive = Inactive
org-updated = Last changed
org-version = Record version { $version }
org-created = Organization “{ $name }” added.
org-saved = Changes saved.
org-delete-confirm = Delete the organization “{ $name }”? The record stays in the audit log.
org-deleted = Organization deleted.
org-back = Back to organizations
figures-title = Students and teachers by academic year
figures-year = Academic year
figures-students = Students
figures-teachers = Teachers
figures-empty = No figures entered yet.

## Organization form

form-create-title = New organization
form-edit-title = Edit details
form-select-placeholder = Select…
form-no-parent = No parent organization
form-parent-hint = Only for a branch.
form-inn-hint = 10 digits; the check digit is verified.
form-external-id-hint = Id in the regional system; unique within the municipality.
form-restricted-hint = Kind, parent, municipality, ШНОР/ШНСУ flags, external id and status can only be changed by the education authority.
form-section-main = Main details
form-section-status = Status and flags
form-section-integration = Integration

## Staff

staff-title = Staff
staff-count = { $count } { $count ->
    [one] person
   *[other] people
}
staff-add = Add staff member
staff-add-title = New staff member
staff-last-name = Last name
staff-first-name = First name
staff-patronymic = Patronymic
staff-position = Position
staff-position-hint = E.g. teacher, deputy head for curriculum, methodologist.
staff-subjects = Subjects
staff-subjects-hint = Comma-separated: Technology, Computer science.
staff-empty = No staff entered yet.
staff-added = { $name } added.
col-staff-name = Name
col-position = Position
col-subjects = Subjects
col-account = Account
staff-has-account = Yes

## Users

users-title = Users
users-subtitle = Staff accounts and service accounts.
users-search = User name or full name
col-username = Login
col-display-name = Name
col-role = Role
col-user-status = Status
user-active = Active
user-disabled = Disabled
users-empty = No users found.
users-shown = Showing { $count } { $count ->
    [one] user
   *[other] users
}

## Audit log

audit-title = Audit log
audit-subtitle = Who changed what, and when. Records cannot be changed or deleted.
col-at = Time
col-actor = User
col-action = Action
col-entity = Object
audit-empty = No records yet.
audit-shown = Showing { $count } { $count ->
    [one] record
   *[other] records
}
audit-action-create = Create
audit-action-update = Update
audit-action-delete = Delete
audit-action-read = Read
audit-action-login = Sign-in
audit-action-login_failed = Failed sign-in
audit-action-logout = Sign-out
audit-action-refresh = Session refresh
audit-action-reset_password = Password reset
entity-organization = Organization
entity-staff = Staff member
entity-user = User
entity-municipality = Municipality
entity-session = Session
entity-organization_figures = Figures
entity-figures = Figures

## Networks

nets-title = Networks
nets-subtitle = Networks of educational organizations: members, roles and periods.
nets-search = Network name or goal
nets-create = Create network
nets-empty-title = No networks yet
nets-empty-body = Networks your organization belongs to, or that work in your municipality, appear here.
nets-shown = Showing { $count } { $count ->
    [one] network
   *[other] networks
}
nets-shown-more = { nets-shown }, more available
col-net-name = Name
col-net-model = Model
col-net-period = Period
col-net-status = Status
period-open = from { $from }
model-resource_centre = Resource centre
model-cooperation = Cooperation
model-mixed = Cooperation with resource centres
model-mentoring = Partner – satellite (mentoring)
net-status-planned = Planned
net-status-active = Active
net-status-closed = Closed
member-role-coordinator = Coordinator
member-role-resource_centre = Resource centre
member-role-participant = Participant
member-role-partner = Partner school
member-role-satellite = Satellite school
member-role-social_partner = Social partner
member-group-coordinator = Coordinator
member-group-resource_centre = Resource centres
member-group-participant = Participants
member-group-partner = Partner schools
member-group-satellite = Satellite schools
member-group-social_partner = Social partners

## Network page

net-back = Back to networks
net-details = About the network
net-municipality = Municipality
net-model = Model
net-goal = Goal
net-tasks = Tasks
net-results = Expected results
net-period = Period
net-status = Status
net-updated = Last change
net-created = Network “{ $name }” created.
net-saved = Changes saved.
net-delete-confirm = Delete network “{ $name }” with its membership? The audit log keeps a record.
net-members = Members
net-members-count = { $count } { $count ->
    [one] organization
   *[other] organizations
}
net-members-empty = The network has no members yet.
net-map = Network map
net-map-hint = Who serves whom: the coordinator on top, resource centres and partner schools below, the schools they work with underneath.
net-map-servers = Resource centre, partner school
net-map-served = Participant, satellite school
col-member-org = Organization
col-member-joined = Joined
col-member-left = Left
col-member-mentor = Partner school
member-until-end = until the network ends

## Membership

member-add = Add member
member-add-title = New member
member-edit-title = Change membership: { $name }
member-org = Organization
member-role = Role in the network
member-joined = Joined on
member-left = Left on
member-left-hint = Empty: until the network ends.
member-mentor = Partner school
member-mentor-hint = In a mentoring network a satellite school is paired with a partner school.
member-added = “{ $name }” is now a member.
member-saved = Membership of “{ $name }” changed.
member-removed = “{ $name }” removed from the network.
member-remove-confirm = Delete the membership record of “{ $name }”? To record that it left, set the leaving date instead.
member-rule-title = The change breaks a network rule
member-edit = Change membership
member-remove = Remove membership

## Network form

net-form-create-title = New network
net-form-edit-title = Edit network
net-form-name = Network name
net-form-tasks-hint = One task per line.
net-form-results-hint = One result per line.
net-form-period-from = Starts on
net-form-period-to = Ends on
net-form-period-to-hint = Empty: no end date.
net-form-coordinator = Coordinating school
net-form-coordinator-hint = The coordinator is a member for the whole period; add other members on the network page.
net-form-section-main = Main details
net-form-section-content = Goal, tasks and results
net-form-section-period = Period and coordinator

## 404

notfound-title = Page not found
notfound-body = This page does not exist or you have no access to it.
notfound-home = Go to the start page

prog-title = Programmes
prog-code = Code
prog-name = Programme, module
prog-subject = Subject area
prog-grades = Grades
prog-hours = Hours total / per week
prog-providers = Taught by
