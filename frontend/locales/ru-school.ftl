# ru: «Моя школа» (a school administration's desk) and «Мои группы» (a teacher's)

nav-my-groups = Мои группы
nav-students = Ученики

school-subtitle = Моя школа: ученики в сетевых группах, заявки и журналы
school-students = Ученики
school-profile = Карточка школы
school-tile-learning = учатся в сетевых группах
school-tile-learning-hint = наши ученики, зачисленные на курсы
school-tile-requests = наших заявок ждут решения
school-tile-requests-hint = поданы в школы-поставщики
school-tile-waitlisted = в листе ожидания
school-tile-waitlisted-hint = наши ученики ждут места
school-tile-incoming = заявок в наши группы
school-tile-incoming-hint = ждут нашего решения
school-tile-visiting = учеников других школ
school-tile-visiting-hint = учатся в наших группах
school-incoming = Заявки в наши группы
school-incoming-none = Новых заявок в ваши группы нет
school-review = Рассмотреть
school-our-requests = Наши заявки
school-our-requests-none = Заявок, ожидающих решения, нет
school-learning = Наши ученики в сетевых группах
school-learning-none = Никто из учеников пока не зачислен в сетевые группы
school-untaken = Незаполненные журналы наших групп
school-untaken-none = Все журналы прошедших занятий заполнены
school-untaken-open = Заполнить
school-waitlist-position = № { $position } в листе ожидания
school-col-student = Ученик
school-col-group = Курс и группа
school-col-course = Курс
school-col-provider = Школа-поставщик
school-col-requested = Заявка от
school-col-status = Статус

mygroups-title = Мои группы
mygroups-none = Вы пока не ведёте сетевых групп
mygroups-none-body = Когда школа-поставщик назначит вас преподавателем группы, её занятия появятся здесь.
mygroups-today = Сегодня, { $date }
mygroups-today-none = Сегодня занятий нет
mygroups-due = Журналы к заполнению
mygroups-due-none = Все журналы прошедших занятий заполнены
mygroups-week = Ближайшие семь дней
mygroups-week-none = На этой неделе занятий нет
mygroups-groups = Группы
mygroups-take = Отметить посещаемость
mygroups-taken = Журнал заполнен
mygroups-cancelled = Отменено
mygroups-students = { $count ->
    [one] { $count } ученик
    [few] { $count } ученика
   *[many] { $count } учеников
}
