//! The span of every request in the logs. It is tracing-actix-web's, except that the
//! request's target is redacted where a path carries a secret: the token of a calendar
//! feed address is a credential and never reaches a log file.

use actix_web::Error;
use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RequestId, RootSpanBuilder};

/// Builds request spans with secrets left out of `http.target`.
#[derive(Debug, Clone, Copy)]
pub struct RedactedSpans;

/// Paths whose last segment is a secret.
const SECRET_PREFIXES: [&str; 1] = ["/api/v1/feeds/"];

/// The request target as it may be logged.
pub fn loggable_target(path_and_query: &str) -> String {
    for prefix in SECRET_PREFIXES {
        if path_and_query.starts_with(prefix) {
            let extension = path_and_query
                .rsplit_once('.')
                .map(|(_, ext)| format!(".{}", ext.split('?').next().unwrap_or("")))
                .unwrap_or_default();
            return format!("{prefix}…{extension}");
        }
    }
    path_and_query.to_owned()
}

impl RootSpanBuilder for RedactedSpans {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let target = loggable_target(
            request
                .uri()
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or(""),
        );
        let request_id = request
            .extensions()
            .get::<RequestId>()
            .map(|r| r.to_string())
            .unwrap_or_default();
        let route = request.match_pattern().unwrap_or_default();
        let user_agent = request
            .headers()
            .get("User-Agent")
            .and_then(|h| h.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let client = request
            .peer_addr()
            .map(|a| a.ip().to_string())
            .unwrap_or_default();
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = %route,
            http.target = %target,
            http.client_ip = %client,
            http.user_agent = %user_agent,
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            request_id = %request_id,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

#[cfg(test)]
mod tests {
    use super::loggable_target;

    #[test]
    fn feed_tokens_are_left_out() {
        assert_eq!(
            loggable_target("/api/v1/feeds/s3cr3t-Token_x.ics"),
            "/api/v1/feeds/….ics"
        );
        assert_eq!(
            loggable_target("/api/v1/feeds/s3cr3t.ics?x=1"),
            "/api/v1/feeds/….ics"
        );
        assert_eq!(
            loggable_target("/api/v1/groups/1/sessions.ics"),
            "/api/v1/groups/1/sessions.ics"
        );
    }
}
