//! RFC 9457 problem details with Setka's stable error codes.

use serde::{Deserialize, Serialize};

/// Stable machine codes of errors. Clients branch on these, never on the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 400: the body is not well-formed JSON.
    MalformedJson,
    /// 400: a query parameter or path segment is invalid (bad cursor, unknown filter value).
    InvalidQuery,
    /// 401: no valid access token.
    Unauthorized,
    /// 401: the access token has expired; refresh it.
    TokenExpired,
    /// 401: wrong user name or password (or the account is disabled).
    InvalidCredentials,
    /// 401: the refresh token is missing, expired, revoked or was already used.
    InvalidRefreshToken,
    /// 403: the object is visible but this role may not change it.
    Forbidden,
    /// 403: some fields may only be changed by the authority.
    FieldNotEditable,
    /// 404: no such object within the caller's scope.
    NotFound,
    /// 405
    MethodNotAllowed,
    /// 409: another object already has this external id.
    DuplicateExternalId,
    /// 409: another account already has this user name.
    DuplicateUsername,
    /// 409: another programme of the network has this code.
    DuplicateProgrammeCode,
    /// 409: the object is still referenced (e.g. a municipality with organizations).
    StillReferenced,
    /// 409: the group has sessions whose attendance was taken; it stays as history.
    GroupHasAttendance,
    /// 409: the request clashes with existing data.
    Conflict,
    /// 412: `If-Match` does not match the current `ETag`.
    PreconditionFailed,
    /// 413
    PayloadTooLarge,
    /// 415
    UnsupportedMediaType,
    /// 422: field values are invalid; see `errors`.
    ValidationFailed,
    /// 422: the JSON has the wrong shape or types.
    InvalidBody,
    /// 422: an `Idempotency-Key` was reused with a different request.
    IdempotencyKeyReused,
    /// 422: some days of the network period would have no coordinator.
    CoordinatorMissing,
    /// 422: two coordinators at the same time.
    TwoCoordinators,
    /// 422: a membership lies outside the network period.
    MembershipOutsideNetworkPeriod,
    /// 422: an organization would hold the same role twice at once.
    SameRoleTwice,
    /// 422: a satellite of a mentoring network has no partner school.
    SatelliteWithoutPartner,
    /// 422: a partner is named for a membership that cannot have one.
    MentorNotAllowed,
    /// 409: only a draft agreement is edited or sent for signature.
    AgreementNotDraft,
    /// 422: the agreement lacks what 273-ФЗ art. 15 requires.
    AgreementIncomplete,
    /// 409: the agreement is not waiting for signatures.
    AgreementNotAwaitingSignatures,
    /// 403: the organization is not a party of the agreement.
    NotAParty,
    /// 409: the party has already signed this content.
    AlreadySigned,
    /// 409: only a signed agreement in force is terminated or amended.
    AgreementNotInForce,
    /// 422: the termination day lies outside the agreement's term.
    TerminationOutsideTerm,
    /// 413: an uploaded document exceeds the size limit.
    DocumentTooLarge,
    /// 415: the file is none of the accepted document types.
    UnsupportedDocumentType,
    /// 415: the file's name or declared type does not match its content.
    DocumentTypeMismatch,
    /// 422: a multipart upload without a `file` part.
    FileMissing,
    /// 400: the multipart body cannot be parsed.
    MalformedMultipart,
    /// 422: no active agreement covers the programme, both schools and the group's dates.
    AgreementMissing,
    /// 422: the parents' consent to network learning is not on file.
    ConsentMissing,
    /// 422: the student's grade is not one the programme is for.
    GradeOutsideProgramme,
    /// 422: the weekly load would exceed the СанПиН 1.2.3685-21 limit.
    WeeklyLoadExceeded,
    /// 422: the home school has not entered its curriculum's weekly hours for the grade.
    HomeLoadMissing,
    /// 422: the grade may not learn on a six-day week.
    SixDayWeekNotAllowed,
    /// 422: the group's sessions overlap the student's other groups.
    TimetableConflict,
    /// 409: the group has no free seat.
    NoFreeSeat,
    /// 409: the student already has an open enrolment in the group.
    AlreadyEnrolled,
    /// 409: the enrolment's status does not allow this step.
    TransitionNotAllowed,
    /// 409: the group has started: withdraw instead of rejecting.
    AlreadyStarted,
    /// 409: the group's last date has not come.
    NotFinishedYet,
    /// 422: a register must mark every student of the group at once.
    RegisterIncomplete,
    /// 429: too many failed sign-ins; retry later.
    TooManyAttempts,
    /// 500
    Internal,
    /// 503: the database is unavailable.
    Unavailable,
}

/// Languages of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Ru,
    En,
}

impl Lang {
    /// Picks a language from an `Accept-Language` header: English only when it is preferred
    /// over Russian.
    pub fn from_accept_language(header: Option<&str>) -> Self {
        let Some(h) = header else { return Lang::Ru };
        let mut best = (Lang::Ru, -1.0_f32);
        for part in h.split(',') {
            let mut it = part.trim().split(';');
            let tag = it.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = it
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|v| v.parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            let lang = if tag.starts_with("ru") {
                Some(Lang::Ru)
            } else if tag.starts_with("en") {
                Some(Lang::En)
            } else {
                None
            };
            if let Some(l) = lang
                && q > best.1
            {
                best = (l, q);
            }
        }
        best.0
    }

    pub fn tag(&self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }
}

impl ErrorCode {
    pub fn status(&self) -> u16 {
        use ErrorCode::*;
        match self {
            MalformedJson | InvalidQuery | MalformedMultipart => 400,
            Unauthorized | TokenExpired | InvalidCredentials | InvalidRefreshToken => 401,
            Forbidden | FieldNotEditable | NotAParty => 403,
            NotFound => 404,
            MethodNotAllowed => 405,
            DuplicateExternalId
            | DuplicateUsername
            | DuplicateProgrammeCode
            | StillReferenced
            | GroupHasAttendance
            | Conflict => 409,
            AgreementNotDraft
            | AgreementNotAwaitingSignatures
            | AlreadySigned
            | AgreementNotInForce => 409,
            PreconditionFailed => 412,
            PayloadTooLarge | DocumentTooLarge => 413,
            UnsupportedMediaType | UnsupportedDocumentType | DocumentTypeMismatch => 415,
            FileMissing => 422,
            ValidationFailed | InvalidBody | IdempotencyKeyReused => 422,
            CoordinatorMissing
            | TwoCoordinators
            | MembershipOutsideNetworkPeriod
            | SameRoleTwice
            | SatelliteWithoutPartner
            | MentorNotAllowed => 422,
            AgreementIncomplete | TerminationOutsideTerm => 422,
            AgreementMissing
            | ConsentMissing
            | GradeOutsideProgramme
            | WeeklyLoadExceeded
            | HomeLoadMissing
            | SixDayWeekNotAllowed
            | TimetableConflict
            | RegisterIncomplete => 422,
            NoFreeSeat | AlreadyEnrolled | TransitionNotAllowed | AlreadyStarted
            | NotFinishedYet => 409,
            TooManyAttempts => 429,
            Internal => 500,
            Unavailable => 503,
        }
    }

    pub fn as_str(&self) -> &'static str {
        use ErrorCode::*;
        match self {
            MalformedJson => "malformed_json",
            InvalidQuery => "invalid_query",
            Unauthorized => "unauthorized",
            TokenExpired => "token_expired",
            InvalidCredentials => "invalid_credentials",
            InvalidRefreshToken => "invalid_refresh_token",
            Forbidden => "forbidden",
            FieldNotEditable => "field_not_editable",
            NotFound => "not_found",
            MethodNotAllowed => "method_not_allowed",
            DuplicateExternalId => "duplicate_external_id",
            DuplicateUsername => "duplicate_username",
            DuplicateProgrammeCode => "duplicate_programme_code",
            StillReferenced => "still_referenced",
            GroupHasAttendance => "group_has_attendance",
            Conflict => "conflict",
            PreconditionFailed => "precondition_failed",
            PayloadTooLarge => "payload_too_large",
            UnsupportedMediaType => "unsupported_media_type",
            DocumentTooLarge => "document_too_large",
            UnsupportedDocumentType => "unsupported_document_type",
            DocumentTypeMismatch => "document_type_mismatch",
            FileMissing => "file_missing",
            MalformedMultipart => "malformed_multipart",
            ValidationFailed => "validation_failed",
            InvalidBody => "invalid_body",
            IdempotencyKeyReused => "idempotency_key_reused",
            CoordinatorMissing => "coordinator_missing",
            TwoCoordinators => "two_coordinators",
            MembershipOutsideNetworkPeriod => "membership_outside_network_period",
            SameRoleTwice => "same_role_twice",
            SatelliteWithoutPartner => "satellite_without_partner",
            MentorNotAllowed => "mentor_not_allowed",
            AgreementNotDraft => "agreement_not_draft",
            AgreementIncomplete => "agreement_incomplete",
            AgreementNotAwaitingSignatures => "agreement_not_awaiting_signatures",
            NotAParty => "not_a_party",
            AlreadySigned => "already_signed",
            AgreementNotInForce => "agreement_not_in_force",
            TerminationOutsideTerm => "termination_outside_term",
            AgreementMissing => "agreement_missing",
            ConsentMissing => "consent_missing",
            GradeOutsideProgramme => "grade_outside_programme",
            WeeklyLoadExceeded => "weekly_load_exceeded",
            HomeLoadMissing => "home_load_missing",
            SixDayWeekNotAllowed => "six_day_week_not_allowed",
            TimetableConflict => "timetable_conflict",
            NoFreeSeat => "no_free_seat",
            AlreadyEnrolled => "already_enrolled",
            TransitionNotAllowed => "transition_not_allowed",
            AlreadyStarted => "already_started",
            NotFinishedYet => "not_finished_yet",
            RegisterIncomplete => "register_incomplete",
            TooManyAttempts => "too_many_attempts",
            Internal => "internal",
            Unavailable => "unavailable",
        }
    }

    /// A short human title of the problem.
    pub fn title(&self, lang: Lang) -> &'static str {
        use ErrorCode::*;
        match (self, lang) {
            (MalformedJson, Lang::Ru) => "Тело запроса не является корректным JSON",
            (MalformedJson, Lang::En) => "The request body is not valid JSON",
            (InvalidQuery, Lang::Ru) => "Неверный параметр запроса",
            (InvalidQuery, Lang::En) => "Invalid request parameter",
            (Unauthorized, Lang::Ru) => "Требуется вход в систему",
            (Unauthorized, Lang::En) => "Authentication required",
            (TokenExpired, Lang::Ru) => "Срок действия токена истёк",
            (TokenExpired, Lang::En) => "The access token has expired",
            (InvalidCredentials, Lang::Ru) => "Неверное имя пользователя или пароль",
            (InvalidCredentials, Lang::En) => "Wrong user name or password",
            (InvalidRefreshToken, Lang::Ru) => "Сеанс завершён, войдите снова",
            (InvalidRefreshToken, Lang::En) => "The session has ended, sign in again",
            (Forbidden, Lang::Ru) => "Недостаточно прав для этого действия",
            (Forbidden, Lang::En) => "You are not allowed to do this",
            (FieldNotEditable, Lang::Ru) => {
                "Эти поля может изменить только орган управления образованием"
            }
            (FieldNotEditable, Lang::En) => "Only the education authority may change these fields",
            (NotFound, Lang::Ru) => "Объект не найден",
            (NotFound, Lang::En) => "Not found",
            (MethodNotAllowed, Lang::Ru) => "Метод не поддерживается",
            (MethodNotAllowed, Lang::En) => "Method not allowed",
            (DuplicateExternalId, Lang::Ru) => "Внешний идентификатор уже занят",
            (DuplicateExternalId, Lang::En) => "The external id is already taken",
            (DuplicateUsername, Lang::Ru) => "Имя пользователя уже занято",
            (DuplicateUsername, Lang::En) => "The user name is already taken",
            (DuplicateProgrammeCode, Lang::Ru) => "Программа с таким кодом уже есть в сети",
            (DuplicateProgrammeCode, Lang::En) => {
                "The network already has a programme with this code"
            }
            (StillReferenced, Lang::Ru) => "Объект используется другими записями",
            (StillReferenced, Lang::En) => "The object is still referenced by other records",
            (GroupHasAttendance, Lang::Ru) => {
                "В группе уже отмечали посещаемость: её занятия остаются в истории, группу нельзя удалить"
            }
            (GroupHasAttendance, Lang::En) => {
                "Attendance was taken in this group: its sessions stay on record and it cannot be deleted"
            }
            (AgreementMissing, Lang::Ru) => "Нет действующего договора о сетевой форме",
            (AgreementMissing, Lang::En) => "No agreement in force covers the enrolment",
            (ConsentMissing, Lang::Ru) => "Нет согласия родителей на сетевое обучение",
            (ConsentMissing, Lang::En) => "The parents' consent is not on file",
            (GradeOutsideProgramme, Lang::Ru) => "Класс обучающегося не подходит программе",
            (GradeOutsideProgramme, Lang::En) => "The student's grade is outside the programme's",
            (WeeklyLoadExceeded, Lang::Ru) => "Превышена допустимая недельная нагрузка",
            (WeeklyLoadExceeded, Lang::En) => "The weekly load limit would be exceeded",
            (HomeLoadMissing, Lang::Ru) => "Не указана недельная нагрузка учебного плана",
            (HomeLoadMissing, Lang::En) => "The home curriculum's weekly hours are missing",
            (SixDayWeekNotAllowed, Lang::Ru) => "Шестидневная неделя недопустима для этого класса",
            (SixDayWeekNotAllowed, Lang::En) => "A six-day week is not allowed for the grade",
            (TimetableConflict, Lang::Ru) => "Пересечение в расписании обучающегося",
            (TimetableConflict, Lang::En) => "The student's timetable would overlap",
            (NoFreeSeat, Lang::Ru) => "В группе нет свободных мест",
            (NoFreeSeat, Lang::En) => "The group has no free seat",
            (AlreadyEnrolled, Lang::Ru) => "Обучающийся уже записан в эту группу",
            (AlreadyEnrolled, Lang::En) => "The student is already enrolled in the group",
            (TransitionNotAllowed, Lang::Ru) => {
                "Этот шаг недоступен для зачисления в текущем статусе"
            }
            (TransitionNotAllowed, Lang::En) => "The enrolment's status does not allow this step",
            (AlreadyStarted, Lang::Ru) => {
                "Обучение уже началось: зачисление можно только отчислить"
            }
            (AlreadyStarted, Lang::En) => "The group has started: withdraw instead",
            (NotFinishedYet, Lang::Ru) => "Обучение в группе ещё не закончилось",
            (NotFinishedYet, Lang::En) => "The group has not finished yet",
            (RegisterIncomplete, Lang::Ru) => "В журнале отмечены не все обучающиеся группы",
            (RegisterIncomplete, Lang::En) => "The register must mark every student of the group",
            (Conflict, Lang::Ru) => "Конфликт с существующими данными",
            (Conflict, Lang::En) => "Conflict with existing data",
            (PreconditionFailed, Lang::Ru) => "Запись изменилась с момента загрузки",
            (PreconditionFailed, Lang::En) => "The record has changed since it was loaded",
            (PayloadTooLarge, Lang::Ru) => "Тело запроса слишком большое",
            (PayloadTooLarge, Lang::En) => "The request body is too large",
            (UnsupportedMediaType, Lang::Ru) => "Неподдерживаемый тип содержимого",
            (UnsupportedMediaType, Lang::En) => "Unsupported content type",
            (ValidationFailed, Lang::Ru) => "Данные заполнены с ошибками",
            (ValidationFailed, Lang::En) => "Some fields are invalid",
            (InvalidBody, Lang::Ru) => "Неверная структура данных запроса",
            (InvalidBody, Lang::En) => "The request body has the wrong shape",
            (IdempotencyKeyReused, Lang::Ru) => {
                "Ключ идемпотентности уже использован для другого запроса"
            }
            (IdempotencyKeyReused, Lang::En) => {
                "The idempotency key was used for a different request"
            }
            (CoordinatorMissing, Lang::Ru) => "В сети в какой-то период нет школы-координатора",
            (CoordinatorMissing, Lang::En) => "The network would have no coordinator for some days",
            (TwoCoordinators, Lang::Ru) => "У сети не может быть двух координаторов одновременно",
            (TwoCoordinators, Lang::En) => "A network cannot have two coordinators at once",
            (MembershipOutsideNetworkPeriod, Lang::Ru) => "Участие выходит за срок работы сети",
            (MembershipOutsideNetworkPeriod, Lang::En) => {
                "The membership lies outside the network's period"
            }
            (SameRoleTwice, Lang::Ru) => "Организация уже участвует в сети в этой роли в эти даты",
            (SameRoleTwice, Lang::En) => "The organization already has this role at these dates",
            (SatelliteWithoutPartner, Lang::Ru) => {
                "Школе-спутнику нужна школа-партнёр на весь срок участия"
            }
            (SatelliteWithoutPartner, Lang::En) => {
                "A satellite school needs a partner school for its whole membership"
            }
            (MentorNotAllowed, Lang::Ru) => {
                "Школа-партнёр указывается только для школы-спутника в сети наставничества"
            }
            (MentorNotAllowed, Lang::En) => {
                "Only a satellite of a mentoring network has a partner school"
            }
            (AgreementNotDraft, Lang::Ru) => {
                "Изменять и отправлять на подпись можно только проект договора"
            }
            (AgreementNotDraft, Lang::En) => {
                "Only a draft agreement can be edited or sent for signature"
            }
            (AgreementIncomplete, Lang::Ru) => {
                "В договоре не заполнены обязательные по ст. 15 273-ФЗ сведения"
            }
            (AgreementIncomplete, Lang::En) => "The agreement lacks what 273-FZ art. 15 requires",
            (AgreementNotAwaitingSignatures, Lang::Ru) => "Договор не ожидает подписей",
            (AgreementNotAwaitingSignatures, Lang::En) => {
                "The agreement is not awaiting signatures"
            }
            (NotAParty, Lang::Ru) => "Организация не является стороной договора",
            (NotAParty, Lang::En) => "The organization is not a party to the agreement",
            (AlreadySigned, Lang::Ru) => "Организация уже подписала этот текст договора",
            (AlreadySigned, Lang::En) => "The organization has already signed this text",
            (AgreementNotInForce, Lang::Ru) => "Договор не действует",
            (AgreementNotInForce, Lang::En) => "The agreement is not in force",
            (TerminationOutsideTerm, Lang::Ru) => "Дата расторжения вне срока действия договора",
            (TerminationOutsideTerm, Lang::En) => {
                "The termination day is outside the agreement's term"
            }
            (DocumentTooLarge, Lang::Ru) => "Файл слишком большой",
            (DocumentTooLarge, Lang::En) => "The file is too large",
            (UnsupportedDocumentType, Lang::Ru) => {
                "Такой тип файла не принимается: загрузите PDF, документ Word/Excel/OpenDocument, RTF, изображение JPEG/PNG или текст"
            }
            (UnsupportedDocumentType, Lang::En) => {
                "This type of file is not accepted: upload a PDF, a Word/Excel/OpenDocument file, RTF, a JPEG/PNG image or text"
            }
            (DocumentTypeMismatch, Lang::Ru) => {
                "Имя или тип файла не соответствуют его содержимому"
            }
            (DocumentTypeMismatch, Lang::En) => {
                "The file's name or type does not match its content"
            }
            (FileMissing, Lang::Ru) => "В запросе нет файла (поле file)",
            (FileMissing, Lang::En) => "The request has no file (field `file`)",
            (MalformedMultipart, Lang::Ru) => "Тело запроса multipart/form-data повреждено",
            (MalformedMultipart, Lang::En) => "The multipart/form-data body is malformed",
            (TooManyAttempts, Lang::Ru) => "Слишком много неудачных попыток входа",
            (TooManyAttempts, Lang::En) => "Too many failed sign-in attempts",
            (Internal, Lang::Ru) => "Внутренняя ошибка сервера",
            (Internal, Lang::En) => "Internal server error",
            (Unavailable, Lang::Ru) => "Сервис временно недоступен",
            (Unavailable, Lang::En) => "Service temporarily unavailable",
        }
    }
}

/// One invalid field of a request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field name as in the request body, e.g. `inn`.
    pub field: String,
    /// Stable code: `required`, `too_long`, `inn_checksum`, `unknown_reference`, …
    pub code: String,
    /// Human message in the request's language.
    pub message: String,
}

/// An RFC 9457 problem (`application/problem+json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI naming the problem kind: `urn:setka:problem:<code>`.
    #[serde(rename = "type")]
    pub type_: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    pub code: ErrorCode,
    /// The request id, as in the `X-Request-Id` response header and the server log.
    #[serde(default)]
    pub request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language() {
        assert_eq!(Lang::from_accept_language(None), Lang::Ru);
        assert_eq!(Lang::from_accept_language(Some("en-US,en;q=0.9")), Lang::En);
        assert_eq!(Lang::from_accept_language(Some("en;q=0.5, ru")), Lang::Ru);
        assert_eq!(Lang::from_accept_language(Some("de")), Lang::Ru);
    }

    #[test]
    fn codes_serialize_as_their_names() {
        let s = serde_json::to_string(&ErrorCode::DuplicateExternalId).unwrap();
        assert_eq!(s, "\"duplicate_external_id\"");
        assert_eq!(
            ErrorCode::DuplicateExternalId.as_str(),
            "duplicate_external_id"
        );
    }
}
