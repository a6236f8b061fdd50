// The review page in headless Chromium. Each page was written by `cargo run --example
// review_page` with the parser's spans and diagnostics beside it as JSON: the page is checked
// against those, and against the notice's own bytes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { PNG } from "pngjs";

const ROOT = process.env.ROOT;
const OUT = join(ROOT, "tests/browser/out");
let browser;

before(async () => {
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
  });
});
after(async () => browser && (await browser.close()));

/** Writes the page of a notice text (given here, not from a fixture) and gives its name. */
function pageOf(name, text) {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.txt`);
  writeFileSync(file, text);
  execFileSync("cargo", ["run", "--quiet", "--locked", "--example", "review_page", "--", file, OUT], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return name;
}

/** Opens a page, collecting console errors and page errors. */
async function open(name, { width = 1400, height = 900, dark = false } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setViewport({ width, height });
  if (dark) await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
  await page.goto("file://" + join(OUT, `${name}.html`), { waitUntil: "load", timeout: 180_000 });
  return { page, errors };
}

/** The notice's bytes from..to as text, with line ends as an HTML parser reads them. */
function slice(bytes, [from, to]) {
  return bytes.subarray(from, to).toString("utf8").replace(/\r\n?/g, "\n");
}

const EXAMPLE = "qingyuan-publicity-2025";
const EXAMPLE_TEXT = join(ROOT, "tests/fixtures/qingyuan-publicity-2025.txt");

test("every span of the parse is one marked element, with its pointer, over its text", async () => {
  const spans = JSON.parse(readFileSync(join(OUT, `${EXAMPLE}.spans.json`), "utf8"));
  const bytes = readFileSync(EXAMPLE_TEXT);
  const { page, errors } = await open(EXAMPLE);
  const marked = await page.$$eval(".text-pane mark[data-pointer]", (marks) =>
    marks.map((m) => [m.dataset.pointer, m.textContent]),
  );
  assert.equal(marked.length, Object.keys(spans).length, "one element per span");
  const byPointer = new Map(marked);
  assert.equal(byPointer.size, marked.length, "no pointer twice");
  for (const [pointer, range] of Object.entries(spans)) {
    assert.equal(byPointer.get(pointer), slice(bytes, range), pointer);
  }
  // The whole notice is on the page, as written.
  const text = await page.$eval("#text", (t) => t.textContent);
  assert.equal(text, bytes.toString("utf8").replace(/\r\n?/g, "\n"));
  assert.deepEqual(errors, []);
  await page.close();
});

test("clicking a figure in the tree highlights its text and scrolls to it", async () => {
  const spans = JSON.parse(readFileSync(join(OUT, `${EXAMPLE}.spans.json`), "utf8"));
  const figures = Object.keys(spans).filter((p) => /\/indicators\/\d+$/.test(p));
  assert.ok(figures.length >= 30, "the example's figures are marked");
  const pointer = figures[figures.length - 1];
  const { page, errors } = await open(EXAMPLE);
  // As a reader does: open the tree down to the figure, then click it.
  const segments = pointer.split("/").slice(1);
  for (let k = 1; k <= segments.length; k++) {
    const prefix = "/" + segments.slice(0, k).join("/");
    await page.evaluate((p, last) => {
      const node = document.querySelector(`.tree [data-pointer="${CSS.escape(p)}"]`);
      if (last || node.getAttribute("aria-expanded") === "false") node.querySelector(".key").click();
    }, prefix, k === segments.length);
  }
  const state = await page.evaluate((p) => {
    const mark = document.querySelector(`.text-pane mark[data-pointer="${CSS.escape(p)}"]`);
    const box = mark.getBoundingClientRect();
    const node = document.querySelector(`.tree [data-pointer="${CSS.escape(p)}"]`);
    return {
      selected: mark.classList.contains("selected"),
      inView: box.top >= 0 && box.bottom <= window.innerHeight,
      nodeSelected: node.classList.contains("selected"),
      nodeShown: node.offsetParent !== null,
    };
  }, pointer);
  assert.deepEqual(state, { selected: true, inView: true, nodeSelected: true, nodeShown: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the keyboard selects a value in the text and opens the tree down to it", async () => {
  const { page, errors } = await open(EXAMPLE);
  const pointer = "/areas/0/measures/0/text";
  await page.focus(`.text-pane mark[data-pointer="${pointer}"]`);
  await page.keyboard.press("Enter");
  const state = await page.evaluate((p) => {
    const node = document.querySelector(`.tree [data-pointer="${p}"]`);
    return { selected: node.classList.contains("selected"), shown: node.offsetParent !== null };
  }, pointer);
  assert.deepEqual(state, { selected: true, shown: true });
  // In the tree, the arrows move the focus.
  await page.focus(".tree [role=treeitem]");
  await page.keyboard.press("ArrowDown");
  const focused = await page.evaluate(() => document.activeElement.dataset.pointer);
  assert.equal(focused, "/areas");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the filter shows one kind at a time", async () => {
  const { page } = await open(EXAMPLE);
  const figureBackground = () =>
    page.$eval(".text-pane mark.k-figure", (m) => getComputedStyle(m).backgroundColor);
  const shown = await figureBackground();
  await page.click(".filter input[data-kind=figure]");
  const hidden = await figureBackground();
  assert.notEqual(shown, hidden);
  assert.equal(hidden, "rgba(0, 0, 0, 0)");
  await page.close();
});

test("text the parser could not place is marked with its diagnostic", async () => {
  const name = "furniture-metadata-block-township";
  const diagnostics = JSON.parse(readFileSync(join(OUT, `${name}.diagnostics.json`), "utf8"));
  const bytes = readFileSync(join(ROOT, `tests/fixtures/genre/${name}.txt`));
  const placed = diagnostics.filter((d) => d.bytes[0] < d.bytes[1]);
  assert.ok(placed.length >= 5, "the page's furniture is reported");
  const { page, errors } = await open(name);
  const marks = await page.$$eval(".text-pane mark[data-diagnostic]", (ms) =>
    ms.map((m) => [m.dataset.diagnostic, m.textContent]),
  );
  // In the order they stand in the text.
  placed.sort((a, b) => a.bytes[0] - b.bytes[0] || b.bytes[1] - a.bytes[1]);
  assert.deepEqual(
    marks,
    placed.map((d) => [d.message, slice(bytes, d.bytes)]),
  );
  // The list's button takes the reader to the stretch.
  await page.click(".diagnostics button[data-target]");
  const selected = await page.$eval(".text-pane mark.k-unplaced", (m) => m.classList.contains("selected"));
  assert.equal(selected, true);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the notice's text is shown as text, never run as markup", async () => {
  const name = pageOf(
    "markup",
    "中共某县委宣传部关于巡察整改进展情况的通报\n" +
      "根据县委统一部署，2024年4月8日至5月31日，县委第二巡察组对县委宣传部进行了巡察。\n" +
      "二、整改任务落实情况\n" +
      "（一）关于<script>window.pwned = 1</script>方面。一是修订<img src=x onerror=\"window.pwned = 2\">制度3项。\n" +
      "中共某县委宣传部\n2024年12月20日\n",
  );
  const { page, errors } = await open(name);
  const state = await page.evaluate(() => ({
    pwned: typeof window.pwned,
    scripts: document.scripts.length,
    images: document.images.length,
    shown: document.getElementById("text").textContent.includes("<script>window.pwned = 1</script>"),
  }));
  // Two scripts: the report's data and the page's own.
  assert.deepEqual(state, { pwned: "undefined", scripts: 2, images: 0, shown: true });
  assert.deepEqual(errors, []);
  await page.close();
});

/** Distinct colors in a screenshot: a blank page has one or two. */
function colors(png) {
  const image = PNG.sync.read(png);
  const seen = new Set();
  for (let i = 0; i < image.data.length; i += 4 * 7) {
    seen.add((image.data[i] << 16) | (image.data[i + 1] << 8) | image.data[i + 2]);
  }
  return { count: seen.size, corner: [image.data[0], image.data[1], image.data[2]] };
}

test("screenshots in light and dark schemes and on a narrow screen are drawn", async () => {
  for (const [file, options] of [
    ["review-light.png", {}],
    ["review-dark.png", { dark: true }],
    ["review-narrow.png", { width: 420, height: 900 }],
  ]) {
    const { page, errors } = await open(EXAMPLE, options);
    const png = await page.screenshot({ path: join(OUT, file) });
    const { count, corner } = colors(png);
    assert.ok(count > 20, `${file}: ${count} colors`);
    const brightness = corner.reduce((a, b) => a + b, 0) / 3;
    assert.ok(options.dark ? brightness < 60 : brightness > 200, `${file}: background ${corner}`);
    if (options.width) {
      const direction = await page.$eval("main", (m) => getComputedStyle(m).flexDirection);
      assert.equal(direction, "column", "the panes stack on a narrow screen");
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("a 5 MB notice opens and scrolls", async () => {
  const head =
    "中共某县委宣传部关于巡察整改进展情况的通报\n" +
    "根据县委统一部署，2024年4月8日至5月31日，县委第二巡察组对县委宣传部进行了巡察。2024年7月10日，县委第二巡察组向县委宣传部反馈了巡察意见。\n" +
    "二、整改任务落实情况\n";
  const area = "（一）关于意识形态工作方面。一是开展专题培训3次，覆盖干部120人。二是修订制度2项，清理资金15.6万元。\n";
  const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(area));
  const name = pageOf("large", head + area.repeat(copies) + "中共某县委宣传部\n2024年12月20日\n");
  const started = Date.now();
  const { page, errors } = await open(name);
  const loaded = Date.now() - started;
  const last = await page.evaluate(() => {
    const marks = document.querySelectorAll(".text-pane mark[data-pointer]");
    const mark = marks[marks.length - 1];
    mark.click();
    return { marks: marks.length, selected: mark.classList.contains("selected") };
  });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  console.log(`# 5 MB notice: ${last.marks} marked values, page loaded in ${loaded} ms`);
  assert.ok(last.marks > copies * 5, `${last.marks} marks`);
  assert.equal(last.selected, true);
  assert.deepEqual(errors, []);
  await page.close();
});
