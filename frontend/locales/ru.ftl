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

## 404

notfound-title = Страница не найдена
notfound-body = Такой страницы нет или у вас нет к ней доступа.
notfound-home = На главную
