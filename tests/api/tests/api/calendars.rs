//! School calendars: entered by the school, checked, copied to the next year, compared
//! across a network's schools.

use serde_json::{Value, json};
use wire::ErrorCode;
use wire::calendar::{CalendarComparison, DayKind, SchoolCalendar};
use wire::routes;

use crate::agreements::seed_000;
use crate::helpers::spawn_demo_app;

/// Лицей №24, 2021/22: quarters, the usual holidays, 40-minute lessons from 8:30.
pub(crate) fn lyceum_calendar() -> Value {
    json!({
        "week": "five_day",
        "terms": [
            {"name": "1 четверть", "from": "2021-09-01", "to": "2021-10-24"},
            {"name": "2 четверть", "from": "2021-11-08", "to": "2021-12-28"},
            {"name": "3 четверть", "from": "2022-01-10", "to": "2022-03-20"},
            {"name": "4 четверть", "from": "2022-03-30", "to": "2022-05-31"}
        ],
        "holidays": [
            {"name": "День народного единства", "from": "2021-11-04", "to": "2021-11-04"},
            {"name": "Дополнительные каникулы для 1 классов", "from": "2022-02-14", "to": "2022-02-20"}
        ],
        "bell_schedules": [{"name": "1 смена", "lessons": [
            {"number": 1, "start": "08:30", "end": "09:10"},
            {"number": 2, "start": "09:20", "end": "10:00"},
            {"number": 3, "start": "10:20", "end": "11:00"},
            {"number": 4, "start": "11:20", "end": "12:00"},
            {"number": 5, "start": "12:10", "end": "12:50"},
            {"number": 6, "start": "13:00", "end": "13:40"}
        ]}]
    })
}

#[tokio::test]
async fn a_school_enters_its_calendar_and_others_read_it() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let director = app.demo("lyceum24.director").await;
    let path = routes::organization_calendar(s.lyceum, "2021/2022");
    assert_eq!(
        path,
        format!("/api/v1/organizations/{}/calendars/2021-2022", s.lyceum)
    );

    let r = director.put(&path, &lyceum_calendar()).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.header("location"), Some(path.as_str()));
    assert_eq!(r.header("etag"), Some("\"1\""));
    let cal: SchoolCalendar = r.json();
    assert_eq!(cal.year, "2021/2022");
    assert_eq!(cal.content.terms.len(), 4);
    assert!(
        cal.school_days > 150 && cal.school_days < 180,
        "{}",
        cal.school_days
    );

    // The same content again changes nothing; a stale If-Match is refused.
    let r = director.put_if(&path, "\"1\"", &lyceum_calendar()).await;
    assert_eq!((r.status, r.header("etag")), (200, Some("\"1\"")));
    let mut six = lyceum_calendar();
    six["week"] = json!("six_day");
    let r = director.put_if(&path, "\"1\"", &six).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(r.json::<SchoolCalendar>().school_days > cal.school_days);
    director
        .put_if(&path, "\"1\"", &lyceum_calendar())
        .await
        .problem(412, ErrorCode::PreconditionFailed);

    // A network peer (СОШ №25) reads it but does not change it; a teacher neither.
    let peer = app.demo("sosh25.director").await;
    assert_eq!(peer.get(&path).await.status, 200);
    peer.put(&path, &lyceum_calendar())
        .await
        .problem(403, ErrorCode::Forbidden);
    app.demo("lyceum24.teacher")
        .await
        .put(&path, &lyceum_calendar())
        .await
        .problem(403, ErrorCode::Forbidden);
    // Another municipality sees nothing.
    let outsider = app.demo("volzhsky.uo").await;
    outsider.get(&path).await.problem(404, ErrorCode::NotFound);
    outsider
        .get(&routes::organization_calendars(s.lyceum))
        .await
        .problem(404, ErrorCode::NotFound);
    // Nonsense years are the client's error.
    director
        .get(&routes::organization_calendar(s.lyceum, "2021-2023"))
        .await
        .assert_field_error("year", Some("academic_year"));
}

#[tokio::test]
async fn calendar_problems_are_reported_at_their_rows() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let director = app.demo("lyceum24.director").await;
    let path = routes::organization_calendar(s.lyceum, "2021-2022");
    let mut bad = lyceum_calendar();
    bad["terms"][3]["to"] = json!("2022-09-10"); // after 31 August
    bad["terms"][1]["from"] = json!("2021-10-20"); // before the first term ends
    bad["holidays"][0]["to"] = json!("2021-11-01"); // before it starts
    bad["bell_schedules"][0]["lessons"][2]["start"] = json!("09:50"); // into lesson 2
    let r = director.put(&path, &bad).await;
    let errors = r.field_errors();
    for (field, code) in [
        ("terms[3]", "outside_year"),
        ("terms[1].from", "overlaps"),
        ("holidays[0].to", "ends_before_start"),
        ("bell_schedules[0].lessons", "overlaps"),
    ] {
        assert!(
            errors.iter().any(|(f, c)| f == field && c == code),
            "{field} {code} missing in {errors:?}"
        );
    }
    director.get(&path).await.problem(404, ErrorCode::NotFound);
    // Not a time at all is a shape error.
    let mut bad = lyceum_calendar();
    bad["bell_schedules"][0]["lessons"][0]["start"] = json!("8 утра");
    assert_eq!(director.put(&path, &bad).await.status, 422);
}

#[tokio::test]
async fn a_calendar_is_copied_to_the_next_year_once() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let director = app.demo("lyceum24.director").await;
    let r = director
        .put(
            &routes::organization_calendar(s.lyceum, "2021-2022"),
            &lyceum_calendar(),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let copy = routes::organization_calendar_copy(s.lyceum, "2021-2022");
    let r = director.post(&copy, &json!({})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let next: SchoolCalendar = r.json();
    assert_eq!(next.year, "2022/2023");
    assert_eq!(next.content.terms[0].from.to_string(), "2022-09-01");
    assert_eq!(
        r.header("location"),
        Some(routes::organization_calendar(s.lyceum, "2022-2023").as_str())
    );
    director
        .post(&copy, &json!({}))
        .await
        .problem(409, ErrorCode::Conflict);
    let list = director
        .get(&routes::organization_calendars(s.lyceum))
        .await;
    let years: Vec<&str> = list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["year"].as_str().unwrap())
        .collect();
    // Newest first (the demo data has this year's calendar too).
    let pos = |y: &str| years.iter().position(|x| *x == y).unwrap();
    assert!(pos("2022/2023") < pos("2021/2022"), "{years:?}");
    let mut sorted = years.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(years, sorted);
    let r = director
        .delete_if(
            &routes::organization_calendar(s.lyceum, "2022-2023"),
            "\"1\"",
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
}

#[tokio::test]
async fn a_networks_calendars_are_compared() {
    let app = spawn_demo_app().await;
    let s = seed_000(&app).await;
    let lyceum = app.demo("lyceum24.director").await;
    let sosh = app.demo("sosh25.director").await;
    let year = "2021-2022";
    let r = lyceum
        .put(
            &routes::organization_calendar(s.lyceum, year),
            &lyceum_calendar(),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    // СОШ №25: a 6-day week and its autumn vacation a week later.
    let mut other = lyceum_calendar();
    other["week"] = json!("six_day");
    other["terms"][0]["to"] = json!("2021-10-31");
    other["terms"][1]["from"] = json!("2021-11-15");
    let r = sosh
        .put(&routes::organization_calendar(s.sosh25, year), &other)
        .await;
    assert_eq!(r.status, 201, "{}", r.text);

    let path = format!(
        "{}?year={year}",
        routes::network_calendar_comparison(s.network)
    );
    let r = sosh.get(&path).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let cmp: CalendarComparison = r.json();
    assert_eq!(cmp.schools.len(), 2);
    assert!(cmp.schools.iter().all(|sc| sc.has_calendar));
    let autumn = cmp
        .comparison
        .day_mismatches
        .iter()
        .find(|m| m.from.to_string() == "2021-10-25")
        .expect("the lyceum's vacation week");
    assert_eq!(autumn.teaching, vec![s.sosh25]);
    assert_eq!(autumn.not_teaching[0].organization_id, s.lyceum);
    assert_eq!(autumn.not_teaching[0].day, DayKind::OutsideTerms);
    assert_eq!(
        cmp.comparison
            .term_differences
            .iter()
            .map(|t| t.position)
            .collect::<Vec<_>>(),
        vec![1, 2]
    );
    // The same through the ad-hoc comparison of two schools.
    let adhoc = format!(
        "{}?year={year}&organization_ids={},{}",
        routes::CALENDAR_COMPARISON,
        s.lyceum,
        s.sosh25
    );
    let r: CalendarComparison = sosh.get(&adhoc).await.json();
    assert_eq!(r.comparison.day_mismatches, cmp.comparison.day_mismatches);
    // Outsiders see neither.
    let outsider = app.demo("volzhsky.uo").await;
    outsider.get(&path).await.problem(404, ErrorCode::NotFound);
    outsider.get(&adhoc).await.problem(404, ErrorCode::NotFound);
}
