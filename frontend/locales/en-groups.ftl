# en: groups

## Enrolment statuses and attendance marks

enr-status-requested = Requested
enr-status-approved = Approved
enr-status-waitlisted = Waitlisted
enr-status-rejected = Rejected
enr-status-active = Active
enr-status-completed = Completed
enr-status-withdrawn = Withdrawn
att-mark-present = Present
att-mark-late = Late
att-mark-absent_excused = Absent, excused
att-mark-absent_unexcused = Absent, unexcused
att-sym-present = +
att-sym-late = L
att-sym-absent_excused = E
att-sym-absent_unexcused = A

## Enrolment in a group

enr-title = Enrolments
enr-seats = { $taken } of { $capacity } seats taken
enr-tab-requests = Requests
enr-tab-waitlist = Waitlist
enr-tab-enrolled = Enrolled
enr-tab-closed = Completed / withdrawn / rejected
enr-empty-requests = No requests waiting
enr-empty-waitlist = The waitlist is empty
enr-empty-enrolled = Nobody is enrolled yet
enr-empty-closed = Nobody has completed, withdrawn or been rejected
enr-col-position = Place
enr-col-student = Student
enr-col-requested = Requested on
enr-col-status = Status
enr-col-checks = Approval rules
enr-class = Grade { $grade }{ $letter }
enr-history = History
enr-history-empty = No steps yet
enr-history-reason = Reason: { $reason }
enr-action-request = Requested
enr-action-approve = Approved
enr-action-waitlist = Waitlisted
enr-action-reject = Rejected
enr-action-withdraw = Withdrawn
enr-action-complete = Completed
enr-action-offer = Offered a freed seat
enr-checks-loading = Checking the rules…
enr-checks-failed = Could not check the rules
enr-checks-all-passed = Every rule passes
enr-checks-passed = Rules that pass
enr-load = Weekly load with the course: { $total } h of { $limit } allowed
enr-load-no-limit = Weekly load with the course: { $total } h
enr-do-approve = Approve
enr-do-waitlist = Waitlist
enr-do-reject = Reject
enr-do-withdraw = Withdraw
enr-do-withdraw-request = Withdraw the request
enr-do-complete = Complete
enr-step-approve-title = Approve the enrolment?
enr-step-approve-body = Student: { $name }. Every approval rule is checked again; the seat is taken at once.
enr-step-waitlist-title = Put on the waitlist?
enr-step-waitlist-body = Student: { $name }. The group is full: the request joins the end of the waitlist, and a freed seat is offered to the first in line.
enr-step-reject-title = Reject the request?
enr-step-reject-body = Student: { $name }. Give the reason: the student's school sees it.
enr-step-withdraw-title = Withdraw from the group?
enr-step-withdraw-body = Student: { $name }. The seat is freed and offered to the first on the waitlist.
enr-step-withdraw-request-title = Withdraw the request?
enr-step-withdraw-request-body = Student: { $name }. The request for a seat is withdrawn.
enr-step-complete-title = Complete the enrolment?
enr-step-complete-body = Student: { $name }. The course is marked completed.
enr-done-approve = Approved: { $name }
enr-done-waitlist = Waitlisted: { $name }
enr-done-reject = Rejected: { $name }
enr-done-withdraw = Withdrawn: { $name }
enr-done-withdraw-request = Request withdrawn: { $name }
enr-done-complete = Completed: { $name }
enr-reason-required = Reason (required)
enr-reason-optional = Reason (optional)
enr-stale-body = The enrolment changed while you were deciding. The list has been loaded again: check it and try again.

## A group's attendance

att-title = Attendance
att-col-student = Student
att-col-share = Absent
att-off = Not in the group that day (not yet approved or already withdrawn)
att-legend = Legend
att-untaken = Register not taken
att-cancelled = Session cancelled
att-untaken-count = { $count } { $count ->
    [one] session without a register
   *[other] sessions without a register
}
att-empty-students = Nobody is enrolled in the group yet
att-empty-sessions = No sessions yet

## A session's register

reg-title = Register
reg-count = { $marked } of { $total } marked
reg-all-present = All present
reg-all-present-hint = Mark everyone without a mark as present
reg-keys = Keys: ↑ ↓ choose a student; 1–4 or P, L, E, U set the mark and go to the next.
reg-col-no = No.
reg-col-student = Student
reg-col-mark = Mark
reg-marks-of = Mark of { $name }
reg-mark-present = Present
reg-mark-late = Late
reg-mark-absent_excused = Excused
reg-mark-absent_unexcused = Unexcused
reg-taken = Taken by { $who } on { $when }
reg-updated = Last changed by { $who } on { $when }
reg-untaken = The register has not been taken yet
reg-reason = Reason for the correction
reg-reason-hint = More than 48 hours have passed since the session ended: a correction is saved only with a reason and is audited.
reg-save = Save the register
reg-saved = Register saved
reg-need-all = Mark every student to save the register
reg-need-reason = Give the reason for the correction
reg-unchanged = No changes
reg-not-ended = The session has not ended yet
reg-not-ended-body = The register is taken after the session ends.
reg-readonly = View only
reg-readonly-body = The group's teachers and the providing school's administration take the register.
reg-empty = Nobody is on this session's register
reg-stale-body = Someone else changed the register while you were marking. Load the current version and mark again.
