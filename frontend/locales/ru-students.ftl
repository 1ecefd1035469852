# ru: students

## Список учеников школы
stu-title = Ученики
stu-search = ФИО ученика
stu-filter-grade = Класс
stu-filter-grade-any = Все классы
stu-grade-n = { $grade } класс
stu-filter-class = Буква
stu-filter-consent = Согласие родителей
stu-filter-consent-any = Согласие: все
stu-filter-consent-yes = Согласие есть
stu-filter-consent-no = Согласия нет
stu-filter-enrolled = Сетевые группы
stu-filter-enrolled-any = Сетевые группы: все
stu-filter-enrolled-yes = В сетевых группах
stu-filter-enrolled-no = Не записаны
stu-reset = Сбросить фильтры
stu-col-name = ФИО
stu-col-class = Класс
stu-col-birth = Дата рождения
stu-col-consent = Согласие
stu-col-external-id = Внешний идентификатор
stu-consent-none = нет
stu-inactive = Выбыл из школы
stu-empty-title = Учеников пока нет
stu-empty-body = Ученики появятся здесь после загрузки из региональной системы или добавления вручную.
stu-none-found = Ученики не найдены
stu-none-found-body = Измените условия поиска или сбросьте фильтры.
stu-shown = Показано { $count } { $count ->
    [one] ученик
    [few] ученика
   *[many] учеников
}
stu-shown-more = { stu-shown }, есть ещё

## Карточка ученика
stu-back = Ученики школы
stu-record = Сведения об ученике
stu-full-name = ФИО
stu-birth-date = Дата рождения
stu-class = Класс
stu-school = Школа
stu-external-id = Внешний идентификатор
stu-consent = Согласие родителей на сетевое обучение
stu-consent-of = от { $date }, документ { $document }
stu-consent-missing = Согласие родителей не получено
stu-status = Статус
stu-status-active = Обучается в школе
stu-status-inactive = Выбыл из школы
stu-courses-count = { $count } { $count ->
    [one] сетевой курс
    [few] сетевых курса
   *[many] сетевых курсов
}
stu-request = Записать в сетевую группу
stu-requested = Заявка на курс «{ $programme }» (группа «{ $group }») отправлена школе, которая ведёт группу.
stu-withdrawn-request = Заявка на курс «{ $programme }» (группа «{ $group }») отозвана.
stu-withdrawn-student = Ученик отчислен из группы «{ $group }» курса «{ $programme }».

## Сетевые курсы
stu-courses = Сетевые курсы
stu-courses-empty = Ученик не записан в сетевые группы
stu-courses-empty-body = Заявки на сетевые курсы и зачисления появятся здесь.
stu-col-course = Курс и группа
stu-col-provider = Организация
stu-col-status = Статус
stu-col-requested = Заявка подана
stu-col-replaces = Заменяет часов
stu-waitlist-position = № { $position } в листе ожидания
stu-history = История
stu-step-at = Когда
stu-step-who = Кто
stu-step-action = Действие
stu-step-status = Статус
stu-step-reason = Причина
stu-withdraw-request = Отозвать заявку
stu-withdraw-student = Отчислить
stu-withdraw-request-confirm = Отозвать заявку на курс «{ $programme }» (группа «{ $group }»)? Школа, которая ведёт группу, больше не увидит ученика.
stu-withdraw-student-confirm = Отчислить ученика из группы «{ $group }» курса «{ $programme }»? Место в группе освободится и будет предложено первому в листе ожидания.
stu-withdraw-reason = Причина

## Посещаемость
stu-attendance = Посещаемость
stu-attendance-empty = Ученик пока не зачислен ни в одну сетевую группу
stu-attendance-marks = Отметки по датам занятий
stu-attendance-none-yet = Занятий ещё не было.
stu-attendance-tally = Прошло занятий: { $held } · присутствовал: { $present } · опоздания: { $late } · пропуски: { $absent } (по уважительной причине: { $excused })
stu-mark-none = отметки нет

## Индивидуальный учебный план
iup-title = Индивидуальный учебный план
iup-year = Учебный год
iup-print = Печать
iup-pdf = Скачать PDF
iup-heading = { $year } учебный год · учебная неделя: { $week }
iup-home-missing = Часы учебного плана школы не указаны
iup-home-missing-body = Укажите недельные часы учебного плана для класса ученика на этот год — без них нагрузка считается неполной.
iup-col-part = Часть плана, курс
iup-col-org = Организация
iup-col-teacher = Учитель
iup-col-hours = Часов в неделю
iup-home = Учебный план школы
iup-instead-of = вместо { $hours } ч учебного плана школы
iup-replaced = Заменено сетевыми курсами
iup-total = Итого в неделю
iup-limit = Допустимо по СанПиН 1.2.3685-21 ({ $grade } класс)
iup-limit-none = не допускается
iup-within = в пределах нормы
iup-over = превышает норму
iup-no-courses = В этом учебном году ученик не зачислен на сетевые курсы.

## Заявка на зачисление в сетевую группу
req-title = Запись в сетевую группу
req-network = Сеть
req-network-choose = Выберите сеть
req-group = Группа
req-group-choose = Выберите группу
req-group-option = { $name } — { $programme }, { $provider }, { $dates }, мест: { $seats }
req-no-groups = В этой сети пока нет групп.
req-seats = мест: { $seats }
req-replaces = Заменяет часов в неделю
req-replaces-hint = Часы учебного плана, которые курс заменяет (например, уроки технологии); 0 — курс добавляется к нагрузке.
req-replaces-invalid = Укажите число часов от 0 до 40.
req-reason = Основание или комментарий
req-reason-hint = Например: заявление родителей от 28.08.2026
req-checks = Проверка условий зачисления
req-preview-idle = Выберите группу — условия зачисления проверятся сразу.
req-preview-failed = Не удалось проверить условия
req-load = Недельная нагрузка с курсом
req-load-home = Учебный план школы
req-load-replaced = Заменяется курсами
req-load-network = Сетевые курсы
req-load-total = Итого
req-load-limit = Допустимо
req-waitlist = В группе нет свободных мест
req-waitlist-body = Заявку можно отправить: ученик встанет в лист ожидания и получит место, когда оно освободится.
req-blocked = Заявку отправить нельзя
req-blocked-body = Условия, отмеченные красным, не выполнены. Исправьте их или выберите другую группу.
req-send = Отправить заявку
req-sending = Отправка…
