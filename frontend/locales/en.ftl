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
staff-network-only = A partner school of your network: only the teachers who teach in networks you share are shown.
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

## Programmes

prog-title = Programmes
prog-code = Code
prog-name = Programme, module
prog-subject = Subject area
prog-grades = Grades
prog-hours = Hours total / per week
prog-providers = Taught by
prog-status = Status
prog-count = { $count } { $count ->
    [one] programme
   *[other] programmes
}
prog-search = Code, title or module
prog-add = Add programme
prog-empty = The network has no programmes yet.
prog-none-found = No programmes found. Change the search.
prog-details = Programme details
prog-module = Module
prog-level = Level of education
prog-level-value = { $level } (grades { $from }–{ $to })
prog-grades-value = grades { $from }–{ $to }
prog-hours-title = Hours
prog-hours-value = { $total } h in total, { $weekly } h a week
prog-delivery = Delivery mode
prog-assessment = Assessment form
prog-version = Record version
prog-created = Programme «{ $name }» added.
prog-saved = Programme saved.
prog-delete-confirm = Delete the programme «{ $name }»? The audit log keeps the record.
prog-status-draft = Draft
prog-status-approved = Approved
prog-status-archived = Archived
level-noo = Primary general education (НОО)
level-ooo = Basic general education (ООО)
level-soo = Secondary general education (СОО)
level-do = Additional education (ДО)
delivery-in_person = In person
delivery-distance = Distance
delivery-blended = Blended
assessment-pass_fail = Pass / fail
assessment-grade5 = Five-point mark
assessment-score100 = 100-point score
assessment-levels = Levels of mastery

## Programme form

prog-form-create-title = New programme
prog-form-edit-title = Edit programme «{ $name }»
prog-form-title = Title
prog-form-code-hint = Unique within the network, e.g. ТЕХ-РОБ.
prog-form-module-hint = When the programme is a module of a course, e.g. «Робототехника».
prog-form-subject-hint = E.g. Технология, Естественные науки.
prog-form-grades-hint = { $level }: grades { $from }–{ $to }.
prog-form-hours-hint = Fractions allowed: 0.5.
prog-form-providers-hint = Members of the network that teach it.
prog-form-external-id-hint = Identifier in the regional system.
prog-form-section-main = Programme
prog-form-section-scope = Level, grades and hours
prog-form-section-providers = Who teaches it
prog-grade-from = Grades from
prog-grade-to = Grades to
prog-grades-outside-level = Outside the level: «{ $level }» spans grades { $from }–{ $to }
prog-total-hours = Hours in total
prog-hours-week = Hours a week

## Agreements

agr-section-title = Agreements
agr-section-hint = Agreements on the network form of programmes and cooperation agreements you may read.
agr-count = { $count } { $count ->
    [one] agreement
   *[other] agreements
}
agr-add = New agreement
agr-empty = No agreements yet.
agr-col-number = Agreement
agr-col-parties = Parties
agr-base-short = (base organization)
agr-title = Agreement No. { $number } of { $date }
agr-title-no-number = Agreement without a number of { $date }
agr-kind = Kind
agr-kind-network_programme = Agreement on the network form of educational programmes
agr-kind-cooperation = Cooperation agreement
agr-kind-resource_use = Agreement on the use of resources
agr-status = Status
agr-status-draft = Draft
agr-status-awaiting_signatures = Awaiting signatures
agr-status-active = In force
agr-status-expired = Expired
agr-status-terminated = Terminated
agr-term = Term
agr-term-value = from { $from } to { $to }
agr-number = Number
agr-date = Date
agr-network = Network
agr-base = Base organization
agr-participant = Participant organization
agr-participants = Participant organizations
agr-terminated = Termination
agr-updated = Last change
agr-details = Agreement details
agr-version-original = Agreement
agr-supplementary-no = Supplementary agreement No. { $number }
agr-versions-title = Versions
agr-versions-hint = A supplementary agreement is a new version; earlier versions stay readable.

## Agreement content (273-FZ art. 15)

agr-content-title = Content of the agreement
agr-content-hint = The sections an agreement on the network form must contain under 273-FZ art. 15 part 3.
agr-s1 = Educational programmes
agr-s1-programmes = Programmes and parts of programmes
agr-s1-description = Type, level and focus
agr-s2 = Status of students and admission rules
agr-s3 = Conditions and order of the educational activity
agr-s4 = Documents issued on completion
agr-s5 = Term, change and termination
agr-student-status = Status of students
agr-admission-rules = Admission rules
agr-conditions = Conditions and order
agr-obligations = Duties of the parties and resources used
agr-resource-kind = Resource
agr-resource-volume = Volume
agr-document = Document
agr-issued-by = Issued by
agr-change-procedure = How it is changed
agr-termination-procedure = How it is ended
agr-no-programmes = No programmes named.
agr-programme-gone = Programme removed from the network
agr-mappings-title = Grade mapping rules
agr-mappings-hint = How a result in the participant's assessment form becomes a mark of the base organization in credit transfer.
agr-mappings-empty = No rules: credit transfer will need reassessment or a decision with a reason.
agr-mapping-condition = Result at the participant
agr-mapping-to = Mark at the base organization
agr-step-at-least = at least { $value }
agr-step-equals = «{ $value }»

## Signatures

agr-signatures-title = Signatures
agr-signed-count = { $signed } of { $count } signed
agr-hash-label = Content hash (SHA-256)
agr-hash-verified = Matches the text on this page: checked in the browser.
agr-hash-mismatch = The hash does not match the text on this page. Do not sign; reload the page.
agr-signed-at = Signed { $at }
agr-signed-hash = Signed hash
agr-signed-current = Current text
agr-signed-old = Earlier text
agr-sign-awaited = Signature awaited
agr-sign-after-submit = Signing starts once the draft is sent for signature
agr-sign-none = Not signed
agr-sign-for = Sign for { $org }
agr-sign-title = Signing for { $org }
agr-sign-intro = The signature of { $org } under agreement No. { $number } of { $date } certifies the text with this hash:
agr-sign-hash-hint = If the text changes, so does the hash, and the signature will not apply to the new text.
agr-sign-read = I have read the agreement and sign it for { $org }
agr-sign-confirm = Sign
agr-waiting-start = Every party has signed. The agreement comes into force on { $date }.

## Agreement actions

agr-submit = Send for signature
agr-return = Return to draft
agr-return-title = Return the agreement to draft?
agr-return-body = Every signature will be cleared. After the changes, send it for signature again and each party signs anew.
agr-terminate = Terminate
agr-terminate-title = Terminate the agreement
agr-terminate-body = Give a termination date within the term ({ $from } to { $to }) and the reason.
agr-terminate-on = Termination date
agr-terminate-reason = Reason
agr-new-version = Supplementary agreement
agr-new-version-title = Supplementary agreement
agr-new-version-body = A draft of a new version is created with the text of the agreement in force. The current version stays in force until every party signs the new one.
agr-new-version-go = Create the draft
agr-notice-created = Draft agreement saved.
agr-notice-saved = Draft saved.
agr-notice-submitted = The agreement has been sent to the parties for signature.
agr-notice-signed = Signed.
agr-notice-signed-active = Signed. Every party has signed: the agreement is in force.
agr-notice-returned = The agreement is a draft again; signatures cleared.
agr-notice-terminated = The agreement has been terminated.
agr-ready = Every required section is filled in: the agreement can be sent for signature.
agr-not-ready = Before sending for signature, fill in:
agr-incomplete-intro = The agreement was not sent for signature. Missing:
agr-missing-number = the agreement number
agr-missing-student_status = the status of students (section 2)
agr-missing-admission_rules = the admission rules (section 2)
agr-missing-conditions = the conditions and order of the activity (section 3)
agr-missing-obligations = the duties of the parties (section 3)
agr-missing-completion_documents = the documents issued on completion (section 4)
agr-missing-change_procedure = how the agreement is changed (section 5)
agr-missing-termination_procedure = how the agreement is ended (section 5)
agr-missing-programmes = at least one programme (section 1)
agr-missing-participants = at least one participant besides the base organization
agr-not-party-obligations = duties name an organization that is not a party (section 3)
agr-not-party-completion_documents = a document is issued by an organization that is not a party (section 4)
agr-problem-term = the term ends before it starts (section 5)
agr-problem-mapping-step = each step of a grade mapping needs exactly one condition

## Agreement form

agr-form-create-title = New agreement
agr-form-intro = A draft may be saved incomplete. Before it is sent for signature, every section 273-FZ art. 15 requires must be filled in.
agr-form-supplementary-hint = This is a supplementary agreement: a new version of the text. Change what changes and send it for signature.
agr-form-section-details = Details
agr-form-section-parties = Parties
agr-s1-form = 1. Educational programmes
agr-s2-form = 2. Status of students and admission rules
agr-s3-form = 3. Conditions and order, duties and resources of the parties
agr-s4-form = 4. Documents on completion
agr-s5-form = 5. Term, change and termination
agr-number-hint = May be given later, before sending for signature.
agr-base-hint = The organization where the students are enrolled (the home school).
agr-base-locked-hint = A school's administration drafts with its own school as the base organization.
agr-participants-hint = Organizations that teach parts of the programmes.
agr-programmes-hint = Programmes of the network taught under this agreement.
agr-programmes-none = The network has no programmes yet: add them on the network page.
agr-description-hint = E.g. part of the basic general programme, subject area «Технология», modules «Робототехника» and «Компьютерная графика».
agr-student-status-hint = E.g. students remain students of the base organization and are not enrolled at the participant.
agr-party = Party
agr-duties = Duties
agr-duties-hint = What the party does: teaches a module, records attendance, credits results…
agr-resources = Resources of the party (kind and volume)
agr-resource-add = Add resource
agr-resource-remove = Remove resource
agr-obligation-no = Party { $number }
agr-obligation-add = Add duties of a party
agr-obligation-remove = Remove duties of the party
agr-document-add = Add document
agr-document-remove = Remove document
agr-valid-from = Valid from
agr-valid-to = Valid to
agr-mapping-no = Rule { $number }
agr-mapping-add = Add grade mapping
agr-mapping-remove = Remove rule
agr-mapping-source = Form at the participant
agr-mapping-target = Form at the base organization
agr-mapping-steps = Steps: condition → mark
agr-step-mode = Condition
agr-step-mode-equals = Result equals
agr-step-mode-at-least = Score at least
agr-step-value = Value
agr-step-value-hint = E.g. pass or 85.
agr-step-result = Mark
agr-step-add = Add step
agr-step-remove = Remove step
agr-save-draft = Save draft
agr-edit-not-draft = Only a draft can be edited. To change an agreement in force, make a supplementary agreement.
agr-back-to-agreement = Back to the agreement

## 404

notfound-title = Page not found
notfound-body = This page does not exist or you have no access to it.
notfound-home = Go to the start page

## Documents

doc-title = Documents
doc-hint = Scans, annexes, work programmes, regulations and orders
doc-empty = No documents yet
doc-col-title = Document
doc-col-kind = Kind
doc-col-file = File
doc-col-uploaded = Uploaded
doc-download = Download
doc-open = Open
doc-delete-confirm = Delete the document “{ $title }”? The file will be gone for good.
doc-upload = Upload
doc-uploading = Uploading…
doc-add = Add a document
doc-file = File
doc-file-types = PDF, Word, Excel, OpenDocument, RTF, JPEG, PNG or text
doc-kind = Kind of document
doc-name = Title
doc-name-hint = Optional: the file name by default
doc-choose-file = Choose a file to upload
doc-uploaded = Document “{ $title }” uploaded
doc-deleted = Document “{ $title }” deleted
doc-by = { $name }, { $when }
doc-kind-scan = Scan of a signed document
doc-kind-annex = Annex
doc-kind-work_programme = Work programme
doc-kind-regulation = Regulation
doc-kind-order = Order
doc-kind-protocol = Minutes
doc-kind-other = Other

## Weekdays and months

wd-mon = Mon
wd-tue = Tue
wd-wed = Wed
wd-thu = Thu
wd-fri = Fri
wd-sat = Sat
wd-sun = Sun
wd-full-mon = Monday
wd-full-tue = Tuesday
wd-full-wed = Wednesday
wd-full-thu = Thursday
wd-full-fri = Friday
wd-full-sat = Saturday
wd-full-sun = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-gen-1 = January
month-gen-2 = February
month-gen-3 = March
month-gen-4 = April
month-gen-5 = May
month-gen-6 = June
month-gen-7 = July
month-gen-8 = August
month-gen-9 = September
month-gen-10 = October
month-gen-11 = November
month-gen-12 = December

## School calendar

cal-title = School calendar
cal-open = Open the calendar
cal-section-empty = No calendars yet. Open the calendar of a school year to enter its terms, holidays and bell schedule.
cal-year = School year
cal-year-empty = { $year } (not entered)
cal-col-year = School year
cal-col-terms = Terms
cal-for-year = Calendar of the { $year } school year
cal-none = No calendar for { $year }
cal-none-hint = Fill in the calendar: the form opens with typical dates of terms and holidays for you to check against the school's order.
cal-none-read = The school has not entered its calendar for this year yet.
cal-create = Fill in the calendar
cal-copy = Copy to the next year
cal-copied = The calendar was copied to the next school year. Check the dates: they moved to the same days of the month.
cal-saved = Calendar saved
cal-deleted = Calendar deleted
cal-delete-confirm = Delete the school calendar of { $year }?
cal-missing = Fill in the marked fields
cal-typical-title = The form holds typical dates
cal-typical-body = Terms, holidays and bells follow a usual school year. Check them against the order approving the school calendar and correct them.
cal-updated = Changed
cal-week = School week
cal-week-five = Five days
cal-week-six = Six days
cal-school-days = School days
cal-school-days-count = { $count } { $count ->
    [one] school day
   *[other] school days
}
cal-school-days-in-year = { $count ->
    [one] school day in the year
   *[other] school days in the year
}
cal-days-unknown = The number of school days appears once the dates are filled in without overlaps.
cal-days-count = { $count } { $count ->
    [one] day
   *[other] days
}
cal-terms = Terms
cal-terms-hint = Quarters, trimesters or semesters with their first and last day. Terms must not overlap.
cal-holidays = Holidays
cal-holidays-hint = Vacations and public holidays within the terms. A one-day holiday has the same date in both fields.
cal-bells = Bell schedule
cal-bells-hint = Lesson times. A school with several shifts adds a schedule for each; the first is the main one.
cal-col-name = Name
cal-col-from = From
cal-col-to = To
cal-col-dates = Dates
cal-col-length = Length
cal-col-school-days = School days
cal-col-lesson = Lesson
cal-col-start = Start
cal-col-end = End
cal-col-time = Time
cal-col-break = Break after
cal-break-minutes = { $minutes } min
cal-terms-add = Add a term
cal-terms-remove = Remove the term
cal-terms-none = No terms yet.
cal-terms-placeholder = Term 1
cal-holidays-add = Add a holiday
cal-holidays-remove = Remove the row
cal-holidays-none = No holidays entered.
cal-holidays-placeholder = Autumn holidays
cal-bells-none = No bell schedule entered.
cal-bells-add = Add a bell schedule
cal-bells-remove = Remove the schedule
cal-bells-no = Schedule { $number }
cal-bells-name = Schedule name
cal-bells-name-placeholder = Main, shift 1…
cal-lesson-add = Add a lesson
cal-lesson-remove = Remove the lesson
cal-fill-title = Fill from a pattern
cal-fill-hint = Lessons of one length with equal breaks; single rows can be corrected afterwards.
cal-fill-first = First lesson starts
cal-fill-length = Lesson, min
cal-fill-pause = Break, min
cal-fill-count = Lessons
cal-fill-apply = Fill in
cal-fill-bad-first = A time as HH:MM
cal-fill-bad-length = 10 to 240 minutes
cal-fill-bad-pause = 0 to 120 minutes
cal-fill-bad-count = 1 to 12 lessons, ending before midnight
cal-typical-term-1 = Term 1
cal-typical-term-2 = Term 2
cal-typical-term-3 = Term 3
cal-typical-term-4 = Term 4
cal-typical-autumn = Autumn holidays
cal-typical-winter = Winter holidays
cal-typical-spring = Spring holidays
cal-typical-feb23 = Defender of the Fatherland Day
cal-typical-mar8 = International Women's Day
cal-typical-may1 = Spring and Labour Day
cal-typical-may9 = Victory Day
cal-typical-schedule = Main

## Calendar comparison

cmp-title = Calendar comparison
cmp-link = Compare school calendars
cmp-entered = { $count ->
    [one] school entered its calendar
   *[other] schools entered their calendars
}
cmp-found = Differences: days — { $days }, terms — { $terms }, lesson times — { $lessons }
cmp-too-few = Nothing to compare yet
cmp-too-few-body = A comparison needs the calendars of at least two schools of the network for this school year.
cmp-schools = Schools and school days
cmp-schools-hint = School days in the year by each school's calendar; in brackets, how many fewer than the school with the most.
cmp-days = School days that differ
cmp-days-hint = Days on which some schools teach while others have holidays, a day off or no term. Students of the second group miss network lessons on these days.
cmp-days-none = All schools teach on the same days.
cmp-terms = Term boundaries
cmp-terms-hint = Terms whose dates differ; schools whose dates differ from most are marked.
cmp-terms-none = All schools have the same term dates.
cmp-lessons = Lesson times
cmp-lessons-hint = Lessons of the main bell schedule whose times differ; times that differ from most are marked.
cmp-lessons-none = All schools have the same lesson times.
cmp-col-school = School
cmp-col-calendar = Calendar
cmp-col-dates = Dates
cmp-col-teaching = Teaching
cmp-col-not-teaching = Not teaching
cmp-has-calendar = Entered
cmp-no-calendar = Not entered
cmp-day-off = Day off
cmp-outside-terms = Between terms
cmp-school-day = School day
cmp-saturdays = { $count ->
    [one] { $count } Saturday
   *[other] { $count } Saturdays
} ({ $from } – { $to })
cmp-term-no = Term { $number }
cmp-lesson-no = Lesson { $number }
cmp-no-term = none
cmp-no-lesson = none

## Network groups

group-title = Network groups
group-count = { $count } { $count ->
    [one] group
   *[other] groups
}
group-empty = No groups yet. A group is formed by the school teaching the programme or by the network's coordinator.
group-add = Form a group
group-col-name = Group
group-col-programme = Programme
group-col-provider = Provider
group-col-teachers = Teachers
group-col-slots = Timetable
group-col-hours = Hours
group-details = About the group
group-programme = Programme
group-year = School year
group-provider = Provider
group-provider-hint = The school that teaches the programme; the providers of the chosen programme are offered.
group-name = Group name
group-name-hint = For example: “Robotics, grade 7, group 1”.
group-capacity = Places
group-teachers = Teachers
group-teachers-none = No teachers assigned.
group-teachers-hint = A network teacher may work at any school of the network: choose the school, then the person.
group-teacher-school = Teacher's school
group-teacher-person = Staff member…
group-teacher-add = Add the teacher
group-teacher-remove = Remove the teacher
group-teacher-staff-error = The staff of this school could not be loaded
group-place = Place
group-dates = Dates
group-first-date = Lessons from
group-last-date = Lessons until
group-dates-hint = Lessons are made for the weekdays between these dates, except holidays and days off in the provider's calendar.
group-slots = Weekly lessons
group-slots-none = No weekdays and times yet.
group-slot-day = Weekday
group-slot-start = Start
group-slot-end = End
group-slot-other-place = Elsewhere
group-slot-add = Add a day
group-slot-remove = Remove the day
group-participants = Students' schools
group-participants-hint = Schools whose students attend: their calendars and bells are checked against the lessons.
group-hours = Programme hours
group-form-create-title = New network group
group-form-edit-title = Group “{ $name }”
group-form-section-main = Programme and group
group-form-section-place = Place
group-form-section-timetable = Dates and timetable
group-form-section-participants = Students
group-no-programmes = The network has no programmes whose groups you may form
group-edit-regenerate-hint = After changing days, times or dates, make the timetable again on the group's page: lessons with attendance and those changed by hand are kept.
group-created = Group “{ $name }” formed
group-created-hint = Now make its timetable: lessons are created for its weekdays along the provider's calendar.
group-saved = Changes saved
group-delete-confirm = Delete the group “{ $name }” with its lessons?
group-generate = Make the timetable
group-generating = Making…
group-generated = Timetable made
group-generated-counts = Lessons added: { $added }, changed: { $updated }, deleted: { $deleted }, unchanged: { $unchanged }, kept as changed by hand: { $kept }.
group-generated-hours = { $sessions } lessons in all — { $planned } h of the programme's { $programme } h.
group-week = Week in the timetable
group-conflicts = { $count ->
    [one] { $count } conflict in the group's timetable
   *[other] { $count } conflicts in the group's timetable
}
group-conflicts-open = Show in the week timetable
hours-value = { $planned } / { $programme } h
hours-short = { $hours } h short
hours-over = { $hours } h more
hours-exact = matches
hours-sessions = { $count } { $count ->
    [one] lesson
   *[other] lessons
}
place-kind = Where lessons take place
place-kind-room = Room
place-kind-resource = Shared resource
place-kind-online = Online
place-organization = Organization
place-room-name = Room
place-room-hint = For example: “room 214”.
place-resource-name = Resource
place-resource-hint = For example: “Tochka Rosta”, “computer lab”.
place-url = Online room link
place-url-hint = The link students join the lesson by.
place-online = Online
place-resource-text = { $name } ({ $org })

## Group lessons

session-title = Lessons
session-count = { $count } { $count ->
    [one] lesson
   *[other] lessons
}
session-empty = No lessons yet
session-empty-hint = Press “Make the timetable” to create lessons for the group's weekdays, or add a lesson by hand.
session-empty-read = The group's timetable has not been made yet.
session-months = Months
session-date = Date
session-time = Time
session-place = Place
session-status = Status
session-mark-planned = As planned
session-mark-moved = Moved
session-mark-added = Added by hand
session-mark-cancelled = Cancelled
session-moved-from = instead of { $date }
session-attendance-taken = attendance taken
session-move = Move
session-cancel = Cancel
session-restore = Restore
session-add = Add a lesson
session-add-title = New lesson
session-move-title = Moving the lesson of { $when }
session-cancel-title = Cancelling the lesson of { $when }
session-other-place = Elsewhere than usual
session-reason = Reason
session-reason-hint = Shown to teachers and students' schools, e.g. “quarantine”, “teacher on a course”.
session-moved = Lesson moved to { $when }
session-added = Lesson added on { $when }
session-cancelled = Lesson of { $when } cancelled
session-restored = Lesson of { $when } restored

## Calendar subscription

feed-subscribe = Subscribe in a calendar
feed-download = Download .ics
feed-title = Subscribe to the lessons in a calendar
feed-intro = Add the link to Google Calendar, Outlook, Yandex Calendar or a phone's calendar as a subscription: lessons update by themselves, moves and cancellations included.
feed-create = Create a link
feed-create-another = Create another link
feed-url = Subscription address
feed-copy = Copy
feed-copied = Copied
feed-open-app = Open in the calendar app
feed-once = The link is shown only now
feed-once-body = Keep it: the calendar gets the lessons by it without signing in. If strangers got the link, switch it off and create a new one.
feed-existing = Links created
feed-none = You have not created links for this group yet.
feed-created-at = Created { $when }
feed-used-at = last used { $when }
feed-never-used = not used by a calendar yet
feed-revoke = Switch off

## Week timetable

tt-title = Week timetable
tt-open = Week timetable
tt-prev = Previous week
tt-next = Next week
tt-today = Today
tt-by = Show
tt-by-all = Whole network
tt-by-group = Group
tt-by-teacher = Teacher
tt-by-place = Place
tt-by-organization = Organization
tt-gap = Travel time between schools
tt-gap-default = Travel: default
tt-gap-minutes = Travel: { $minutes } min
tt-sessions = { $count } { $count ->
    [one] lesson
   *[other] lessons
}
tt-cancelled = { $count } cancelled
tt-conflicts = { $count } { $count ->
    [one] conflict
   *[other] conflicts
}
tt-empty = No lessons this week.
tt-conflicts-title = Conflicts of the week
tt-conflicts-hint = A teacher in two places at once, a room booked twice, a lesson on a non-school day or across a lesson of a students' school, too little time to travel.
tt-no-conflicts = No conflicts this week.
tt-col-date = Day
tt-col-kind = Conflict
tt-col-message = What happened
tt-col-groups = Groups
conflict-kind-teacher_double_booked = Teacher in two places
conflict-kind-place_double_booked = Place booked twice
conflict-kind-not_a_school_day = Not a school day
conflict-kind-cuts_into_lesson = Cuts into a lesson
conflict-kind-travel_too_short = Too little travel time
conflict-kind-student_double_booked = A student in two groups at once
