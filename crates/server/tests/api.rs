//! The API against a real store: every parameter the OpenAPI document lists is accepted, and
//! nothing else is; responses carry the security headers.

use std::io::{Read, Write};
use std::net::TcpStream;

fn get(addr: &str, path: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let (head, body) = out.split_once("\r\n\r\n").unwrap_or((&out, ""));
    let code = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (code, head.to_lowercase(), body.to_string())
}

#[test]
fn documented_parameters_work_and_others_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    drop(kroniko_store::Store::open(&db).unwrap());
    let state = kroniko_server::AppState { db, world: None };
    let rt = tokio::runtime::Runtime::new().unwrap();
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    rt.spawn(async move { axum::serve(listener, kroniko_server::router(state)).await.unwrap() });

    let (code, _, spec) = get(&addr, "/api/openapi.json");
    assert_eq!(code, 200);
    let spec: serde_json::Value = serde_json::from_str(&spec).unwrap();
    let sample = |name: &str| match name {
        "since" | "until" => "2022-01-01",
        "limit" | "offset" => "5",
        "sort" => "-date",
        _ => "x",
    };
    for p in spec["paths"]["/api/events"]["get"]["parameters"].as_array().unwrap() {
        let name = p["name"].as_str().unwrap();
        let (code, _, body) = get(&addr, &format!("/api/events?{name}={}", sample(name)));
        assert_eq!(code, 200, "{name}: {body}");
    }
    assert_eq!(get(&addr, "/api/events?bogus=1").0, 400);
    assert_eq!(get(&addr, "/api/events?since=yesterday").0, 400);
    assert_eq!(get(&addr, "/api/events?sort=evil").0, 400);
    let (code, head, _) = get(&addr, "/api/stats");
    assert_eq!(code, 200);
    assert!(head.contains("content-security-policy: default-src 'none'"));
    assert_eq!(get(&addr, "/api/events/nope").0, 404);
    assert_eq!(get(&addr, "/api/documents/nope").0, 404);
    assert_eq!(get(&addr, "/assets/world.json").0, 404);
    let (code, _, html) = get(&addr, "/");
    assert_eq!(code, 200);
    assert!(html.contains("<script src=\"/assets/app.js\" defer></script>") && !html.contains("<script>"));
}
