# en: «My school» (a school administration's desk) and «My groups» (a teacher's)

nav-my-groups = My groups
nav-students = Students

school-subtitle = My school: students in network groups, requests and registers
school-students = Students
school-profile = School profile
school-tile-learning = learning in network groups
school-tile-learning-hint = our students enrolled in courses
school-tile-requests = of our requests await a decision
school-tile-requests-hint = sent to provider schools
school-tile-waitlisted = on a waitlist
school-tile-waitlisted-hint = our students waiting for a seat
school-tile-incoming = requests to our groups
school-tile-incoming-hint = awaiting our decision
school-tile-visiting = students of other schools
school-tile-visiting-hint = learning in our groups
school-incoming = Requests to our groups
school-incoming-none = No new requests to your groups
school-review = Review
school-our-requests = Our requests
school-our-requests-none = No requests awaiting a decision
school-learning = Our students in network groups
school-learning-none = None of the students is enrolled in a network group yet
school-untaken = Registers of our groups not taken
school-untaken-none = Every register of past sessions is taken
school-untaken-open = Take
school-waitlist-position = No. { $position } on the waitlist
school-col-student = Student
school-col-group = Course and group
school-col-course = Course
school-col-provider = Provider school
school-col-requested = Requested on
school-col-status = Status

mygroups-title = My groups
mygroups-none = You teach no network group yet
mygroups-none-body = When a provider school makes you the teacher of a group, its sessions appear here.
mygroups-today = Today, { $date }
mygroups-today-none = No sessions today
mygroups-due = Registers to take
mygroups-due-none = Every register of past sessions is taken
mygroups-week = The next seven days
mygroups-week-none = No sessions this week
mygroups-groups = Groups
mygroups-take = Take the register
mygroups-taken = Register taken
mygroups-cancelled = Cancelled
mygroups-students = { $count ->
    [one] { $count } student
   *[other] { $count } students
}
