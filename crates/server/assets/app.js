// kroniko's web page: map, timeline, table and evidence over the read-only API.
// Every string that came from a document is put into the page with textContent or as an
// attribute value set through the DOM, never as markup.
"use strict";

const W = 960, H = 480;
const COLORS = {
  ASSAULT: "#c0392b", COERCE: "#8e44ad", PROTEST: "#e67e22", MOBILIZE: "#7f8c8d", SANCTION: "#2c3e50",
  THREATEN: "#d35400", ACCUSE: "#b7950b", REJECT: "#a04000", REQUEST: "#2874a6", RETREAT: "#17a589",
  AID: "#27ae60", COOPERATE: "#1abc9c", CONCEDE: "#48c9b0", SUPPORT: "#5dade2", CONSULT: "#85c1e9", AGREE: "#58d68d",
};
const state = { events: [], since: null, until: null, selected: null };
const $ = (id) => document.getElementById(id);
const svgNS = "http://www.w3.org/2000/svg";

function el(tag, attrs, text) {
  const e = tag.startsWith("svg:") ? document.createElementNS(svgNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(url + ": " + r.status);
  return r.json();
}

// --- map -----------------------------------------------------------------------------------
const project = (lon, lat) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];

function topoFeatures(topo, objectName) {
  const t = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx; y += dy;
      return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [x, y];
    });
  });
  const ring = (ids) => {
    const pts = [];
    for (const i of ids) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      pts.push(...(pts.length ? a.slice(1) : a));
    }
    return pts;
  };
  const out = [];
  for (const g of topo.objects[objectName].geometries) {
    if (g.type === "Polygon") out.push(g.arcs.map(ring));
    else if (g.type === "MultiPolygon") for (const p of g.arcs) out.push(p.map(ring));
  }
  return out;
}

async function drawWorld() {
  const svg = $("map");
  svg.appendChild(el("svg:rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  try {
    const topo = await getJSON("/assets/world.json");
    const g = el("svg:g", { class: "land" });
    for (const poly of topoFeatures(topo, "countries")) {
      let d = "";
      for (const r of poly) {
        let prev = null;
        r.forEach(([lon, lat], i) => {
          const [x, y] = project(lon, lat);
          // Rings that cross the antimeridian would draw a line across the map: break them.
          const jump = prev && Math.abs(prev - x) > W / 2;
          d += (i === 0 || jump ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
          prev = x;
        });
        d += "Z";
      }
      g.appendChild(el("svg:path", { d }));
    }
    svg.appendChild(g);
  } catch (e) {
    $("map-note").textContent = "Country outlines are not installed (npm ci --prefix web); markers are still placed by coordinates.";
  }
  svg.appendChild(el("svg:g", { id: "markers" }));
}

function drawMarkers(events) {
  const g = $("markers");
  g.replaceChildren();
  // Cluster events that fall within the same 18-pixel cell.
  const cells = new Map();
  for (const e of events) {
    const loc = e.location;
    if (!loc || loc.lat == null || loc.lon == null) continue;
    const [x, y] = project(loc.lon, loc.lat);
    const key = Math.round(x / 18) + ":" + Math.round(y / 18);
    if (!cells.has(key)) cells.set(key, { x, y, events: [] });
    cells.get(key).events.push(e);
  }
  for (const c of cells.values()) {
    const fat = c.events.reduce((s, e) => s + (e.fatalities || 0), 0);
    const r = Math.min(22, 4 + Math.sqrt(fat) * 1.6 + (c.events.length > 1 ? 3 : 0));
    const first = c.events[0];
    const circle = el("svg:circle", {
      cx: c.x.toFixed(1), cy: c.y.toFixed(1), r: r.toFixed(1), class: "marker",
      fill: c.events.length > 1 ? "#555" : COLORS[first.type] || "#333", "data-count": c.events.length,
    });
    const names = c.events.slice(0, 8).map((e) => e.type + " — " + (e.location ? e.location.name : "")).join("\n");
    circle.appendChild(el("svg:title", {}, names + (c.events.length > 8 ? "\n…" : "")));
    circle.addEventListener("click", () => select(first));
    g.appendChild(circle);
    if (c.events.length > 1) {
      g.appendChild(el("svg:text", { x: c.x.toFixed(1), y: (c.y + 4).toFixed(1), class: "count" }, c.events.length));
    }
  }
  const legend = $("legend");
  legend.replaceChildren();
  for (const t of [...new Set(events.map((e) => e.type))].sort()) {
    const item = el("span", { class: "key" });
    const sw = el("i", {});
    sw.style.background = COLORS[t] || "#333";
    item.append(sw, document.createTextNode(t));
    legend.appendChild(item);
  }
}

// --- timeline ------------------------------------------------------------------------------
function drawTimeline(events) {
  const svg = $("timeline");
  svg.replaceChildren();
  const days = events.map((e) => e.date).filter(Boolean).sort();
  if (!days.length) return;
  const t0 = Date.parse(days[0]), t1 = Date.parse(days[days.length - 1]) + 86400000;
  const span = Math.max(t1 - t0, 86400000);
  const x = (t) => 30 + ((t - t0) / span) * (W - 60);
  const counts = new Map();
  for (const d of days) counts.set(d, (counts.get(d) || 0) + 1);
  const max = Math.max(...counts.values());
  const bw = Math.max(2, ((W - 60) * 86400000) / span - 1);
  for (const [d, n] of counts) {
    const h = (n / max) * 80;
    const bar = el("svg:rect", { x: x(Date.parse(d)).toFixed(1), y: (95 - h).toFixed(1), width: bw.toFixed(1), height: h.toFixed(1), class: "bar" });
    bar.appendChild(el("svg:title", {}, d + ": " + n));
    svg.appendChild(bar);
  }
  svg.appendChild(el("svg:text", { x: 30, y: 112, class: "axis" }, days[0]));
  svg.appendChild(el("svg:text", { x: W - 30, y: 112, class: "axis end" }, days[days.length - 1]));
  if (state.since || state.until) {
    const a = state.since ? x(Date.parse(state.since)) : 30, b = state.until ? x(Date.parse(state.until) + 86400000) : W - 30;
    svg.appendChild(el("svg:rect", { x: a, y: 10, width: Math.max(1, b - a), height: 86, class: "brush" }));
  }
  // Brushing: drag to choose dates, click to clear.
  const toDay = (px) => new Date(t0 + ((px - 30) / (W - 60)) * span).toISOString().slice(0, 10);
  const local = (ev) => {
    const r = svg.getBoundingClientRect();
    return ((ev.clientX - r.left) / r.width) * W;
  };
  let start = null;
  svg.onmousedown = (ev) => { start = local(ev); };
  svg.onmouseup = (ev) => {
    if (start === null) return;
    const end = local(ev);
    if (Math.abs(end - start) < 4) { state.since = state.until = null; }
    else { state.since = toDay(Math.min(start, end)); state.until = toDay(Math.max(start, end)); }
    start = null;
    refresh();
  };
}

// --- table and evidence --------------------------------------------------------------------
const actorText = (a) => (a ? a.text + (a.type || a.country ? " [" + [a.type, a.country].filter(Boolean).join(" ") + "]" : "") : "");

function drawTable(events) {
  const body = $("events").querySelector("tbody");
  body.replaceChildren();
  for (const e of events) {
    const tr = el("tr", { tabindex: 0, "data-id": e.id });
    const nums = (e.quantities || []).map((q) => q.what + " " + q.n).join("; ") || (e.fatalities ? "fatalities " + e.fatalities : "");
    const where = e.location ? e.location.name + " [" + (e.location.country || "?") + "]" : e.country ? "[" + e.country + "]" : "";
    const cells = [e.date || "", e.type + (e.mode ? "/" + e.mode : ""), actorText(e.actor1), actorText(e.actor2), where, nums, e.attributed_to || ""];
    for (const c of cells) tr.appendChild(el("td", {}, c));
    tr.firstChild.nextSibling.style.color = COLORS[e.type] || "";
    tr.addEventListener("click", () => select(e));
    tr.addEventListener("keydown", (k) => { if (k.key === "Enter") select(e); });
    if (state.selected && state.selected.id === e.id) tr.classList.add("selected");
    body.appendChild(tr);
  }
}

async function select(e) {
  state.selected = e;
  for (const tr of $("events").querySelectorAll("tr.selected")) tr.classList.remove("selected");
  for (const tr of $("events").querySelectorAll("tbody tr")) if (tr.getAttribute("data-id") === e.id) tr.classList.add("selected");
  const pane = $("evidence");
  pane.replaceChildren(el("p", { class: "note" }, "Loading…"));
  const doc = await getJSON("/api/documents/" + encodeURIComponent(e.doc_id));
  pane.replaceChildren();
  const head = el("div", { class: "event-head" });
  head.appendChild(el("strong", {}, e.type + (e.mode ? "/" + e.mode : "")));
  head.appendChild(document.createTextNode(" " + [actorText(e.actor1), "→", actorText(e.actor2) || "—"].join(" ")));
  pane.appendChild(head);
  const facts = el("dl", { class: "facts" });
  const fact = (k, v) => { if (v) { facts.appendChild(el("dt", {}, k)); facts.appendChild(el("dd", {}, v)); } };
  const dateNote = { published: " (report date)", carried: " (carried from an earlier sentence)" };
  fact("date", e.date ? e.date + (Object.hasOwn(dateNote, e.date_source) ? dateNote[e.date_source] : "") : "");
  fact("place", e.location ? e.location.text + " → " + e.location.name + " (" + e.location.precision + ")" : "");
  fact("numbers", (e.quantities || []).map((q) => q.what + " " + q.n + " (\u201c" + q.text + "\u201d)").join("; "));
  fact("according to", e.attributed_to || "");
  fact("ACLED", e.acled ? e.acled.event_type + ": " + e.acled.sub_event_type : "");
  fact("document", (doc.title || doc.id) + (doc.published ? ", " + doc.published : ""));
  pane.appendChild(facts);
  const ev = doc.events.find((x) => x.id === e.id) || { u16_start: 0, u16_end: 0 };
  const text = doc.text;
  const block = el("div", { class: "doc", lang: doc.lang });
  block.appendChild(document.createTextNode(text.slice(0, ev.u16_start)));
  const sentence = el("mark", { class: "sentence" });
  // Spans inside the evidence sentence, outermost first.
  const spans = doc.spans.filter((s) => s.u16_start >= ev.u16_start && s.u16_end <= ev.u16_end)
    .sort((a, b) => a.u16_start - b.u16_start || b.u16_end - a.u16_end);
  let pos = ev.u16_start;
  for (const s of spans) {
    if (s.u16_start < pos) continue;
    sentence.appendChild(document.createTextNode(text.slice(pos, s.u16_start)));
    const m = el("mark", { class: "k-" + s.kind, title: s.kind + ": " + s.label }, text.slice(s.u16_start, s.u16_end));
    sentence.appendChild(m);
    pos = s.u16_end;
  }
  sentence.appendChild(document.createTextNode(text.slice(pos, ev.u16_end)));
  block.appendChild(sentence);
  block.appendChild(document.createTextNode(text.slice(ev.u16_end)));
  pane.appendChild(block);
  sentence.scrollIntoView({ block: "nearest" });
}

// --- data and filters ----------------------------------------------------------------------
function params() {
  const p = new URLSearchParams({ limit: "1000" });
  const add = (k, v) => { if (v) p.set(k, v); };
  add("type", $("f-type").value);
  add("country", $("f-country").value);
  add("actor", $("f-actor").value.trim());
  add("q", $("f-q").value.trim());
  add("since", state.since);
  add("until", state.until);
  return p;
}

let pending = 0;
async function refresh() {
  const mine = ++pending;
  const data = await getJSON("/api/events?" + params().toString());
  if (mine !== pending) return;
  state.events = data.events;
  $("count").textContent = data.total + " events" + (data.total > data.events.length ? " (first " + data.events.length + " shown)" : "");
  drawMarkers(state.events);
  drawTimeline(state.events);
  drawTable(state.events);
}

async function init() {
  await drawWorld();
  const stats = await getJSON("/api/stats");
  for (const [t, n] of stats.by_type) $("f-type").appendChild(el("option", { value: t }, t + " (" + n + ")"));
  for (const [c, n] of stats.by_country) if (c) $("f-country").appendChild(el("option", { value: c }, c + " (" + n + ")"));
  for (const id of ["f-type", "f-country"]) $(id).addEventListener("change", refresh);
  let timer = null;
  for (const id of ["f-actor", "f-q"]) $(id).addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(refresh, 250); });
  $("f-clear").addEventListener("click", () => {
    for (const id of ["f-type", "f-country", "f-actor", "f-q"]) $(id).value = "";
    state.since = state.until = null;
    refresh();
  });
  await refresh();
  document.body.setAttribute("data-ready", "1");
}

document.addEventListener("DOMContentLoaded", init);
