#!/usr/bin/env node
// bench/web_latency.mjs: how long the web UI takes to answer, in a real
// headless Chromium against a real `tochuc serve`, beside the API call it
// waits for, timed from the same page in the same run.
//
//   node bench/web_latency.mjs --db FILE [--tochuc BIN] [--runs N] [--search TEXT]
//
// Works on a copy of FILE (a user is added to it). Prints the median of N
// runs per workload: the UI's time (input to the answer shown, the search's
// 250 ms typing pause included), the API call's time, and their ratio.
// Exits 1 if a page fails; never because of a timing.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const repo = resolve(fileURLToPath(new URL("..", import.meta.url)));
// playwright-core is installed with the web UI's packages.
const { launchChromium, startServer } = await import(join(repo, "web", "e2e", "browser.mjs"));
const { values: args } = parseArgs({
  options: {
    db: { type: "string" },
    tochuc: { type: "string", default: join(repo, "build", "src", "cli", "tochuc") },
    runs: { type: "string", default: "5" },
    search: { type: "string", default: "nguyen van duc" },
  },
});
if (!args.db) {
  console.error("usage: node bench/web_latency.mjs --db FILE [--tochuc BIN] [--runs N] [--search TEXT]");
  process.exit(2);
}
const runs = Number(args.runs);
const password = "bench-mật-khẩu-dài";
const log = (message) => process.stderr.write(`${message}\n`);

const work = mkdtempSync(join(tmpdir(), "tochuc-web-latency-"));
const db = join(work, basename(args.db));
for (const suffix of ["", ".model", ".model.names", ".model.state"]) {
  if (existsSync(args.db + suffix)) copyFileSync(args.db + suffix, db + suffix);
}
const sql = (query) => execFileSync("sqlite3", [db, query], { encoding: "utf8" }).trim();
execFileSync(args.tochuc, ["user", "add", "--db", db, "--login", "bench-web", "--role", "admin",
  "--org", sql("SELECT code FROM orgs WHERE parent IS NULL AND life = 'alive' ORDER BY code LIMIT 1"),
  "--password-stdin"], { input: password + "\n", stdio: ["pipe", "ignore", "inherit"] });
const root = sql("SELECT code FROM orgs WHERE parent IS NULL AND life = 'alive' ORDER BY code LIMIT 1");
const member = sql("SELECT id FROM members WHERE standing = 'active' ORDER BY id LIMIT 1");
const members = sql("SELECT COUNT(*) FROM members WHERE standing = 'active'");

const { server, base } = await startServer(args.tochuc, db);
const browser = await launchChromium();

// Waits for `selector` checking every frame: Playwright's own waits poll at
// up to 500 ms, which would be measured instead of the page.
function shown(page, selector) {
  return page.waitForFunction((css) => document.querySelector(css) !== null, selector, { polling: "raf" });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The API call's time from inside the page (the browser's own fetch).
async function apiMs(page, path) {
  return page.evaluate(async (url) => {
    const start = performance.now();
    const response = await fetch(url, { credentials: "same-origin" });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return performance.now() - start;
  }, `/api/v1${path}`);
}

const workloads = [
  {
    name: `tree: open the root (${sql(`SELECT COUNT(*) FROM orgs WHERE parent = '${root}' AND life = 'alive'`)} children)`,
    api: `/orgs/${root}/children`,
    async ui(page) {
      await page.goto(`${base}/orgs`);
      await page.getByTestId(`org-${root}`).waitFor();
      const start = performance.now();
      await page.locator(".ant-tree-switcher").first().click();
      await shown(page, `.ant-tree-treenode:nth-child(2) [data-testid^='org-']`);
      return performance.now() - start;
    },
  },
  {
    name: `org page: the root's first members (${members} members)`,
    api: `/orgs/${root}/members?limit=20&offset=0`,
    async ui(page) {
      await page.goto(`${base}/orgs`);
      await page.getByTestId(`org-${root}`).waitFor();
      const start = performance.now();
      await page.getByTestId(`org-${root}`).click();
      await shown(page, "a[href^='/members/']");
      return performance.now() - start;
    },
  },
  {
    name: `search as you type: "${args.search}"`,
    api: `/orgs/${root}/members?limit=20&offset=0&search=${encodeURIComponent(args.search)}`,
    async ui(page) {
      await page.goto(`${base}/members`);
      const box = page.getByTestId("member-search");
      await box.waitFor();
      const start = performance.now();
      await box.fill(args.search);
      await shown(page, "a[href^='/members/']");
      return performance.now() - start;
    },
  },
  {
    name: "a member's record and history",
    api: `/members/${member}`,
    async ui(page) {
      await page.goto(`${base}/members`);
      await page.getByTestId("member-search").waitFor();
      const start = performance.now();
      await page.evaluate((path) => {
        window.history.pushState({}, "", path);
        window.dispatchEvent(new PopStateEvent("popstate"));
      }, `/members/${member}`);
      await shown(page, "[data-testid='field-name']");
      return performance.now() - start;
    },
  },
];

let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "vi-VN" });
  await page.goto(base + "/");
  await page.getByLabel("Tên đăng nhập").fill("bench-web");
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByTestId("signed-in-user").waitFor();
  console.log(`web UI latency on ${basename(args.db)}: median of ${runs} runs, headless Chromium, same machine`);
  console.log(`${"workload".padEnd(52)} ${"UI ms".padStart(8)} ${"API ms".padStart(8)} ${"UI/API".padStart(7)}`);
  for (const workload of workloads) {
    log(`== ${workload.name}`);
    const ui = [];
    const api = [];
    for (let run = 0; run < runs; run++) {
      ui.push(await workload.ui(page));
      api.push(await apiMs(page, workload.api));
    }
    const [u, a] = [median(ui), median(api)];
    console.log(`${workload.name.padEnd(52)} ${u.toFixed(0).padStart(8)} ${a.toFixed(1).padStart(8)} ${(u / a).toFixed(1).padStart(6)}×`);
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser.close();
  server.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
