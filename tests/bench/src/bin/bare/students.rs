//! A group's students as the bare endpoint reads them: the open enrolments and the
//! students in them, through Setka's own store functions — once plainly from the reader
//! pool, once followed by the audit record of the read, committed with the records of
//! the reads beside it (`Store::record_read`, the group commit Setka's
//! `Ops::read_audited` uses), so the two differ by the audit alone.

use actix_web::{HttpResponse, web};
use store::Store;
use store::audit::{AuditCtx, Change};
use uuid::Uuid;

async fn students(c: &impl store::Conn, group: Uuid) -> Result<Vec<serde_json::Value>, String> {
    let open = store::enrolments::of_group_in(c, group, &store::enrolments::OPEN)
        .await
        .map_err(|e| e.to_string())?;
    let ids: Vec<Uuid> = open.iter().map(|e| e.student_id).collect();
    let mut rows = store::students::by_ids(c, &ids)
        .await
        .map_err(|e| e.to_string())?;
    rows.sort_by(|a, b| a.sort_key.cmp(&b.sort_key).then(a.id.cmp(&b.id)));
    Ok(rows
        .iter()
        .map(|s| {
            serde_json::json!({
                "id": s.id, "last_name": s.last_name, "first_name": s.first_name,
                "patronymic": s.patronymic, "grade": s.grade, "class_letter": s.class_letter,
                "home_organization_id": s.organization_id,
            })
        })
        .collect())
}

fn answer(r: Result<Vec<serde_json::Value>, String>) -> HttpResponse {
    match r {
        Ok(items) => HttpResponse::Ok().json(serde_json::json!({ "items": items })),
        Err(e) => HttpResponse::InternalServerError().body(e),
    }
}

/// `GET /groups/{id}/students`: the read alone.
pub async fn plain(store: web::Data<Store>, id: web::Path<Uuid>) -> HttpResponse {
    answer(students(store.read(), *id).await)
}

async fn audited_read(store: &Store, group: Uuid) -> Result<Vec<serde_json::Value>, String> {
    // As Setka's `Ops::read_audited`: the read on the readers, then the record in the
    // next group commit on the writer, filed under the group's provider.
    let provider = store::groups::row(store.read(), group)
        .await
        .map_err(|e| e.to_string())?
        .map(|g| g.provider_id);
    let items = students(store.read(), group).await?;
    let ids: Vec<Uuid> = items
        .iter()
        .filter_map(|s| s["id"].as_str().and_then(|i| i.parse().ok()))
        .collect();
    let ctx = AuditCtx {
        actor_id: None,
        actor_name: "bench".into(),
        request_id: None,
        endpoint: Some("GET /groups/{id}/students/audited".into()),
        at: clock::Clock::system().now(),
    };
    let change = Change {
        action: "read",
        entity_type: "student",
        entity_id: None,
        municipality_id: None,
        organization_id: provider,
        before: None,
        after: None,
    };
    let entry = store::read_log::ReadEntry {
        ctx,
        change,
        students: ids,
    };
    store.record_read(entry).await.map_err(|e| e.to_string())?;
    Ok(items)
}

/// `GET /groups/{id}/students/audited`: the same read with its audit record.
pub async fn audited(store: web::Data<Store>, id: web::Path<Uuid>) -> HttpResponse {
    answer(audited_read(&store, *id).await)
}
