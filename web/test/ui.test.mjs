// The web page in a real headless browser (Debian's chromium, driven by playwright-core):
// load the page over a store built from the sample documents, filter by a type, click an event,
// see its evidence highlighted; a document with hostile markup is shown as inert text.
// Run: node --test web/test/   (needs target/debug/kroniko, or KRONIKO_BIN)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = process.env.KRONIKO_BIN || join(root, "target", "debug", "kroniko");
const chromePath = process.env.CHROMIUM || "/usr/bin/chromium";
const artifacts = join(root, "web", "test", "artifacts");
let server, browser, base;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), "kroniko-ui-"));
  const db = join(dir, "k.db");
  const hostile = join(dir, "hostile.jsonl");
  writeFileSync(hostile, JSON.stringify({
    id: "hostile-1", published: "2024-05-02", title: "<img src=x onerror=alert('title')>",
    text: "Police detained 12 protesters in Minsk on Monday <script>alert('text')</script> and <img src=x onerror=alert('img')>, the ministry said.",
  }) + "\n");
  execFileSync(bin, ["ingest", "--db", db, join(root, "samples"), hostile], { stdio: "ignore" });
  server = spawn(bin, ["serve", "--db", db, "--addr", "127.0.0.1:0"], { cwd: root });
  base = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/serving (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve(m[1]);
    });
    server.on("exit", (c) => reject(new Error("server exited " + c)));
    setTimeout(() => reject(new Error("server did not start: " + out)), 20000);
  });
  browser = await chromium.launch({
    executablePath: chromePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill();
});

// Types into a filter box and waits until the table shows the narrowed result.
async function filterText(page, text) {
  const before = await page.locator("#count").textContent();
  await page.fill("#f-q", text);
  await page.waitForFunction((b) => document.getElementById("count").textContent !== b, before);
  await page.waitForFunction(() => document.querySelectorAll("#events tbody tr").length > 0);
}

async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems = [];
  page.on("dialog", async (d) => { problems.push("dialog: " + d.message()); await d.dismiss(); });
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  await page.goto(base);
  await page.waitForSelector("body[data-ready='1']", { timeout: 20000 });
  return { page, problems };
}

test("map, timeline and table show the sample events; a type filter and a click show the evidence", async () => {
  const { page, problems } = await openPage();
  assert.ok(await page.locator("#map .land path").count() > 100, "country outlines drawn");
  assert.ok(await page.locator("#map circle.marker").count() > 3, "markers on the map");
  assert.ok(await page.locator("#timeline rect.bar").count() > 3, "timeline bars");
  const rows = await page.locator("#events tbody tr").count();
  assert.ok(rows > 20, "table rows: " + rows);
  await page.selectOption("#f-type", "ASSAULT");
  await page.waitForFunction(() => {
    const cells = [...document.querySelectorAll("#events tbody tr td:nth-child(2)")];
    return cells.length > 0 && cells.every((c) => c.textContent.startsWith("ASSAULT"));
  });
  const filtered = await page.locator("#events tbody tr").count();
  assert.ok(filtered < rows, "the filter narrows the table");
  await page.locator("#events tbody tr").first().click();
  await page.waitForSelector("#evidence mark.sentence");
  const sentence = await page.locator("#evidence mark.sentence").textContent();
  assert.ok(sentence.length > 10, "evidence sentence shown");
  assert.ok(await page.locator("#evidence mark.sentence mark.k-trigger").count() >= 1, "trigger highlighted");
  assert.ok(await page.locator("#evidence mark.sentence mark.k-actor").count() >= 1, "actor highlighted");
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, "workbench.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("brushing the timeline filters the dates of map, table and timeline", async () => {
  const { page, problems } = await openPage();
  const before = await page.locator("#count").textContent();
  const box = await page.locator("#timeline").boundingBox();
  // Drag across the left half of the timeline.
  await page.mouse.move(box.x + box.width * 0.02, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction((b) => document.getElementById("count").textContent !== b, before);
  assert.ok(await page.locator("#timeline rect.brush").count() === 1, "the brushed range is drawn");
  const dates = await page.locator("#events tbody tr td:first-child").allTextContents();
  const last = dates.filter(Boolean).sort().pop();
  assert.ok(dates.length > 0 && last < "2025-01-01", "only earlier events remain: " + last);
  assert.deepEqual(problems, []);
  await page.close();
});

test("Korean and Cyrillic evidence render as text", async () => {
  const { page } = await openPage();
  await filterText(page, "경찰");
  await page.locator("#events tbody tr").first().click();
  await page.waitForSelector("#evidence mark.sentence");
  assert.match(await page.locator("#evidence .doc").textContent(), /경찰/);
  await page.close();
});

test("hostile markup in a document's text and title is shown as inert text", async () => {
  const { page, problems } = await openPage();
  await filterText(page, "onerror");
  await page.locator("#events tbody tr").first().click();
  await page.waitForSelector("#evidence mark.sentence");
  const text = await page.locator("#evidence").textContent();
  assert.ok(text.includes("<script>alert('text')</script>"), "the script tag is shown as text");
  assert.ok(text.includes("<img src=x onerror=alert('title')>"), "the hostile title is shown as text");
  assert.equal(await page.locator("#evidence img, #evidence script").count(), 0, "no element was created");
  await page.waitForTimeout(300);
  assert.deepEqual(problems, [], "nothing ran");
  await page.screenshot({ path: join(artifacts, "hostile.png") });
  await page.close();
});
