# en: students

## A school's students
stu-title = Students
stu-search = Student's name
stu-filter-grade = Grade
stu-filter-grade-any = All grades
stu-grade-n = Grade { $grade }
stu-filter-class = Letter
stu-filter-consent = Parents' consent
stu-filter-consent-any = Consent: all
stu-filter-consent-yes = Consent on file
stu-filter-consent-no = No consent
stu-filter-enrolled = Network groups
stu-filter-enrolled-any = Network groups: all
stu-filter-enrolled-yes = In network groups
stu-filter-enrolled-no = Not enrolled
stu-reset = Reset filters
stu-col-name = Name
stu-col-class = Class
stu-col-birth = Date of birth
stu-col-consent = Consent
stu-col-external-id = External id
stu-consent-none = none
stu-inactive = Left the school
stu-empty-title = No students yet
stu-empty-body = Students appear here once loaded from the regional system or added by hand.
stu-none-found = No students found
stu-none-found-body = Change the search or reset the filters.
stu-shown = Showing { $count } { $count ->
    [one] student
   *[other] students
}
stu-shown-more = { stu-shown }, more available

## A student
stu-back = The school's students
stu-record = Student record
stu-full-name = Name
stu-birth-date = Date of birth
stu-class = Class
stu-school = School
stu-external-id = External id
stu-consent = Parents' consent to network learning
stu-consent-of = of { $date }, document { $document }
stu-consent-missing = No parental consent on file
stu-status = Status
stu-status-active = Attends the school
stu-status-inactive = Left the school
stu-courses-count = { $count } { $count ->
    [one] network course
   *[other] network courses
}
stu-request = Enrol in a network group
stu-requested = The request for «{ $programme }» (group «{ $group }») was sent to the school that teaches the group.
stu-withdrawn-request = The request for «{ $programme }» (group «{ $group }») was taken back.
stu-withdrawn-student = The student was withdrawn from group «{ $group }» of «{ $programme }».

## Network courses
stu-courses = Network courses
stu-courses-empty = The student is in no network group
stu-courses-empty-body = Requests for network courses and enrolments appear here.
stu-col-course = Course and group
stu-col-provider = Organization
stu-col-status = Status
stu-col-requested = Requested
stu-col-replaces = Replaces hours
stu-waitlist-position = No. { $position } on the waitlist
stu-history = History
stu-step-at = When
stu-step-who = Who
stu-step-action = Action
stu-step-status = Status
stu-step-reason = Reason
stu-withdraw-request = Take request back
stu-withdraw-student = Withdraw
stu-withdraw-request-confirm = Take back the request for «{ $programme }» (group «{ $group }»)? The school that teaches the group will no longer see the student.
stu-withdraw-student-confirm = Withdraw the student from group «{ $group }» of «{ $programme }»? The seat is freed and offered to the first on the waitlist.
stu-withdraw-reason = Reason

## Attendance
stu-attendance = Attendance
stu-attendance-empty = The student holds no seat in a network group yet
stu-attendance-marks = Marks by session date
stu-attendance-none-yet = No sessions yet.
stu-attendance-tally = Sessions held: { $held } · present: { $present } · late: { $late } · absent: { $absent } (excused: { $excused })
stu-mark-none = not marked

## Individual study plan
iup-title = Individual study plan
iup-year = School year
iup-print = Print
iup-pdf = Download PDF
iup-heading = School year { $year } · school week: { $week }
iup-home-missing = The school curriculum's hours are not entered
iup-home-missing-body = Enter the weekly curriculum hours for the student's grade this year; without them the load is incomplete.
iup-col-part = Part of the plan, course
iup-col-org = Organization
iup-col-teacher = Teacher
iup-col-hours = Hours a week
iup-home = School curriculum
iup-instead-of = instead of { $hours } h of the school curriculum
iup-replaced = Replaced by network courses
iup-total = Total a week
iup-limit = Allowed by SanPiN 1.2.3685-21 (grade { $grade })
iup-limit-none = not allowed
iup-within = within the limit
iup-over = over the limit
iup-no-courses = The student holds no network course this school year.

## Request to enrol in a network group
req-title = Enrol in a network group
req-network = Network
req-network-choose = Choose a network
req-group = Group
req-group-choose = Choose a group
req-group-option = { $name } — { $programme }, { $provider }, { $dates }, seats: { $seats }
req-no-groups = This network has no groups yet.
req-seats = seats: { $seats }
req-replaces = Replaces hours a week
req-replaces-hint = Curriculum hours the course replaces (technology lessons, say); 0 adds the course to the load.
req-replaces-invalid = Enter a number of hours from 0 to 40.
req-reason = Grounds or comment
req-reason-hint = For example: the parents' application of 28.08.2026
req-checks = Enrolment conditions
req-preview-idle = Choose a group: the conditions are checked at once.
req-preview-failed = The conditions could not be checked
req-load = Weekly load with the course
req-load-home = School curriculum
req-load-replaced = Replaced by courses
req-load-network = Network courses
req-load-total = Total
req-load-limit = Allowed
req-waitlist = The group has no free seat
req-waitlist-body = The request can be sent: the student goes on the waitlist and gets a seat when one is freed.
req-blocked = The request cannot be sent
req-blocked-body = The conditions marked red are not met. Fix them or choose another group.
req-send = Send request
req-sending = Sending…
