//! The analyst's workbench: `kroniko serve`.
//!
//! A read-only JSON API over the store and one web page (map, timeline, filters, table, and the
//! evidence pane) that needs no network: its scripts and styles are compiled into the binary;
//! the country outlines come from the `world-atlas` npm package (Natural Earth, public domain),
//! installed by the README's set-up command into `web/node_modules`.
//!
//! Security: binds loopback unless told otherwise; only GET; every string that came from a
//! document is sent as JSON data and rendered by the page as text (never as markup); a strict
//! Content-Security-Policy forbids inline scripts; page sizes and query time are limited; SQL
//! is parameterised in the store.

use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use kroniko_store::{EventFilter, Store};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// The largest page of events the API returns.
pub const MAX_PAGE: usize = 1000;
/// How long one API query may take.
pub const QUERY_TIME: Duration = Duration::from_secs(10);

const INDEX_HTML: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const APP_CSS: &str = include_str!("../assets/app.css");
const OPENAPI: &str = include_str!("../assets/openapi.json");
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
                   font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// What the server needs.
#[derive(Clone)]
pub struct AppState {
    pub db: PathBuf,
    /// `countries-110m.json` from the `world-atlas` package, if installed.
    pub world: Option<Arc<Vec<u8>>>,
}

/// Finds the country outlines: `KRONIKO_WORLD`, else `web/node_modules/world-atlas/…` under the
/// working directory or beside the executable's checkout.
pub fn find_world() -> Option<PathBuf> {
    let rel = "web/node_modules/world-atlas/countries-110m.json";
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(p) = std::env::var_os("KRONIKO_WORLD") {
        candidates.push(PathBuf::from(p));
    }
    if let Ok(cwd) = std::env::current_dir() {
        candidates.push(cwd.join(rel));
    }
    if let Ok(exe) = std::env::current_exe() {
        // target/{debug,release}/kroniko → the checkout is two levels up.
        if let Some(root) = exe.parent().and_then(|p| p.parent()).and_then(|p| p.parent()) {
            candidates.push(root.join(rel));
        }
    }
    candidates.into_iter().find(|p| p.is_file())
}

/// The router: the API and the page.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/assets/app.js", get(|| async { asset(APP_JS, "text/javascript; charset=utf-8") }))
        .route("/assets/app.css", get(|| async { asset(APP_CSS, "text/css; charset=utf-8") }))
        .route("/assets/world.json", get(world))
        .route("/api/openapi.json", get(|| async { asset(OPENAPI, "application/json") }))
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/documents/{id}", get(document))
        .route("/api/stats", get(stats))
        .fallback(|| async { error(StatusCode::NOT_FOUND, "no such page") })
        .layer(axum::middleware::map_response(security_headers))
        .layer(axum::extract::DefaultBodyLimit::max(16 * 1024))
        .with_state(state)
}

async fn security_headers(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

fn asset(body: &'static str, kind: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}

fn error(code: StatusCode, msg: &str) -> Response {
    (code, Json(serde_json::json!({"error": msg}))).into_response()
}

async fn index() -> Response {
    asset(INDEX_HTML, "text/html; charset=utf-8")
}

async fn world(State(st): State<AppState>) -> Response {
    match st.world {
        Some(bytes) => ([(header::CONTENT_TYPE, "application/json")], bytes.as_ref().clone()).into_response(),
        None => error(StatusCode::NOT_FOUND, "country outlines not installed (run: npm ci --prefix web)"),
    }
}

/// Runs a store query off the async threads, with a time limit.
async fn query<T: Send + 'static>(
    st: &AppState,
    f: impl FnOnce(&Store) -> Result<T, kroniko_store::StoreError> + Send + 'static,
) -> Result<T, Response> {
    let db = st.db.clone();
    let job = tokio::task::spawn_blocking(move || {
        let store = Store::open(&db)?;
        f(&store)
    });
    match tokio::time::timeout(QUERY_TIME, job).await {
        Err(_) => Err(error(StatusCode::SERVICE_UNAVAILABLE, "the query took too long")),
        Ok(Err(_)) => Err(error(StatusCode::INTERNAL_SERVER_ERROR, "the query failed")),
        Ok(Ok(Err(e))) => Err(error(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string())),
        Ok(Ok(Ok(v))) => Ok(v),
    }
}

fn valid_date(d: &Option<String>) -> bool {
    d.as_deref().is_none_or(|d| {
        d.len() == 10
            && d.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() })
    })
}

async fn events(
    State(st): State<AppState>,
    q: Result<Query<EventFilter>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(q)) = q else { return error(StatusCode::BAD_REQUEST, "unknown or malformed query parameter") };
    if !valid_date(&q.since) || !valid_date(&q.until) {
        return error(StatusCode::BAD_REQUEST, "dates are YYYY-MM-DD");
    }
    if q.sort.as_deref().is_some_and(|s| !["date", "-date", "type", "country", "fatalities"].contains(&s)) {
        return error(StatusCode::BAD_REQUEST, "sort is one of date, -date, type, country, fatalities");
    }
    let long = |s: &Option<String>| s.as_ref().is_some_and(|s| s.len() > 200);
    if [&q.kind, &q.country, &q.actor, &q.doc, &q.q].into_iter().any(long) {
        return error(StatusCode::BAD_REQUEST, "a filter is longer than 200 bytes");
    }
    let limit = q.limit.unwrap_or(100).clamp(1, MAX_PAGE);
    let offset = q.offset.unwrap_or(0);
    let nonempty = |s: Option<String>| s.filter(|s| !s.is_empty());
    let filter = EventFilter {
        kind: nonempty(q.kind),
        country: nonempty(q.country),
        actor: nonempty(q.actor),
        q: nonempty(q.q),
        limit: Some(limit),
        offset: Some(offset),
        ..q
    };
    match query(&st, move |s| s.events_page(&filter)).await {
        Ok((events, total)) => {
            Json(serde_json::json!({"total": total, "offset": offset, "limit": limit, "events": events}))
                .into_response()
        }
        Err(r) => r,
    }
}

async fn event(State(st): State<AppState>, UrlPath(id): UrlPath<String>) -> Response {
    match query(&st, move |s| s.event(&id)).await {
        Ok(Some(e)) => Json(e).into_response(),
        Ok(None) => error(StatusCode::NOT_FOUND, "no such event"),
        Err(r) => r,
    }
}

/// UTF-16 offset of a byte offset, for the page (JavaScript strings count UTF-16 units).
fn utf16_at(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].encode_utf16().count()
}

async fn document(State(st): State<AppState>, UrlPath(id): UrlPath<String>) -> Response {
    let doc_id = id.clone();
    let got = query(&st, move |s| {
        let d = s.document(&doc_id)?;
        let evs = s.events(&EventFilter { doc: Some(doc_id.clone()), ..Default::default() })?;
        Ok((d, evs))
    })
    .await;
    match got {
        Ok((Some(d), evs)) => {
            let spans: Vec<serde_json::Value> = d
                .mentions
                .iter()
                .map(|(k, s, e, l)| {
                    serde_json::json!({"kind": k, "start": s, "end": e, "label": l,
                        "u16_start": utf16_at(&d.text, *s), "u16_end": utf16_at(&d.text, *e)})
                })
                .collect();
            let events: Vec<serde_json::Value> = evs
                .iter()
                .map(|e| {
                    serde_json::json!({"id": e.id, "type": e.kind, "start": e.evidence.start, "end": e.evidence.end,
                        "u16_start": utf16_at(&d.text, e.evidence.start), "u16_end": utf16_at(&d.text, e.evidence.end)})
                })
                .collect();
            Json(serde_json::json!({
                "id": d.id, "url": d.url, "title": d.title, "published": d.published, "lang": d.lang,
                "text": d.text, "spans": spans, "events": events,
            }))
            .into_response()
        }
        Ok((None, _)) => error(StatusCode::NOT_FOUND, "no such document"),
        Err(r) => r,
    }
}

async fn stats(State(st): State<AppState>) -> Response {
    match query(&st, |s| s.stats()).await {
        Ok(s) => Json(s).into_response(),
        Err(r) => r,
    }
}

/// Serves until interrupted (Ctrl-C).
pub async fn serve(state: AppState, addr: SocketAddr) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    println!("kroniko serving http://{bound}/  (store {})", state.db.display());
    axum::serve(listener, router(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets() {
        let t = "경찰 🙂 police";
        assert_eq!(utf16_at(t, 0), 0);
        assert_eq!(utf16_at(t, "경찰 ".len()), 3);
        assert_eq!(utf16_at(t, "경찰 🙂 ".len()), 6);
    }

    #[test]
    fn openapi_lists_every_api_route() {
        let spec: serde_json::Value = serde_json::from_str(OPENAPI).unwrap();
        let paths: Vec<&str> = spec["paths"].as_object().unwrap().keys().map(|k| k.as_str()).collect();
        for p in ["/api/events", "/api/events/{id}", "/api/documents/{id}", "/api/stats", "/api/openapi.json"] {
            assert!(paths.contains(&p), "{p} documented");
        }
        // And the query parameters of /api/events are the ones the server accepts.
        let params: Vec<&str> = spec["paths"]["/api/events"]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        for p in ["type", "country", "actor", "since", "until", "doc", "q", "limit", "offset", "sort"] {
            assert!(params.contains(&p), "parameter {p} documented");
        }
        assert_eq!(params.len(), 10);
    }
}
