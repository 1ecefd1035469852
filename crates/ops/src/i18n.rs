//! Server-side messages in Russian and English: field problems and summaries.

use domain::inn::InnError;
use domain::organization::{ExternalIdError, OrganizationProblem};
use domain::person::{PasswordError, UsernameError};
use domain::text::TextError;
use wire::error::Lang;

/// One problem of one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    Required,
    Empty,
    TooLong {
        max: usize,
    },
    TooShort {
        min: usize,
    },
    ControlCharacters,
    OutOfRange {
        min: i64,
        max: i64,
    },
    InnLength,
    InnDigits,
    InnChecksum,
    ExternalIdChars,
    UnknownReference,
    BranchWithoutParent,
    ParentOfNonBranch,
    OwnParent,
    ParentInOtherMunicipality,
    ParentIsBranch,
    UsernameLength,
    UsernameChars,
    PasswordTooShort,
    PasswordTooLong,
    PasswordSameAsUsername,
    /// The role needs an organization (or municipality) and got none, or got the wrong one.
    RoleAnchor,
    AcademicYear,
    /// Not a time zone of the IANA database.
    TimeZone,
    /// The first grade of a range is after the last.
    GradeRangeReversed,
    /// Not one to three letters or digits.
    ClassLetter,
    /// A student's age today outside 5–21 years.
    Age {
        age: i32,
    },
    /// A date after today.
    InFuture,
    /// A section of an agreement (named in the language of the message) is not filled in.
    SectionMissing(&'static str, &'static str),
    /// An organization named in the agreement is not a party of it.
    NotAParty,
    /// Another record already uses the value.
    Taken,
    /// An end before its start.
    EndsBeforeStart,
    /// Outside the academic year.
    OutsideYear,
    /// Overlaps another entry of the same list.
    Overlaps,
    /// The same value twice in a list.
    Twice,
    /// A list longer than allowed.
    TooMany {
        max: usize,
    },
    /// A weekday the school does not teach on.
    NotATeachingDay,
    /// A duration outside 10 minutes to 4 hours.
    Duration,
    /// The organization does not teach the programme.
    NotAProvider,
    /// The referenced record belongs to another organization.
    OtherOrganization,
    /// The item breaks a rule of the whole list, named by its stable code.
    Rule(wire::ErrorCode),
    Invalid,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldIssue {
    pub field: String,
    pub issue: Issue,
}

impl FieldIssue {
    pub fn new(field: &str, issue: Issue) -> Self {
        Self {
            field: field.to_owned(),
            issue,
        }
    }
}

/// Russian plural form: 1 поле, 2 поля, 5 полей, 21 поле, 11 полей.
pub fn ru_plural<'a>(n: usize, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let (d10, d100) = (n % 10, n % 100);
    if d10 == 1 && d100 != 11 {
        one
    } else if (2..=4).contains(&d10) && !(12..=14).contains(&d100) {
        few
    } else {
        many
    }
}

pub fn validation_summary(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ru => format!("Исправьте {n} {}", ru_plural(n, "поле", "поля", "полей")),
        Lang::En => format!("Fix {n} field{}", if n == 1 { "" } else { "s" }),
    }
}

impl Issue {
    pub fn code(&self) -> &'static str {
        use Issue::*;
        match self {
            Required => "required",
            Empty => "empty",
            TooLong { .. } => "too_long",
            TooShort { .. } => "too_short",
            ControlCharacters => "control_characters",
            OutOfRange { .. } => "out_of_range",
            InnLength => "inn_length",
            InnDigits => "inn_digits",
            InnChecksum => "inn_checksum",
            ExternalIdChars => "external_id_characters",
            UnknownReference => "unknown_reference",
            BranchWithoutParent => "branch_without_parent",
            ParentOfNonBranch => "parent_of_non_branch",
            OwnParent => "own_parent",
            ParentInOtherMunicipality => "parent_in_other_municipality",
            ParentIsBranch => "parent_is_branch",
            UsernameLength => "username_length",
            UsernameChars => "username_characters",
            PasswordTooShort => "password_too_short",
            PasswordTooLong => "password_too_long",
            PasswordSameAsUsername => "password_same_as_username",
            RoleAnchor => "role_anchor",
            AcademicYear => "academic_year",
            TimeZone => "time_zone",
            GradeRangeReversed => "grade_range_reversed",
            ClassLetter => "class_letter",
            Age { .. } => "age_out_of_range",
            InFuture => "in_future",
            SectionMissing(..) => "section_missing",
            NotAParty => "not_a_party",
            Taken => "taken",
            EndsBeforeStart => "ends_before_start",
            OutsideYear => "outside_year",
            Overlaps => "overlaps",
            Twice => "twice",
            TooMany { .. } => "too_many",
            NotATeachingDay => "not_a_teaching_day",
            Duration => "duration",
            NotAProvider => "not_a_provider",
            OtherOrganization => "other_organization",
            Rule(code) => code.as_str(),
            Invalid => "invalid",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        use Issue::*;
        let ru = lang == Lang::Ru;
        let s = |r: &str, e: &str| if ru { r.to_owned() } else { e.to_owned() };
        match self {
            Required => s("Обязательное поле", "Required"),
            Empty => s("Поле не может быть пустым", "Must not be empty"),
            TooLong { max } => {
                if ru {
                    format!(
                        "Не длиннее {max} {}",
                        ru_plural(*max, "символа", "символов", "символов")
                    )
                } else {
                    format!("At most {max} characters")
                }
            }
            TooShort { min } => {
                if ru {
                    format!(
                        "Не короче {min} {}",
                        ru_plural(*min, "символа", "символов", "символов")
                    )
                } else {
                    format!("At least {min} characters")
                }
            }
            ControlCharacters => s(
                "Недопустимые управляющие символы",
                "Contains control characters",
            ),
            OutOfRange { min, max } => {
                if ru {
                    format!("Допустимо от {min} до {max}")
                } else {
                    format!("Must be between {min} and {max}")
                }
            }
            InnLength => s(
                "ИНН организации состоит из 10 цифр (ИНН физлица — из 12)",
                "An INN has 10 digits (12 for a person)",
            ),
            InnDigits => s(
                "ИНН может содержать только цифры",
                "An INN consists of digits only",
            ),
            InnChecksum => s(
                "Неверный ИНН: не сходится контрольная цифра",
                "Invalid INN: the check digit does not match",
            ),
            ExternalIdChars => s(
                "Допустимы буквы, цифры и символы . _ - : /",
                "Letters, digits and . _ - : / only",
            ),
            UnknownReference => s("Такой записи нет", "No such record"),
            BranchWithoutParent => s(
                "Для филиала укажите головную организацию",
                "A branch must name its parent",
            ),
            ParentOfNonBranch => s(
                "Головная организация указывается только для филиала",
                "Only a branch has a parent organization",
            ),
            OwnParent => s(
                "Организация не может быть своим филиалом",
                "Cannot be its own parent",
            ),
            ParentInOtherMunicipality => s(
                "Головная организация должна быть в том же муниципалитете",
                "The parent must be in the same municipality",
            ),
            ParentIsBranch => s(
                "Филиал не может быть головной организацией",
                "A branch cannot be a parent",
            ),
            UsernameLength => s(
                "Имя пользователя — от 3 до 64 символов",
                "3 to 64 characters",
            ),
            UsernameChars => s(
                "Только строчные латинские буквы, цифры и . _ -",
                "Lower-case Latin letters, digits and . _ - only",
            ),
            PasswordTooShort => s("Пароль — не короче 10 символов", "At least 10 characters"),
            PasswordTooLong => s("Пароль — не длиннее 256 символов", "At most 256 characters"),
            PasswordSameAsUsername => s(
                "Пароль не должен совпадать с именем пользователя",
                "Must differ from the user name",
            ),
            RoleAnchor => s(
                "Для этой роли укажите организацию или муниципалитет, к которым относится учётная запись",
                "This role needs the organization or municipality the account belongs to",
            ),
            AcademicYear => s(
                "Учебный год записывается как 2021/2022",
                "Write the year as 2021/2022",
            ),
            TimeZone => s(
                "Часовой пояс по базе IANA, например Europe/Moscow или Asia/Barnaul",
                "An IANA time zone such as Europe/Moscow or Asia/Barnaul",
            ),
            ClassLetter => s(
                "Буква класса — от одной до трёх букв или цифр",
                "A class letter is one to three letters or digits",
            ),
            Age { age } => {
                let n = age.unsigned_abs() as usize;
                if ru {
                    format!(
                        "На сегодня обучающемуся {age} {}, а должно быть от 5 до 21 года",
                        ru_plural(n, "год", "года", "лет")
                    )
                } else {
                    format!("The student is {age} today; a student is 5 to 21 years old")
                }
            }
            InFuture => s(
                "Дата не может быть позже сегодняшней",
                "The date cannot be after today",
            ),
            GradeRangeReversed => s(
                "Последний класс не может быть меньше первого",
                "The last grade cannot be before the first",
            ),
            SectionMissing(ru_name, en_name) => {
                if ru {
                    format!("Не заполнено: {ru_name}")
                } else {
                    format!("Missing: {en_name}")
                }
            }
            NotAParty => s(
                "Названа организация, которая не является стороной договора",
                "Names an organization that is not a party to the agreement",
            ),
            Taken => s("Уже используется", "Already in use"),
            EndsBeforeStart => s("Окончание раньше начала", "Ends before it starts"),
            OutsideYear => s(
                "Вне учебного года (1 сентября — 31 августа)",
                "Outside the academic year (1 September to 31 August)",
            ),
            Overlaps => s("Пересекается с предыдущим", "Overlaps the previous one"),
            Twice => s("Повторяется", "Appears twice"),
            TooMany { max } => {
                if ru {
                    format!("Не больше {max}")
                } else {
                    format!("At most {max}")
                }
            }
            NotATeachingDay => s(
                "В этот день недели организация не работает",
                "The organization does not teach on this weekday",
            ),
            Duration => s(
                "Длительность — от 10 минут до 4 часов",
                "Lasts 10 minutes to 4 hours",
            ),
            NotAProvider => s(
                "Эта организация не реализует программу",
                "This organization does not teach the programme",
            ),
            OtherOrganization => s(
                "Учётная запись принадлежит другой организации",
                "The account belongs to another organization",
            ),
            Rule(code) => code.title(lang).to_owned(),
            Invalid => s("Недопустимое значение", "Invalid value"),
        }
    }
}

impl From<TextError> for Issue {
    fn from(e: TextError) -> Self {
        match e {
            TextError::Empty => Issue::Empty,
            TextError::TooLong { max } => Issue::TooLong { max },
            TextError::ControlCharacters => Issue::ControlCharacters,
        }
    }
}

impl From<InnError> for Issue {
    fn from(e: InnError) -> Self {
        match e {
            InnError::Length => Issue::InnLength,
            InnError::NotDigits => Issue::InnDigits,
            InnError::Checksum => Issue::InnChecksum,
        }
    }
}

impl From<ExternalIdError> for Issue {
    fn from(e: ExternalIdError) -> Self {
        match e {
            ExternalIdError::Empty => Issue::Empty,
            ExternalIdError::TooLong => Issue::TooLong { max: 100 },
            ExternalIdError::Characters => Issue::ExternalIdChars,
        }
    }
}

impl From<UsernameError> for Issue {
    fn from(e: UsernameError) -> Self {
        match e {
            UsernameError::Length => Issue::UsernameLength,
            UsernameError::Characters => Issue::UsernameChars,
        }
    }
}

impl From<PasswordError> for Issue {
    fn from(e: PasswordError) -> Self {
        match e {
            PasswordError::TooShort => Issue::PasswordTooShort,
            PasswordError::TooLong => Issue::PasswordTooLong,
            PasswordError::SameAsUsername => Issue::PasswordSameAsUsername,
        }
    }
}

impl From<&OrganizationProblem> for FieldIssue {
    fn from(p: &OrganizationProblem) -> Self {
        let issue = match p {
            OrganizationProblem::Text { error, .. } => Issue::from(*error),
            OrganizationProblem::Inn(e) => Issue::from(*e),
            OrganizationProblem::BranchWithoutParent => Issue::BranchWithoutParent,
            OrganizationProblem::ParentOfNonBranch => Issue::ParentOfNonBranch,
            OrganizationProblem::OwnParent => Issue::OwnParent,
            OrganizationProblem::ParentInOtherMunicipality => Issue::ParentInOtherMunicipality,
            OrganizationProblem::ParentIsBranch => Issue::ParentIsBranch,
            OrganizationProblem::ExternalId(e) => Issue::from(*e),
        };
        FieldIssue::new(p.field(), issue)
    }
}

/// Field issues from `validator`'s structural checks.
pub fn from_validator(errors: &validator::ValidationErrors) -> Vec<FieldIssue> {
    let mut out = Vec::new();
    for (field, errs) in errors.field_errors() {
        for e in errs {
            let num = |k: &str| e.params.get(k).and_then(serde_json::Value::as_i64);
            let issue = match e.code.as_ref() {
                "length" => {
                    let len = e.params.get("value").map(|v| match v {
                        serde_json::Value::String(s) => s.chars().count() as i64,
                        serde_json::Value::Array(a) => a.len() as i64,
                        _ => 0,
                    });
                    match (num("min"), num("max"), len) {
                        (Some(1), _, Some(0)) => Issue::Empty,
                        (Some(min), _, Some(l)) if l < min => Issue::TooShort { min: min as usize },
                        (_, Some(max), _) => Issue::TooLong { max: max as usize },
                        _ => Issue::Invalid,
                    }
                }
                "range" => Issue::OutOfRange {
                    min: num("min").unwrap_or(i64::MIN),
                    max: num("max").unwrap_or(i64::MAX),
                },
                "required" => Issue::Required,
                _ => Issue::Invalid,
            };
            out.push(FieldIssue::new(field.as_ref(), issue));
        }
    }
    out.sort_by(|a, b| a.field.cmp(&b.field));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_plurals() {
        let f = |n| ru_plural(n, "поле", "поля", "полей");
        assert_eq!(
            [f(1), f(2), f(5), f(11), f(21), f(22), f(112)],
            ["поле", "поля", "полей", "полей", "поле", "поля", "полей"]
        );
    }
}
