//! Field paths of the server's validation errors (`slots[1].end`, `terms[0]`) matched to
//! the inputs of row editors. Paths written with dots (`slots.1.end`) mean the same.

use wire::FieldError;

/// `slots.1.end` → `slots[1].end`; bracketed paths stay as they are.
pub fn normalize(field: &str) -> String {
    let mut out = String::with_capacity(field.len() + 2);
    for (i, part) in field.split('.').enumerate() {
        if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) && i > 0 {
            out.push('[');
            out.push_str(part);
            out.push(']');
        } else {
            if i > 0 {
                out.push('.');
            }
            out.push_str(part);
        }
    }
    out
}

/// The first message for exactly `path`.
pub fn at(errors: &[FieldError], path: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| normalize(&e.field) == path)
        .map(|e| e.message.clone())
}

/// Messages for `prefix` itself or anything under it that is not one of `shown` (the
/// sub-fields that have their own input), for showing at a row.
pub fn rest_of(errors: &[FieldError], prefix: &str, shown: &[&str]) -> Vec<String> {
    errors
        .iter()
        .filter(|e| {
            let f = normalize(&e.field);
            let Some(sub) = f.strip_prefix(prefix) else {
                return false;
            };
            match sub.strip_prefix('.') {
                None => sub.is_empty(),
                Some(name) => !shown.contains(&name),
            }
        })
        .map(|e| e.message.clone())
        .collect()
}

/// Whether `field` is `name` or lies under it (`name.x`, `name[2]`).
pub fn is_under(field: &str, name: &str) -> bool {
    let f = normalize(field);
    f == name
        || f.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(field: &str, message: &str) -> FieldError {
        FieldError {
            field: field.into(),
            code: "x".into(),
            message: message.into(),
        }
    }

    #[test]
    fn dotted_indices_become_brackets() {
        assert_eq!(normalize("slots.1.end"), "slots[1].end");
        assert_eq!(normalize("terms[2].to"), "terms[2].to");
        assert_eq!(
            normalize("bell_schedules.0.lessons"),
            "bell_schedules[0].lessons"
        );
        assert_eq!(normalize("name"), "name");
    }

    #[test]
    fn rows_get_what_their_inputs_do_not_show() {
        let e = [
            err("terms[1].to", "ends before"),
            err("terms[1]", "outside the year"),
            err("terms[10]", "other row"),
            err("terms.1.colour", "odd"),
        ];
        assert_eq!(at(&e, "terms[1].to").as_deref(), Some("ends before"));
        assert_eq!(at(&e, "terms[1].from"), None);
        assert_eq!(
            rest_of(&e, "terms[1]", &["name", "from", "to"]),
            ["outside the year", "odd"]
        );
    }

    #[test]
    fn under_a_field() {
        assert!(is_under("slots[0].end", "slots"));
        assert!(is_under("place.url", "place"));
        assert!(is_under("place", "place"));
        assert!(!is_under("places", "place"));
    }
}
