## Setka — русский интерфейс (основной язык).
## Ключи en.ftl совпадают с этими; тест `locales_have_the_same_keys` следит за этим.

app-name = Сетка
app-tagline = Сетевое взаимодействие образовательных организаций
page-title = { $page } — Сетка

## Навигация и шапка

nav-label = Основная навигация
nav-toggle = Показать или скрыть навигацию
nav-organizations = Организации
nav-my-school = Моя школа
nav-networks = Сети
nav-users = Пользователи
nav-audit = Журнал аудита
nav-api-docs = Документация API
lang-label = Язык интерфейса
lang-ru = Русский
lang-en = English
user-menu = Меню пользователя
user-logout = Выйти
user-signed-in-as = Вы вошли как { $name }

## Роли

role-admin = Администратор
role-authority = Орган управления образованием
role-coordinator = Координатор сети
role-school_admin = Администрация школы
role-teacher = Учитель
role-integration = Интеграция

## Типы организаций

kind-school = Школа
kind-lyceum = Лицей
kind-gymnasium = Гимназия
kind-branch = Филиал
kind-additional_education = Организация дополнительного образования
kind-college = Колледж
kind-university = Вуз
kind-culture = Учреждение культуры
kind-sport = Спортивная организация
kind-science = Научная организация
kind-other = Другое

## Вход

login-title = Вход в систему
login-subtitle = Сетевое взаимодействие школ: организации, сети, программы и отчёты.
login-username = Имя пользователя
login-password = Пароль
login-submit = Войти
login-submitting = Вход…
login-required = Введите имя пользователя и пароль.
login-footer = Доступ выдаёт администратор системы или орган управления образованием.

## Общее

common-loading = Загрузка…
common-save = Сохранить
common-saving = Сохранение…
common-cancel = Отмена
common-edit = Изменить
common-delete = Удалить
common-yes = Да
common-no = Нет
common-not-set = не указано
common-required = Обязательное поле
common-show-more = Показать ещё
common-retry = Повторить
common-close = Закрыть
common-search = Поиск
common-clear = Очистить
common-actions = Действия

## Ошибки

error-title = Не удалось выполнить запрос
error-network = Сервер недоступен. Проверьте подключение к сети и повторите попытку.
error-unexpected = Сервер вернул неожиданный ответ (код { $status }).
error-request-id = Код запроса для службы поддержки: { $id }
error-form-title = Проверьте выделенные поля
error-stale-title = Запись изменил другой пользователь
error-stale-body = Пока вы редактировали, запись изменилась. Загрузите актуальную версию и внесите изменения заново.
error-stale-reload = Загрузить актуальную версию

## Список организаций

orgs-title = Организации
orgs-subtitle = Школы и другие организации, участвующие в сетевом взаимодействии.
orgs-search = Название, ИНН или внешний идентификатор
orgs-filter-kind = Тип
orgs-filter-kind-any = Все типы
orgs-filter-municipality = Муниципалитет
orgs-filter-municipality-any = Все муниципалитеты
orgs-filter-active = Статус
orgs-filter-active-any = Любой статус
orgs-filter-active-yes = Действующие
orgs-filter-active-no = Неактивные
orgs-filter-low-results = Только ШНОР
orgs-filter-adverse = Только ШНСУ
orgs-sort = Сортировка
orgs-sort-name = По названию, А–Я
orgs-sort-name-desc = По названию, Я–А
orgs-sort-created = Сначала давно добавленные
orgs-sort-created-desc = Сначала недавно добавленные
orgs-create = Добавить организацию
orgs-shown = Показано { $count } { $count ->
    [one] организация
    [few] организации
   *[many] организаций
}
orgs-shown-more = { orgs-shown }, есть ещё
orgs-empty-title = Организации не найдены
orgs-empty-body = Измените условия поиска или сбросьте фильтры.
orgs-reset = Сбросить фильтры
col-name = Название
col-kind = Тип
col-municipality = Муниципалитет
col-inn = ИНН
col-flags = Признаки
label-low-results = ШНОР
label-low-results-hint = Школа с низкими образовательными результатами
label-adverse = ШНСУ
label-adverse-hint = Школа, функционирующая в неблагоприятных социальных условиях
label-inactive = Неактивна
label-branch-of = Филиал организации «{ $name }»

## Карточка организации

org-details = Сведения
org-full-name = Полное наименование
org-short-name = Краткое наименование
org-kind = Тип организации
org-parent = Головная организация
org-municipality = Муниципалитет
org-inn = ИНН
org-address = Адрес
org-low-results = ШНОР — школа с низкими образовательными результатами
org-adverse = ШНСУ — школа, функционирующая в неблагоприятных социальных условиях
org-external-id = Внешний идентификатор
org-active = Действующая организация
org-status = Статус
org-status-active = Действует
org-status-inactive = Неактивна
org-updated = Последнее изменение
org-version = Версия записи { $version }
org-created = Организация «{ $name }» добавлена.
org-saved = Изменения сохранены.
org-delete-confirm = Удалить организацию «{ $name }»? Запись останется в журнале аудита.
org-deleted = Организация удалена.
org-back = К списку организаций
figures-title = Контингент по учебным годам
figures-year = Учебный год
figures-students = Обучающихся
figures-teachers = Педагогов
figures-empty = Данные о контингенте ещё не внесены.

## Форма организации

form-create-title = Новая организация
form-edit-title = Изменение сведений
form-select-placeholder = Выберите…
form-no-parent = Нет головной организации
form-parent-hint = Указывается для филиала.
form-inn-hint = 10 цифр; контрольная цифра проверяется.
form-external-id-hint = Идентификатор в региональной системе; уникален в пределах муниципалитета.
form-restricted-hint = Тип, подчинённость, муниципалитет, признаки ШНОР/ШНСУ, внешний идентификатор и статус может изменить только орган управления образованием.
form-section-main = Основные сведения
form-section-status = Статус и признаки
form-section-integration = Интеграция

## Сотрудники

staff-title = Сотрудники
staff-count = { $count } { $count ->
    [one] сотрудник
    [few] сотрудника
   *[many] сотрудников
}
staff-add = Добавить сотрудника
staff-add-title = Новый сотрудник
staff-last-name = Фамилия
staff-first-name = Имя
staff-patronymic = Отчество
staff-position = Должность
staff-position-hint = Например: учитель, заместитель директора по УВР, методист.
staff-subjects = Предметы
staff-subjects-hint = Через запятую: Технология, Информатика.
staff-empty = Сотрудники ещё не внесены.
staff-network-only = Школа — партнёр по сети: показаны только педагоги, которые ведут занятия в общих сетях.
staff-added = Сотрудник { $name } добавлен.
col-staff-name = ФИО
col-position = Должность
col-subjects = Предметы
col-account = Учётная запись
staff-has-account = Есть

## Пользователи

users-title = Пользователи
users-subtitle = Учётные записи сотрудников и сервисные учётные записи.
users-search = Имя пользователя или ФИО
col-username = Логин
col-display-name = Имя
col-role = Роль
col-user-status = Статус
user-active = Активна
user-disabled = Заблокирована
users-empty = Пользователи не найдены.
users-shown = Показано { $count } { $count ->
    [one] пользователь
    [few] пользователя
   *[many] пользователей
}

## Журнал аудита

audit-title = Журнал аудита
audit-subtitle = Кто, когда и что изменил. Записи нельзя изменить или удалить.
col-at = Время
col-actor = Пользователь
col-action = Действие
col-entity = Объект
audit-empty = Записей пока нет.
audit-shown = Показано { $count } { $count ->
    [one] запись
    [few] записи
   *[many] записей
}
audit-action-create = Создание
audit-action-update = Изменение
audit-action-delete = Удаление
audit-action-read = Просмотр
audit-action-login = Вход
audit-action-login_failed = Неудачный вход
audit-action-logout = Выход
audit-action-refresh = Продление сеанса
audit-action-reset_password = Сброс пароля
entity-organization = Организация
entity-staff = Сотрудник
entity-user = Пользователь
entity-municipality = Муниципалитет
entity-session = Сеанс
entity-organization_figures = Контингент
entity-figures = Контингент

## Сети

nets-title = Сети
nets-subtitle = Сетевые объединения образовательных организаций: участники, роли и сроки работы.
nets-search = Название или цель сети
nets-create = Создать сеть
nets-empty-title = Сетей пока нет
nets-empty-body = Здесь появятся сети, в которых участвует ваша организация или которые работают в вашем муниципалитете.
nets-shown = { $count ->
    [one] Показана { $count } сеть
    [few] Показано { $count } сети
   *[many] Показано { $count } сетей
}
nets-shown-more = { nets-shown }, есть ещё
col-net-name = Название
col-net-model = Модель
col-net-period = Срок работы
col-net-status = Статус
period-open = с { $from }
model-resource_centre = Ресурсный центр
model-cooperation = Кооперация
model-mixed = Кооперация с элементами ресурсных центров
model-mentoring = Партнёр – спутник (наставничество)
net-status-planned = Планируется
net-status-active = Действует
net-status-closed = Завершена
member-role-coordinator = Координатор
member-role-resource_centre = Ресурсный центр
member-role-participant = Участник
member-role-partner = Школа-партнёр
member-role-satellite = Школа-спутник
member-role-social_partner = Социальный партнёр
member-group-coordinator = Координатор
member-group-resource_centre = Ресурсные центры
member-group-participant = Участники
member-group-partner = Школы-партнёры
member-group-satellite = Школы-спутники
member-group-social_partner = Социальные партнёры

## Карточка сети

net-back = К списку сетей
net-details = Описание сети
net-municipality = Муниципалитет
net-model = Модель
net-goal = Цель
net-tasks = Задачи
net-results = Ожидаемые результаты
net-period = Срок работы
net-status = Статус
net-updated = Последнее изменение
net-created = Сеть «{ $name }» создана.
net-saved = Изменения сохранены.
net-delete-confirm = Удалить сеть «{ $name }» вместе с составом участников? Запись останется в журнале аудита.
net-members = Участники сети
net-members-count = { $count } { $count ->
    [one] организация
    [few] организации
   *[many] организаций
}
net-members-empty = В сети пока нет участников.
net-map = Карта сети
net-map-hint = Кто кого обслуживает: координатор вверху, ниже — ресурсные центры и школы-партнёры, под ними — школы, с которыми они работают.
net-map-servers = Ресурсный центр, школа-партнёр
net-map-served = Участник, школа-спутник
col-member-org = Организация
col-member-joined = Вступила
col-member-left = Вышла
col-member-mentor = Школа-партнёр
member-until-end = до окончания работы сети

## Состав сети

member-add = Добавить участника
member-add-title = Новый участник сети
member-edit-title = Изменение участия: { $name }
member-org = Организация
member-role = Роль в сети
member-joined = Дата вступления
member-left = Дата выхода
member-left-hint = Пусто — до окончания работы сети.
member-mentor = Школа-партнёр
member-mentor-hint = В сети наставничества школа-спутник закрепляется за школой-партнёром.
member-added = «{ $name }» теперь в сети.
member-saved = Участие «{ $name }» изменено.
member-removed = «{ $name }» исключена из состава сети.
member-remove-confirm = Удалить запись об участии «{ $name }»? Чтобы отметить выход из сети, лучше укажите дату выхода.
member-rule-title = Изменение нарушает правила сети
member-edit = Изменить участие
member-remove = Удалить участие

## Форма сети

net-form-create-title = Новая сеть
net-form-edit-title = Изменение сети
net-form-name = Название сети
net-form-tasks-hint = По одной задаче в строке.
net-form-results-hint = По одному результату в строке.
net-form-period-from = Начало работы
net-form-period-to = Окончание работы
net-form-period-to-hint = Пусто — сеть работает бессрочно.
net-form-coordinator = Школа-координатор
net-form-coordinator-hint = Координатор входит в сеть на весь срок её работы; остальных участников добавьте на странице сети.
net-form-section-main = Основные сведения
net-form-section-content = Цель, задачи и результаты
net-form-section-period = Срок работы и координатор

## Программы

prog-title = Программы
prog-code = Код
prog-name = Программа, модуль
prog-subject = Предметная область
prog-grades = Классы
prog-hours = Часов всего / в неделю
prog-providers = Реализуют
prog-status = Статус
prog-count = { $count } { $count ->
    [one] программа
    [few] программы
   *[many] программ
}
prog-search = Код, название или модуль
prog-add = Добавить программу
prog-empty = В сети пока нет программ.
prog-none-found = Программы не найдены. Измените условия поиска.
prog-details = Сведения о программе
prog-module = Модуль
prog-level = Уровень образования
prog-level-value = { $level } ({ $from }–{ $to } классы)
prog-grades-value = { $from }–{ $to } классы
prog-hours-title = Объём
prog-hours-value = { $total } ч всего, { $weekly } ч в неделю
prog-delivery = Форма реализации
prog-assessment = Форма аттестации
prog-version = Версия записи
prog-created = Программа «{ $name }» добавлена.
prog-saved = Изменения программы сохранены.
prog-delete-confirm = Удалить программу «{ $name }»? Запись останется в журнале аудита.
prog-status-draft = Черновик
prog-status-approved = Утверждена
prog-status-archived = В архиве
level-noo = Начальное общее образование (НОО)
level-ooo = Основное общее образование (ООО)
level-soo = Среднее общее образование (СОО)
level-do = Дополнительное образование (ДО)
delivery-in_person = Очно
delivery-distance = Дистанционно
delivery-blended = Очно с применением дистанционных технологий
assessment-pass_fail = Зачёт / незачёт
assessment-grade5 = Пятибалльная отметка
assessment-score100 = 100-балльная шкала
assessment-levels = Уровни освоения

## Форма программы

prog-form-create-title = Новая программа
prog-form-edit-title = Изменение программы «{ $name }»
prog-form-title = Название
prog-form-code-hint = Уникален в пределах сети, например ТЕХ-РОБ.
prog-form-module-hint = Если программа — модуль курса, например «Робототехника».
prog-form-subject-hint = Например: Технология, Естественные науки.
prog-form-grades-hint = { $level }: { $from }–{ $to } классы.
prog-form-hours-hint = Можно дробное: 0,5.
prog-form-providers-hint = Организации сети, которые ведут занятия.
prog-form-external-id-hint = Идентификатор в региональной системе.
prog-form-section-main = Программа
prog-form-section-scope = Уровень, классы и объём
prog-form-section-providers = Кто реализует
prog-grade-from = Классы: с
prog-grade-to = Классы: по
prog-grades-outside-level = Вне уровня: для «{ $level }» — { $from }–{ $to } классы
prog-total-hours = Часов всего
prog-hours-week = Часов в неделю

## Договоры

agr-section-title = Договоры
agr-section-hint = Договоры о сетевой форме реализации программ и соглашения, которые вы можете просматривать.
agr-count = { $count } { $count ->
    [one] договор
    [few] договора
   *[many] договоров
}
agr-add = Новый договор
agr-empty = Договоров пока нет.
agr-col-number = Договор
agr-col-parties = Стороны
agr-base-short = (базовая организация)
agr-title = Договор № { $number } от { $date }
agr-title-no-number = Договор без номера от { $date }
agr-kind = Вид договора
agr-kind-network_programme = Договор о сетевой форме реализации образовательных программ
agr-kind-cooperation = Соглашение о сотрудничестве
agr-kind-resource_use = Договор об использовании ресурсов
agr-status = Статус
agr-status-draft = Черновик
agr-status-awaiting_signatures = Ожидает подписей
agr-status-active = Действует
agr-status-expired = Срок действия истёк
agr-status-terminated = Расторгнут
agr-term = Срок действия
agr-term-value = с { $from } по { $to }
agr-number = Номер
agr-date = Дата заключения
agr-network = Сеть
agr-base = Базовая организация
agr-participant = Организация-участник
agr-participants = Организации-участники
agr-terminated = Расторжение
agr-updated = Последнее изменение
agr-details = Реквизиты договора
agr-version-original = Договор
agr-supplementary-no = Дополнительное соглашение № { $number }
agr-versions-title = Версии договора
agr-versions-hint = Дополнительное соглашение — новая версия договора; прежние версии остаются доступными.

## Содержание договора (ст. 15 273-ФЗ)

agr-content-title = Содержание договора
agr-content-hint = Разделы, которые договор о сетевой форме должен содержать по части 3 статьи 15 Федерального закона № 273-ФЗ.
agr-s1 = Образовательные программы
agr-s1-programmes = Реализуемые программы и их части
agr-s1-description = Вид, уровень и направленность программ
agr-s2 = Статус обучающихся и правила приёма
agr-s3 = Условия и порядок осуществления образовательной деятельности
agr-s4 = Документы, выдаваемые по завершении обучения
agr-s5 = Срок действия, порядок изменения и прекращения договора
agr-student-status = Статус обучающихся
agr-admission-rules = Правила приёма на обучение
agr-conditions = Условия и порядок
agr-obligations = Обязанности сторон и используемые ресурсы
agr-resource-kind = Ресурс
agr-resource-volume = Объём
agr-document = Документ
agr-issued-by = Выдаёт
agr-change-procedure = Порядок изменения
agr-termination-procedure = Порядок прекращения и расторжения
agr-no-programmes = Программы не указаны.
agr-programme-gone = Программа удалена из сети
agr-mappings-title = Правила перевода результатов
agr-mappings-hint = Как результат в форме аттестации организации-участника переводится в отметку базовой организации при зачёте.
agr-mappings-empty = Правила не заданы: при зачёте потребуется переаттестация или решение с обоснованием.
agr-mapping-condition = Результат у организации-участника
agr-mapping-to = Отметка в базовой организации
agr-step-at-least = не ниже { $value }
agr-step-equals = «{ $value }»

## Подписи

agr-signatures-title = Подписи сторон
agr-signed-count = подписали { $signed } из { $count }
agr-hash-label = Хэш содержания (SHA-256)
agr-hash-verified = Совпадает с текстом на этой странице: проверено в браузере.
agr-hash-mismatch = Хэш не совпадает с текстом на этой странице. Не подписывайте договор и обновите страницу.
agr-signed-at = Подписано { $at }
agr-signed-hash = Подписан хэш
agr-signed-current = Текущая редакция
agr-signed-old = Прежняя редакция
agr-sign-awaited = Ожидается подпись
agr-sign-after-submit = Подписание начнётся после отправки на подпись
agr-sign-none = Не подписан
agr-sign-for = Подписать за { $org }
agr-sign-title = Подписание за { $org }
agr-sign-intro = Подпись { $org } под договором № { $number } от { $date } закрепит текст договора с этим хэшем:
agr-sign-hash-hint = Если текст изменится, хэш станет другим и подпись к новому тексту относиться не будет.
agr-sign-read = Я ознакомился(-лась) с текстом договора и подписываю его за { $org }
agr-sign-confirm = Подписать
agr-waiting-start = Все стороны подписали договор. Он вступит в силу { $date }.

## Действия с договором

agr-submit = Отправить на подпись
agr-return = Вернуть в черновик
agr-return-title = Вернуть договор в черновик?
agr-return-body = Все подписи будут сняты. После изменений договор нужно будет снова отправить на подпись, и каждая сторона подпишет его заново.
agr-terminate = Расторгнуть
agr-terminate-title = Расторжение договора
agr-terminate-body = Укажите дату расторжения в пределах срока действия (с { $from } по { $to }) и основание.
agr-terminate-on = Дата расторжения
agr-terminate-reason = Основание
agr-new-version = Дополнительное соглашение
agr-new-version-title = Дополнительное соглашение
agr-new-version-body = Будет создан черновик новой версии с текстом действующего договора. Действующая версия остаётся в силе, пока все стороны не подпишут новую.
agr-new-version-go = Создать черновик
agr-notice-created = Черновик договора сохранён.
agr-notice-saved = Изменения черновика сохранены.
agr-notice-submitted = Договор отправлен на подпись сторонам.
agr-notice-signed = Подпись поставлена.
agr-notice-signed-active = Подпись поставлена. Все стороны подписали договор — он действует.
agr-notice-returned = Договор возвращён в черновик, подписи сняты.
agr-notice-terminated = Договор расторгнут.
agr-ready = Все обязательные разделы заполнены: договор можно отправить на подпись.
agr-not-ready = Перед отправкой на подпись заполните:
agr-incomplete-intro = Договор не отправлен на подпись. Не хватает:
agr-missing-number = номера договора
agr-missing-student_status = статуса обучающихся (раздел 2)
agr-missing-admission_rules = правил приёма (раздел 2)
agr-missing-conditions = условий и порядка осуществления деятельности (раздел 3)
agr-missing-obligations = обязанностей сторон (раздел 3)
agr-missing-completion_documents = документов, выдаваемых по завершении обучения (раздел 4)
agr-missing-change_procedure = порядка изменения договора (раздел 5)
agr-missing-termination_procedure = порядка прекращения договора (раздел 5)
agr-missing-programmes = хотя бы одной образовательной программы (раздел 1)
agr-missing-participants = хотя бы одной организации-участника кроме базовой
agr-not-party-obligations = обязанности указаны для организации, которая не является стороной договора (раздел 3)
agr-not-party-completion_documents = документ выдаёт организация, которая не является стороной договора (раздел 4)
agr-problem-term = срок действия: дата окончания раньше даты начала (раздел 5)
agr-problem-mapping-step = в правиле перевода результатов у каждого шага должно быть ровно одно условие

## Форма договора

agr-form-create-title = Новый договор
agr-form-intro = Черновик можно сохранять неполным. Перед отправкой на подпись все разделы, которые требует ст. 15 273-ФЗ, должны быть заполнены.
agr-form-supplementary-hint = Это дополнительное соглашение: новая редакция договора. Измените то, что меняется, и отправьте её на подпись.
agr-form-section-details = Реквизиты
agr-form-section-parties = Стороны договора
agr-s1-form = 1. Образовательные программы
agr-s2-form = 2. Статус обучающихся и правила приёма
agr-s3-form = 3. Условия и порядок, обязанности и ресурсы сторон
agr-s4-form = 4. Документы по завершении обучения
agr-s5-form = 5. Срок действия, изменение и расторжение
agr-number-hint = Можно указать позже, до отправки на подпись.
agr-base-hint = Организация, в которой обучающиеся числятся (домашняя школа).
agr-base-locked-hint = Администрация школы составляет договор со своей школой в качестве базовой организации.
agr-participants-hint = Организации, которые реализуют части программ.
agr-programmes-hint = Программы сети, которые реализуются по этому договору.
agr-programmes-none = В сети ещё нет программ: добавьте их на странице сети.
agr-description-hint = Например: часть ООП ООО, предметная область «Технология», модули «Робототехника» и «Компьютерная графика».
agr-student-status-hint = Например: обучающиеся остаются обучающимися базовой организации и не зачисляются в организацию-участника.
agr-party = Сторона
agr-duties = Обязанности
agr-duties-hint = Что делает сторона: реализует модуль, ведёт учёт посещаемости, засчитывает результаты…
agr-resources = Ресурсы стороны (вид и объём)
agr-resource-add = Добавить ресурс
agr-resource-remove = Удалить ресурс
agr-obligation-no = Сторона { $number }
agr-obligation-add = Добавить обязанности стороны
agr-obligation-remove = Удалить обязанности стороны
agr-document-add = Добавить документ
agr-document-remove = Удалить документ
agr-valid-from = Действует с
agr-valid-to = Действует по
agr-mapping-no = Правило { $number }
agr-mapping-add = Добавить правило перевода
agr-mapping-remove = Удалить правило
agr-mapping-source = Форма у организации-участника
agr-mapping-target = Форма в базовой организации
agr-mapping-steps = Шаги: условие → отметка
agr-step-mode = Условие
agr-step-mode-equals = Результат равен
agr-step-mode-at-least = Баллов не меньше
agr-step-value = Значение
agr-step-value-hint = Например: зачтено или 85.
agr-step-result = Отметка
agr-step-add = Добавить шаг
agr-step-remove = Удалить шаг
agr-save-draft = Сохранить черновик
agr-edit-not-draft = Изменять можно только черновик. Чтобы изменить действующий договор, оформите дополнительное соглашение.
agr-back-to-agreement = Вернуться к договору

## 404

notfound-title = Страница не найдена
notfound-body = Такой страницы нет или у вас нет к ней доступа.
notfound-home = На главную

## Документы

doc-title = Документы
doc-hint = Сканы, приложения, рабочие программы, положения и приказы
doc-empty = Документов пока нет
doc-col-title = Документ
doc-col-kind = Вид
doc-col-file = Файл
doc-col-uploaded = Загружен
doc-download = Скачать
doc-open = Открыть
doc-delete-confirm = Удалить документ «{ $title }»? Файл будет удалён безвозвратно.
doc-upload = Загрузить
doc-uploading = Загрузка…
doc-add = Добавить документ
doc-file = Файл
doc-file-types = PDF, Word, Excel, OpenDocument, RTF, JPEG, PNG или текст
doc-kind = Вид документа
doc-name = Название
doc-name-hint = Необязательно: по умолчанию — имя файла
doc-choose-file = Выберите файл для загрузки
doc-uploaded = Документ «{ $title }» загружен
doc-deleted = Документ «{ $title }» удалён
doc-by = { $name }, { $when }
doc-kind-scan = Скан подписанного документа
doc-kind-annex = Приложение
doc-kind-work_programme = Рабочая программа
doc-kind-regulation = Положение
doc-kind-order = Приказ
doc-kind-protocol = Протокол
doc-kind-other = Другое

## Дни недели и месяцы

wd-mon = пн
wd-tue = вт
wd-wed = ср
wd-thu = чт
wd-fri = пт
wd-sat = сб
wd-sun = вс
wd-full-mon = Понедельник
wd-full-tue = Вторник
wd-full-wed = Среда
wd-full-thu = Четверг
wd-full-fri = Пятница
wd-full-sat = Суббота
wd-full-sun = Воскресенье
month-1 = Январь
month-2 = Февраль
month-3 = Март
month-4 = Апрель
month-5 = Май
month-6 = Июнь
month-7 = Июль
month-8 = Август
month-9 = Сентябрь
month-10 = Октябрь
month-11 = Ноябрь
month-12 = Декабрь
month-gen-1 = января
month-gen-2 = февраля
month-gen-3 = марта
month-gen-4 = апреля
month-gen-5 = мая
month-gen-6 = июня
month-gen-7 = июля
month-gen-8 = августа
month-gen-9 = сентября
month-gen-10 = октября
month-gen-11 = ноября
month-gen-12 = декабря

## Календарный учебный график

cal-title = Календарный учебный график
cal-open = Открыть график
cal-section-empty = Графики ещё не введены. Откройте график на учебный год, чтобы ввести четверти, каникулы и расписание звонков.
cal-year = Учебный год
cal-year-empty = { $year } (не введён)
cal-col-year = Учебный год
cal-col-terms = Периодов
cal-for-year = График на { $year } учебный год
cal-none = График на { $year } учебный год не введён
cal-none-hint = Заполните график: форма откроется с типовыми датами четвертей и каникул, их останется сверить с приказом школы.
cal-none-read = Школа ещё не ввела график на этот год.
cal-create = Заполнить график
cal-copy = Скопировать на следующий год
cal-copied = График скопирован на следующий учебный год. Проверьте даты: они перенесены на те же числа.
cal-saved = График сохранён
cal-deleted = График удалён
cal-delete-confirm = Удалить календарный учебный график на { $year } учебный год?
cal-missing = Заполните отмеченные поля
cal-typical-title = Форма заполнена типовыми датами
cal-typical-body = Четверти, каникулы и звонки взяты по обычному учебному году. Сверьте их с приказом об утверждении календарного учебного графика и исправьте.
cal-updated = Изменён
cal-week = Учебная неделя
cal-week-five = Пятидневная
cal-week-six = Шестидневная
cal-school-days = Учебных дней
cal-school-days-count = { $count } { $count ->
    [one] учебный день
    [few] учебных дня
   *[many] учебных дней
}
cal-school-days-in-year = { $count ->
    [one] учебный день в году
    [few] учебных дня в году
   *[many] учебных дней в году
}
cal-days-unknown = Число учебных дней появится, когда даты будут заполнены без пересечений.
cal-days-count = { $count } { $count ->
    [one] день
    [few] дня
   *[many] дней
}
cal-terms = Учебные периоды
cal-terms-hint = Четверти, триместры или полугодия с датами начала и окончания. Периоды не должны пересекаться.
cal-holidays = Каникулы и праздничные дни
cal-holidays-hint = Каникулы и нерабочие праздничные дни внутри учебных периодов. Однодневный праздник — одна и та же дата в обоих полях.
cal-bells = Расписание звонков
cal-bells-hint = Время уроков. Если в школе несколько смен, добавьте расписание для каждой; первое считается основным.
cal-col-name = Название
cal-col-from = Начало
cal-col-to = Окончание
cal-col-dates = Даты
cal-col-length = Длительность
cal-col-school-days = Учебных дней
cal-col-lesson = Урок
cal-col-start = Начало
cal-col-end = Конец
cal-col-time = Время
cal-col-break = Перемена после
cal-break-minutes = { $minutes } мин
cal-terms-add = Добавить период
cal-terms-remove = Удалить период
cal-terms-none = Периодов пока нет.
cal-terms-placeholder = 1 четверть
cal-holidays-add = Добавить каникулы или праздник
cal-holidays-remove = Удалить строку
cal-holidays-none = Каникулы не указаны.
cal-holidays-placeholder = Осенние каникулы
cal-bells-none = Расписание звонков не указано.
cal-bells-add = Добавить расписание звонков
cal-bells-remove = Удалить расписание
cal-bells-no = Расписание { $number }
cal-bells-name = Название расписания
cal-bells-name-placeholder = Основное, 1 смена…
cal-lesson-add = Добавить урок
cal-lesson-remove = Удалить урок
cal-fill-title = Заполнить по шаблону
cal-fill-hint = Уроки одной длины с одинаковыми переменами; потом можно поправить отдельные строки.
cal-fill-first = Начало 1-го урока
cal-fill-length = Урок, мин
cal-fill-pause = Перемена, мин
cal-fill-count = Уроков
cal-fill-apply = Заполнить
cal-fill-bad-first = Время в формате ЧЧ:ММ
cal-fill-bad-length = От 10 до 240 минут
cal-fill-bad-pause = От 0 до 120 минут
cal-fill-bad-count = От 1 до 12 уроков, не позже полуночи
cal-typical-term-1 = 1 четверть
cal-typical-term-2 = 2 четверть
cal-typical-term-3 = 3 четверть
cal-typical-term-4 = 4 четверть
cal-typical-autumn = Осенние каникулы
cal-typical-winter = Зимние каникулы
cal-typical-spring = Весенние каникулы
cal-typical-feb23 = День защитника Отечества
cal-typical-mar8 = Международный женский день
cal-typical-may1 = Праздник Весны и Труда
cal-typical-may9 = День Победы
cal-typical-schedule = Основное

## Сравнение календарных графиков

cmp-title = Сравнение календарных графиков
cmp-link = Сравнить календарные графики
cmp-entered = { $count ->
    [one] школы ввела календарный учебный график
   *[other] школ ввели календарный учебный график
}
cmp-found = Расхождений: по дням — { $days }, по периодам — { $terms }, по времени уроков — { $lessons }
cmp-too-few = Сравнивать пока нечего
cmp-too-few-body = Для сравнения нужны графики хотя бы двух школ сети на этот учебный год.
cmp-schools = Школы и учебные дни
cmp-schools-hint = Число учебных дней в году по графику каждой школы; в скобках — на сколько меньше, чем у школы с наибольшим числом.
cmp-days = Несовпадение учебных дней
cmp-days-hint = Дни, когда одни школы учатся, а у других каникулы, выходной или период не начался. Сетевые занятия в эти дни пропустят обучающиеся второй группы школ.
cmp-days-none = Учебные дни у всех школ совпадают.
cmp-terms = Границы учебных периодов
cmp-terms-hint = Периоды, даты которых различаются; выделены школы, у которых даты не такие, как у большинства.
cmp-terms-none = Границы учебных периодов у всех школ совпадают.
cmp-lessons = Время уроков
cmp-lessons-hint = Уроки основного расписания звонков, время которых различается; выделено время, которое не совпадает с большинством.
cmp-lessons-none = Время уроков у всех школ совпадает.
cmp-col-school = Школа
cmp-col-calendar = График
cmp-col-dates = Даты
cmp-col-teaching = Учатся
cmp-col-not-teaching = Не учатся
cmp-has-calendar = Введён
cmp-no-calendar = Не введён
cmp-day-off = Выходной день
cmp-outside-terms = Между учебными периодами
cmp-school-day = Учебный день
cmp-saturdays = { $count ->
    [one] { $count } суббота
    [few] { $count } субботы
   *[many] { $count } суббот
} ({ $from } – { $to })
cmp-term-no = { $number }-й период
cmp-lesson-no = { $number }-й урок
cmp-no-term = нет
cmp-no-lesson = нет

## Сетевые группы

group-title = Сетевые группы
group-count = { $count } { $count ->
    [one] группа
    [few] группы
   *[many] групп
}
group-empty = Групп пока нет. Группу формирует школа-исполнитель программы или координатор сети.
group-add = Создать группу
group-col-name = Группа
group-col-programme = Программа
group-col-provider = Исполнитель
group-col-teachers = Учителя
group-col-slots = Расписание
group-col-hours = Часы
group-details = Сведения о группе
group-programme = Программа
group-year = Учебный год
group-provider = Организация-исполнитель
group-provider-hint = Школа, которая ведёт программу; предлагаются исполнители выбранной программы.
group-name = Название группы
group-name-hint = Например: «Робототехника, 7 классы, группа 1».
group-capacity = Мест
group-teachers = Учителя
group-teachers-none = Учителя не назначены.
group-teachers-hint = Сетевой учитель может работать в любой школе сети: выберите школу, затем сотрудника.
group-teacher-school = Школа учителя
group-teacher-person = Сотрудник…
group-teacher-add = Добавить учителя
group-teacher-remove = Убрать учителя
group-teacher-staff-error = Не удалось получить список сотрудников этой школы
group-place = Место занятий
group-dates = Сроки
group-first-date = Начало занятий
group-last-date = Окончание занятий
group-dates-hint = Занятия формируются по дням недели из этих дат, кроме каникул и выходных по графику школы-исполнителя.
group-slots = Занятия по неделе
group-slots-none = Дни и время занятий не указаны.
group-slot-day = День недели
group-slot-start = Начало
group-slot-end = Окончание
group-slot-other-place = В другом месте
group-slot-add = Добавить день
group-slot-remove = Удалить день
group-participants = Школы обучающихся
group-participants-hint = Школы, чьи ученики ходят в группу: их календарные графики и звонки проверяются на совпадение с занятиями.
group-hours = Часы программы
group-form-create-title = Новая сетевая группа
group-form-edit-title = Группа «{ $name }»
group-form-section-main = Программа и группа
group-form-section-place = Место занятий
group-form-section-timetable = Сроки и расписание
group-form-section-participants = Обучающиеся
group-no-programmes = В сети нет программ, группы которых вы можете формировать
group-edit-regenerate-hint = После изменения дней, времени или сроков сформируйте расписание заново на странице группы: занятия с отметками посещаемости и изменённые вручную сохранятся.
group-created = Группа «{ $name }» создана
group-created-hint = Теперь сформируйте расписание: занятия будут созданы по дням недели с учётом календарного графика исполнителя.
group-saved = Изменения сохранены
group-delete-confirm = Удалить группу «{ $name }» вместе с её занятиями?
group-generate = Сформировать расписание
group-generating = Формирование…
group-generated = Расписание сформировано
group-generated-counts = Добавлено занятий: { $added }, изменено: { $updated }, удалено: { $deleted }, без изменений: { $unchanged }, сохранено изменённых вручную: { $kept }.
group-generated-hours = Всего { $sessions } занятий — { $planned } ч из { $programme } ч по программе.
group-week = Неделя в расписании
group-conflicts = { $count ->
    [one] { $count } конфликт в расписании группы
    [few] { $count } конфликта в расписании группы
   *[many] { $count } конфликтов в расписании группы
}
group-conflicts-open = Показать в недельном расписании
hours-value = { $planned } / { $programme } ч
hours-short = не хватает { $hours } ч
hours-over = на { $hours } ч больше
hours-exact = совпадает
hours-sessions = { $count } { $count ->
    [one] занятие
    [few] занятия
   *[many] занятий
}
place-kind = Где проходят занятия
place-kind-room = Кабинет
place-kind-resource = Общий ресурс сети
place-kind-online = Онлайн
place-organization = Организация
place-room-name = Кабинет
place-room-hint = Например: «каб. 214».
place-resource-name = Ресурс
place-resource-hint = Например: «Точка роста», «компьютерный класс».
place-url = Ссылка на онлайн-комнату
place-url-hint = Ссылка, по которой обучающиеся подключаются к занятию (Сферум, Яндекс Телемост…).
place-online = Онлайн
place-resource-text = { $name } ({ $org })

## Занятия группы

session-title = Занятия
session-count = { $count } { $count ->
    [one] занятие
    [few] занятия
   *[many] занятий
}
session-empty = Занятий пока нет
session-empty-hint = Нажмите «Сформировать расписание», чтобы создать занятия по дням недели группы, или добавьте занятие вручную.
session-empty-read = Расписание группы ещё не сформировано.
session-months = Месяцы
session-date = Дата
session-time = Время
session-place = Место
session-status = Статус
session-mark-planned = По расписанию
session-mark-moved = Перенесено
session-mark-added = Добавлено вручную
session-mark-cancelled = Отменено
session-moved-from = вместо { $date }
session-attendance-taken = посещаемость отмечена
session-move = Перенести
session-cancel = Отменить
session-restore = Вернуть
session-add = Добавить занятие
session-add-title = Новое занятие
session-move-title = Перенос занятия { $when }
session-cancel-title = Отмена занятия { $when }
session-other-place = В другом месте, чем обычно
session-reason = Причина отмены
session-reason-hint = Видна учителям и школам обучающихся, например: «карантин», «учитель на курсах».
session-moved = Занятие перенесено на { $when }
session-added = Добавлено занятие { $when }
session-cancelled = Занятие { $when } отменено
session-restored = Занятие { $when } возвращено в расписание

## Подписка на календарь

feed-subscribe = Подписаться в календаре
feed-download = Скачать .ics
feed-title = Подписка на занятия в календаре
feed-intro = Ссылку можно добавить в Яндекс Календарь, Google Календарь, Outlook или календарь телефона как подписку по адресу: занятия будут обновляться сами, в том числе переносы и отмены.
feed-create = Создать ссылку
feed-create-another = Создать ещё одну ссылку
feed-url = Адрес для подписки
feed-copy = Копировать
feed-copied = Скопировано
feed-open-app = Открыть в приложении календаря
feed-once = Ссылка показывается только сейчас
feed-once-body = Сохраните её: по ней календарь получает занятия без входа в систему. Если ссылка попала к посторонним, отключите её и создайте новую.
feed-existing = Созданные ссылки
feed-none = Ссылок для этой группы вы ещё не создавали.
feed-created-at = Создана { $when }
feed-used-at = последнее обращение { $when }
feed-never-used = календарь ещё не обращался
feed-revoke = Отключить

## Недельное расписание

tt-title = Расписание на неделю
tt-open = Недельное расписание
tt-prev = Предыдущая неделя
tt-next = Следующая неделя
tt-today = Сегодня
tt-by = Показать
tt-by-all = Вся сеть
tt-by-group = Группа
tt-by-teacher = Учитель
tt-by-place = Место
tt-by-organization = Организация
tt-gap = Время на переезд между школами
tt-gap-default = Переезд: по умолчанию
tt-gap-minutes = Переезд: { $minutes } мин
tt-sessions = { $count } { $count ->
    [one] занятие
    [few] занятия
   *[many] занятий
}
tt-cancelled = { $count ->
    [one] { $count } отменено
   *[other] { $count } отменены
}
tt-conflicts = { $count } { $count ->
    [one] конфликт
    [few] конфликта
   *[many] конфликтов
}
tt-empty = На этой неделе занятий нет.
tt-conflicts-title = Конфликты недели
tt-conflicts-hint = Учитель в двух местах сразу, занятое помещение, занятие в неучебный день или поперёк урока школы обучающихся, недостаточное время на переезд.
tt-no-conflicts = Конфликтов на этой неделе нет.
tt-col-date = День
tt-col-kind = Конфликт
tt-col-message = Что случилось
tt-col-groups = Группы
conflict-kind-teacher_double_booked = Учитель в двух местах
conflict-kind-place_double_booked = Помещение занято
conflict-kind-not_a_school_day = Неучебный день
conflict-kind-cuts_into_lesson = Пересекает урок
conflict-kind-travel_too_short = Мало времени на переезд
conflict-kind-student_double_booked = Обучающийся в двух группах одновременно
