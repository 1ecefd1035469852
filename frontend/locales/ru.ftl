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

## 404

notfound-title = Страница не найдена
notfound-body = Такой страницы нет или у вас нет к ней доступа.
notfound-home = На главную

prog-title = Программы
prog-code = Код
prog-name = Программа, модуль
prog-subject = Предметная область
prog-grades = Классы
prog-hours = Часов всего / в неделю
prog-providers = Реализуют
