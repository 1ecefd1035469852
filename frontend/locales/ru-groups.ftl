# ru: groups

## Статусы зачисления и отметки посещаемости

enr-status-requested = Заявка подана
enr-status-approved = Зачислен
enr-status-waitlisted = В листе ожидания
enr-status-rejected = Отклонено
enr-status-active = Обучается
enr-status-completed = Завершил обучение
enr-status-withdrawn = Прекращено
att-mark-present = Присутствовал(а)
att-mark-late = Опоздал(а)
att-mark-absent_excused = Отсутствовал(а) по уважительной причине
att-mark-absent_unexcused = Отсутствовал(а) без уважительной причины
att-sym-present = +
att-sym-late = оп
att-sym-absent_excused = у
att-sym-absent_unexcused = н

## Зачисление в группу

enr-title = Зачисление
enr-seats = Занято мест: { $taken } из { $capacity }
enr-tab-requests = Заявки
enr-tab-waitlist = Лист ожидания
enr-tab-enrolled = Зачислены
enr-tab-closed = Завершили / отчислены / отклонены
enr-empty-requests = Новых заявок нет
enr-empty-waitlist = Лист ожидания пуст
enr-empty-enrolled = Пока никто не зачислен
enr-empty-closed = Завершивших, отчисленных и отклонённых нет
enr-col-position = Очередь
enr-col-student = Обучающийся
enr-col-requested = Заявка от
enr-col-status = Статус
enr-col-checks = Условия зачисления
enr-class = { $grade }{ $letter }
enr-history = История
enr-history-empty = Шагов пока нет
enr-history-reason = Причина: { $reason }
enr-action-request = Заявка подана
enr-action-approve = Зачислен
enr-action-waitlist = Поставлен в лист ожидания
enr-action-reject = Заявка отклонена
enr-action-withdraw = Прекращено
enr-action-complete = Обучение завершено
enr-action-offer = Предложено освободившееся место
enr-checks-loading = Проверяем условия…
enr-checks-failed = Не удалось проверить условия
enr-checks-all-passed = Все условия выполнены
enr-checks-passed = Выполненные условия
enr-load = Нагрузка с курсом: { $total } ч в неделю при допустимых { $limit }
enr-load-no-limit = Нагрузка с курсом: { $total } ч в неделю
enr-do-approve = Зачислить
enr-do-waitlist = В лист ожидания
enr-do-reject = Отклонить
enr-do-withdraw = Отчислить
enr-do-withdraw-request = Отозвать заявку
enr-do-complete = Завершить обучение
enr-step-approve-title = Зачислить в группу?
enr-step-approve-body = Обучающийся: { $name }. Все условия зачисления будут проверены ещё раз, место в группе занимается сразу.
enr-step-waitlist-title = Поставить в лист ожидания?
enr-step-waitlist-body = Обучающийся: { $name }. Свободных мест нет: заявка встанет в конец листа ожидания, а освободившееся место предложат первому в очереди.
enr-step-reject-title = Отклонить заявку?
enr-step-reject-body = Обучающийся: { $name }. Укажите причину отказа — её увидит школа обучающегося.
enr-step-withdraw-title = Отчислить из группы?
enr-step-withdraw-body = Обучающийся: { $name }. Место в группе освободится и будет предложено первому в листе ожидания.
enr-step-withdraw-request-title = Отозвать заявку?
enr-step-withdraw-request-body = Обучающийся: { $name }. Заявка на зачисление будет отозвана.
enr-step-complete-title = Завершить обучение?
enr-step-complete-body = Обучающийся: { $name }. Обучение в группе будет отмечено как завершённое.
enr-done-approve = Зачислен(а): { $name }
enr-done-waitlist = В листе ожидания: { $name }
enr-done-reject = Заявка отклонена: { $name }
enr-done-withdraw = Отчислен(а): { $name }
enr-done-withdraw-request = Заявка отозвана: { $name }
enr-done-complete = Обучение завершено: { $name }
enr-reason-required = Причина (обязательно)
enr-reason-optional = Причина (необязательно)
enr-stale-body = Пока вы принимали решение, заявку изменили. Список загружен заново: проверьте её и повторите действие.

## Посещаемость группы

att-title = Посещаемость
att-col-student = Обучающийся
att-col-share = Пропуски
att-off = Не в группе в этот день (ещё не зачислен или уже отчислен)
att-legend = Обозначения
att-untaken = Журнал не заполнен
att-cancelled = Занятие отменено
att-untaken-count = { $count } { $count ->
    [one] занятие без отметки
    [few] занятия без отметки
   *[many] занятий без отметки
}
att-empty-students = В группе пока нет зачисленных
att-empty-sessions = Занятий пока нет

## Журнал посещаемости занятия

reg-title = Журнал посещаемости
reg-count = Отмечено { $marked } из { $total }
reg-all-present = Все присутствуют
reg-all-present-hint = Отметить присутствующими всех, у кого ещё нет отметки
reg-keys = Клавиши: ↑ ↓ — выбор ученика; 1–4 или П, О, У, Н — отметка и переход к следующему.
reg-col-no = №
reg-col-student = Обучающийся
reg-col-mark = Отметка
reg-marks-of = Отметка: { $name }
reg-mark-present = Присутствует
reg-mark-late = Опоздал
reg-mark-absent_excused = Уважительная
reg-mark-absent_unexcused = Неуважительная
reg-taken = Журнал заполнил(а) { $who }, { $when }
reg-updated = Последнее изменение: { $who }, { $when }
reg-untaken = Журнал ещё не заполнен
reg-reason = Причина исправления
reg-reason-hint = С окончания занятия прошло больше 48 часов: исправление сохраняется только с причиной и попадает в журнал аудита.
reg-save = Сохранить журнал
reg-saved = Журнал сохранён
reg-need-all = Отметьте всех обучающихся, чтобы сохранить журнал
reg-need-reason = Укажите причину исправления
reg-unchanged = Изменений нет
reg-not-ended = Занятие ещё не закончилось
reg-not-ended-body = Посещаемость отмечают после окончания занятия.
reg-readonly = Только просмотр
reg-readonly-body = Журнал заполняют учителя группы и администрация школы, которая её ведёт.
reg-empty = В журнале занятия нет обучающихся
reg-stale-body = Пока вы отмечали, журнал изменил другой пользователь. Загрузите актуальную версию и внесите отметки заново.
