// End-to-end tests of the web UI in a real headless Chromium (Debian's
// `chromium`, driven by playwright-core) against a real `tochuc serve` on
// loopback with a fresh database.
//
// usage: node e2e/run.mjs PATH/TO/tochuc SCREENSHOT_DIR
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { strict as assert } from "node:assert";
import { launchChromium, startServer } from "./browser.mjs";

const [tochucArg, shotsArg] = process.argv.slice(2);
if (!tochucArg || !shotsArg) {
  console.error("usage: node e2e/run.mjs PATH/TO/tochuc SCREENSHOT_DIR");
  process.exit(2);
}
const tochuc = resolve(tochucArg);
const shots = resolve(shotsArg);
mkdirSync(shots, { recursive: true });
const PASSWORD = "mật-khẩu-thử-nghiệm";

function run(...args) {
  return execFileSync(tochuc, args, { encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
}
function sql(db, query) {
  return execFileSync("sqlite3", [db, query], { encoding: "utf8" }).trim();
}
// Picks `option` in the Ant Design Select labelled `label`. Under ASan the
// list may still be moving (a dialog opening) or close again before the
// click lands, so each try is short and the next one opens the list again
// only when it is closed, until the Select shows the option.
async function choose(page, label, option) {
  const input = page.getByRole("combobox", { name: label, exact: true });
  const select = page.locator(".ant-select").filter({ has: input });
  const chosen = select.locator(`.ant-select-selection-item[title='${option}']`);
  const item = page.locator(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title='${option}']`);
  for (let attempt = 0; attempt < 10 && !(await chosen.isVisible()); ++attempt) {
    if ((await input.getAttribute("aria-expanded")) !== "true") await select.click();
    await item.click({ timeout: 3000 }).catch(() => {});
    await chosen.waitFor({ timeout: 2000 }).catch(() => {});
  }
  await chosen.waitFor();
}

const work = mkdtempSync(join(tmpdir(), "tochuc-e2e-"));
const db = join(work, "e2e.db");
const ledger = join(work, "ledger.jsonl");
run("generate", "--members", "6000", "--seed", "3", "-o", ledger);
// One member the tests know: found by "nguyen van duc", with confidential fields.
const lastDate = JSON.parse(readFileSync(ledger, "utf8").trim().split("\n").pop()).date;
const knownCell = () => sql(db, "SELECT m.org FROM members m JOIN orgs o ON o.code = m.org WHERE m.standing = 'active' AND o.life = 'alive' GROUP BY m.org ORDER BY COUNT(*) DESC LIMIT 1");
run("import", "--db", db, ledger);
const knownLine = { type: "member.registered", date: lastDate, member: "E2E-DUC", org: knownCell(), status: "official",
  admitted_on: "2001-05-19", official_on: "2002-05-19",
  person: { name: "Nguyễn Văn Đức", sex: "M", born_on: "1975-04-30", ethnicity: "Kinh", religion: "none",
    education: "12/12", theory_level: "advanced", youth_union: false, national_id: "001075009999",
    family: "Vợ: Trần Thị Hoa" } };
appendFileSync(join(work, "known.jsonl"), JSON.stringify(knownLine) + "\n");
run("import", "--db", db, join(work, "known.jsonl"));
const root = sql(db, "SELECT code FROM orgs WHERE parent IS NULL AND life = 'alive' ORDER BY code LIMIT 1");
const upper = sql(db, `SELECT code FROM orgs WHERE parent = '${root}' AND life = 'alive' ORDER BY kind = 'upper_committee' DESC, code LIMIT 1`);
const cell = sql(db, "SELECT m.org FROM members m JOIN orgs o ON o.code = m.org WHERE m.standing = 'active' AND o.life = 'alive' GROUP BY m.org ORDER BY COUNT(*) DESC LIMIT 1");
const otherCell = sql(db, `SELECT m.org FROM members m JOIN orgs o ON o.code = m.org WHERE m.standing = 'active' AND o.life = 'alive' AND m.org <> '${cell}' GROUP BY m.org ORDER BY COUNT(*) DESC LIMIT 1`);
const member = sql(db, `SELECT id FROM members WHERE org = '${cell}' AND standing = 'active' ORDER BY id LIMIT 1`);
const users = {
  quantri: ["admin", root],
  canbo: ["staff", upper],
  vanthu: ["clerk", cell],
  kiemtra: ["inspector", root],
  dangvien: ["member", cell, member],
};
for (const [login, [role, org, memberId]] of Object.entries(users)) {
  execFileSync(tochuc, ["user", "add", "--db", db, "--login", login, "--role", role, "--org", org,
    ...(memberId ? ["--member", memberId] : []), "--password-stdin"], { input: PASSWORD + "\n", stdio: ["pipe", "ignore", "ignore"] });
}

const { server, base } = await startServer(tochuc, db);
const browser = await launchChromium();

// Errors thrown in the page fail the test that was running.
const pageErrors = [];

// The API's answers each page got, the latest last: what a failure prints.
const apiAnswers = new Map();

async function signedIn(login) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "vi-VN", acceptDownloads: true });
  page.on("pageerror", (error) => pageErrors.push(error));
  const answers = [];
  apiAnswers.set(page, { login, answers });
  page.on("response", (response) => {
    const request = response.request();
    if (!response.url().includes("/api/v1/")) return;
    answers.push(`${new Date().toISOString()} ${request.method()} ${response.url().replace(base, "")} ${response.status()}`);
    if (answers.length > 12) answers.shift();
  });
  await page.goto(base + "/");
  await page.getByLabel("Tên đăng nhập").fill(login);
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByTestId("signed-in-user").waitFor();
  return page;
}

// The dialog titled `title`, once drawn and done opening (Ant Design zooms
// it in: a click during the zoom may land beside the moving button).
async function openedDialog(page, title) {
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.waitFor();
  await page.waitForFunction(() => !document.querySelector(".ant-modal[class*='ant-zoom']"));
  return dialog;
}

// The tree draws only the rows in view: scrolls from the top down until
// `testId` is drawn.
async function scrolledTo(page, testId) {
  await page.locator(".ant-tree-treenode").nth(1).waitFor();
  const list = page.locator(".ant-tree-list-holder");
  await list.evaluate((holder) => holder.scrollTo(0, 0));
  await page.waitForTimeout(100);  // the list draws on the next frames
  for (let step = 0; step < 200 && !(await page.getByTestId(testId).count()); step++) {
    await list.evaluate((holder) => holder.scrollBy(0, holder.clientHeight / 2));
    await page.waitForTimeout(50);
  }
  await page.getByTestId(testId).scrollIntoViewIfNeeded({ timeout: 2000 });
}

const tests = {
  async "the server's static files never reach outside the built UI"() {
    for (const path of ["/../../etc/passwd", "/assets/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/hosts",
      "/assets/nothing.js"]) {
      const response = await fetch(base + path);
      const text = await response.text();
      assert.ok(!/root:|localhost/.test(text), `${path} leaked a file`);
      assert.ok(response.status === 200 || response.status === 404 || response.status === 400, `${path}: ${response.status}`);
    }
    const index = await fetch(base + "/orgs/ANY");
    assert.equal(index.status, 200);
    assert.match(await index.text(), /<div id="root">/);
  },
  async "every role signs in and sees its unit and role"() {
    const roles = { quantri: "Quản trị viên", canbo: "Cán bộ Ban Tổ chức", vanthu: "Văn thư cơ sở",
      kiemtra: "Kiểm tra", dangvien: "Đảng viên" };
    for (const [login, [, org]] of Object.entries(users)) {
      const page = await signedIn(login);
      assert.equal(await page.getByTestId("signed-in-user").textContent(), login);
      assert.match(await page.getByTestId("signed-in-unit").textContent(), new RegExp(org));
      assert.equal(await page.getByTestId("signed-in-role").textContent(), roles[login]);
      await page.getByRole("button", { name: "Đăng xuất" }).click();
      await page.getByRole("button", { name: "Đăng nhập" }).waitFor();
      await page.close();
    }
  },
  async "a wrong password is refused in Vietnamese"() {
    const page = await browser.newPage();
    await page.goto(base + "/");
    await page.getByLabel("Tên đăng nhập").fill("quantri");
    await page.getByLabel("Mật khẩu").fill("sai mật khẩu");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByText("Tên đăng nhập hoặc mật khẩu không đúng").waitFor();
    await page.close();
  },
  async "the tree opens level by level and leads to an org page"() {
    const page = await signedIn("quantri");
    await page.getByTestId(`org-${root}`).waitFor();
    await page.screenshot({ path: join(shots, "tree.png"), fullPage: true });
    await page.locator(".ant-tree-switcher").first().click();
    await scrolledTo(page, `org-${upper}`);
    await page.screenshot({ path: join(shots, "tree-open.png") });  // the tree scrolls inside the page
    const dissolved = sql(db, `SELECT code FROM orgs WHERE parent = '${root}' AND life = 'dissolved' ORDER BY code LIMIT 1`);
    assert.ok(dissolved, "the test data has a dissolved org under the root");
    await scrolledTo(page, `org-${dissolved}`).then(() => assert.fail(`${dissolved} is dissolved but shown`), () => {});
    await page.getByTestId("tree-show-ended").click();
    await scrolledTo(page, `org-${dissolved}`);
    assert.match(await page.getByTestId(`org-${dissolved}`).textContent(), /Đã giải thể \d\d\/\d\d\/\d{4}/);
    await page.getByTestId("tree-show-ended").click();
    await scrolledTo(page, `org-${upper}`);
    await page.getByTestId(`org-${upper}`).click();
    await page.waitForURL(`**/orgs/${upper}`);
    await page.getByTestId("org-members").waitFor();
    await page.getByText("Đảng viên", { exact: true }).first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(600);  // the charts' animation, for the picture
    await page.screenshot({ path: join(shots, "org.png"), fullPage: true });
    await page.close();
  },
  async "an org is found by its name typed without accents, and opened"() {
    const page = await signedIn("canbo");
    const [code, name] = sql(db, `WITH RECURSIVE sub(code) AS (SELECT '${upper}' UNION SELECT o.code FROM orgs o JOIN sub ON o.parent = sub.code)
      SELECT code || '|' || name FROM orgs WHERE code IN sub AND code <> '${upper}' AND life = 'alive' ORDER BY code LIMIT 1`).split("|");
    const typed = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
    await page.getByTestId("org-finder").fill(typed);
    await page.getByTestId(`found-${code}`).waitFor();
    await page.waitForTimeout(400);  // the list's opening animation, for the picture
    await page.screenshot({ path: join(shots, "org-finder.png") });
    await page.getByTestId(`found-${code}`).click();
    await page.waitForURL(`**/orgs/${code}`);
    await page.getByText(name).first().waitFor();
    await page.close();
  },
  async "searching without accents finds and opens a record"() {
    const page = await signedIn("quantri");
    await page.getByRole("link", { name: "Tìm đảng viên" }).click();
    const started = Date.now();
    await page.getByTestId("member-search").fill("nguyen van duc");
    const first = page.getByRole("link", { name: "Nguyễn Văn Đức" }).first();
    await first.waitFor();
    const answeredMs = Date.now() - started;
    const name = await first.textContent();
    assert.equal(name, "Nguyễn Văn Đức");
    await page.screenshot({ path: join(shots, "search.png"), fullPage: true });
    await first.click();
    await page.getByText("Quá trình").waitFor();
    assert.equal(await page.getByTestId("field-name").textContent(), name);
    await page.screenshot({ path: join(shots, "member.png"), fullPage: true });
    console.log(`    search answered in ${answeredMs} ms (typing pause included)`);
    await page.close();
  },
  async "an admission shows on the reports page as exactly one more"() {
    const page = await signedIn("vanthu");
    const figures = async () => {
      await page.goto(`${base}/reports`);
      await page.getByTestId("report-closing").waitFor();
      const number = async (id) => Number((await page.getByTestId(id).locator(".ant-statistic-content").textContent()).replace(/\./g, ""));
      const shown = {};
      for (const figure of ["opening", "increases", "decreases", "admitted", "closing"]) shown[figure] = await number(`report-${figure}`);
      assert.equal(shown.opening + shown.increases - shown.decreases, shown.closing, JSON.stringify(shown));
      return { admitted: shown.admitted, closing: shown.closing };
    };
    const before = await figures();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: join(shots, "reports.png"), fullPage: true });
    await page.goto(`${base}/orgs/${cell}`);
    await page.getByRole("button", { name: "Kết nạp đảng viên" }).click();
    await page.getByLabel("Mã đảng viên").fill("E2E0001");
    await page.getByLabel("Họ và tên").fill("Nguyễn Thị Thử");
    await choose(page, "Giới tính", "Nữ");
    await page.getByLabel("Ngày sinh").fill("15/03/2000");
    await page.getByLabel("Ngày sinh").press("Enter");
    // On the ledger's last day: the reports' default year stays the same.
    await page.getByLabel("Ngày kết nạp (theo quyết định)").fill(lastDate.split("-").reverse().join("/"));
    await page.getByLabel("Ngày kết nạp (theo quyết định)").press("Enter");
    await page.locator(".ant-modal-title").click();
    await page.getByLabel("Số quyết định").fill("99-QĐ/ĐU");
    await page.screenshot({ path: join(shots, "admit-form.png"), fullPage: true });
    await page.getByRole("button", { name: "Ghi" }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    const after = await figures();
    assert.deepEqual(after, { admitted: before.admitted + 1, closing: before.closing + 1 });
    await page.close();
  },
  async "a rule-breaking admission shows the server's message and changes nothing"() {
    const page = await signedIn("vanthu");
    const lines = () => Number(sql(db, "SELECT COUNT(*) FROM ledger"));
    const before = lines();
    await page.goto(`${base}/orgs/${cell}`);
    await page.getByRole("button", { name: "Kết nạp đảng viên" }).click();
    await page.getByLabel("Mã đảng viên").fill("E2E0002");
    await page.getByLabel("Họ và tên").fill("Trẻ Quá Tuổi");
    await page.getByLabel("Ngày sinh").fill("01/01/2015");
    await page.getByLabel("Ngày sinh").press("Enter");
    await page.getByRole("button", { name: "Ghi" }).click();
    await page.getByTestId("form-error").waitFor();
    assert.match(await page.getByTestId("form-error").textContent(), /vi phạm quy định/);
    await page.locator(".ant-form-item-explain-error").first().waitFor();
    assert.match(await page.locator(".ant-form-item-explain-error").first().textContent(), /tuổi khi kết nạp là \d+ năm/);
    await page.screenshot({ path: join(shots, "admit-refused.png"), fullPage: true });
    assert.equal(lines(), before);
    await page.close();
  },
  async "a member arriving from outside is received with their admission dates"() {
    const page = await signedIn("vanthu");
    await page.goto(`${base}/orgs/${cell}`);
    await page.locator(".ant-dropdown-trigger").click();
    await page.getByText("Tiếp nhận đảng viên chuyển đến").click();
    await page.getByLabel("Mã đảng viên").fill("E2E-DEN");
    await page.getByLabel("Họ và tên").fill("Lò Văn Đến");
    for (const [label, day] of [["Ngày sinh", "02/09/1980"], ["Ngày vào Đảng", "19/05/2005"], ["Ngày chính thức", "19/05/2006"]]) {
      await page.getByLabel(label).fill(day);
      await page.getByLabel(label).press("Enter");
    }
    await page.getByLabel("Ngày (theo quyết định)").fill(lastDate.split("-").reverse().join("/"));
    await page.getByLabel("Ngày (theo quyết định)").press("Enter");
    await page.getByLabel("Số quyết định").fill("12-QĐ/ĐU");
    await page.locator(".ant-modal-title").click();  // closes the calendar, for the picture
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(shots, "transfer-in-form.png") });
    await page.getByRole("button", { name: "Ghi", exact: true }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    const line = JSON.parse(sql(db, "SELECT body FROM ledger WHERE member = 'E2E-DEN'"));
    assert.deepEqual([line.type, line.date, line.org, line.status, line.admitted_on, line.official_on, line.person.name],
      ["member.transferred_in", lastDate, cell, "official", "2005-05-19", "2006-05-19", "Lò Văn Đến"]);
    await page.close();
  },
  async "the reports page downloads the report on its form as Excel and PDF"() {
    const page = await signedIn("kiemtra");
    await page.goto(`${base}/reports`);
    await page.getByTestId("report-closing").waitFor();
    for (const [testId, magic, extension] of [["download-xlsx", "PK", "xlsx"], ["download-pdf", "%PDF", "pdf"]]) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
      assert.match(download.suggestedFilename(), new RegExp(`^stock-flow-${root}-\\d{4}-01-01_\\d{4}-12-31\\.${extension}$`));
      const bytes = readFileSync(await download.path());
      assert.equal(bytes.subarray(0, magic.length).toString("latin1"), magic);
    }
    await page.getByRole("tab", { name: "Cơ cấu" }).click();
    const [composition] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pdf").click()]);
    assert.match(composition.suggestedFilename(), new RegExp(`^composition-${root}-\\d{4}-12-31\\.pdf$`));
    await page.close();
  },
  async "a clerk cannot see another unit"() {
    const page = await signedIn("vanthu");
    await page.goto(`${base}/orgs/${otherCell}`);
    await page.getByText(`Không tìm thấy tổ chức đảng có mã '${otherCell}'`).waitFor();
    await page.goto(`${base}/orgs/${cell}`);
    await page.getByTestId("org-members").waitFor();
    await page.close();
  },
  async "only the inspector sees confidential fields"() {
    for (const [login, sees] of [["vanthu", false], ["quantri", false], ["kiemtra", true]]) {
      const page = await signedIn(login);
      await page.goto(`${base}/members/E2E-DUC`);
      await page.getByTestId("field-name").waitFor();
      assert.equal(await page.getByTestId("field-national_id").count(), sees ? 1 : 0, login);
      assert.equal(await page.getByText("Số CCCD").count(), sees ? 1 : 0, login);
      if (sees) await page.screenshot({ path: join(shots, "member-inspector.png"), fullPage: true });
      await page.close();
    }
  },
  async "a bad import shows its line errors and a good one is imported"() {
    const page = await signedIn("quantri");
    await page.getByRole("link", { name: "Nhập / tải sổ" }).click();
    const bad = [
      JSON.stringify({ type: "member.died", date: lastDate, member: "E2E-DUC" }),
      JSON.stringify({ type: "member.died", date: "2025-02-30", member: "E2E-DUC" }),
      "{not json",
    ].join("\n");
    await page.locator("input[type=file]").setInputFiles({ name: "bad.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(bad) });
    await page.getByText("Tệp bị từ chối").waitFor();
    await page.getByText("dòng 2").waitFor();
    await page.getByText("dòng 3").waitFor();
    await page.screenshot({ path: join(shots, "import-refused.png"), fullPage: true });
    assert.equal(sql(db, "SELECT standing FROM members WHERE id = 'E2E-DUC'"), "active");
    const good = JSON.stringify({ type: "member.exempted", date: lastDate, member: "E2E-DUC" });
    await page.locator("input[type=file]").setInputFiles({ name: "good.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(good) });
    await page.getByText("Đã nhập 1 sự kiện").waitFor();
    assert.equal(sql(db, "SELECT exempted FROM members WHERE id = 'E2E-DUC'"), "1");
    await page.close();
  },
  async "an admin adds a user who then signs in"() {
    const page = await signedIn("quantri");
    await page.getByRole("link", { name: "Người dùng" }).click();
    await page.getByRole("button", { name: "Thêm người dùng" }).click();
    await page.getByLabel("Tên đăng nhập").fill("canbo2");
    await page.getByLabel("Mật khẩu (ít nhất 10 ký tự)").fill("ngắn");
    await page.getByLabel("Mã đơn vị").fill(upper);
    await page.getByRole("button", { name: "Thêm", exact: true }).click();
    await page.locator(".ant-form-item-explain-error").first().waitFor();
    await page.screenshot({ path: join(shots, "users-refused.png"), fullPage: true });
    await page.getByLabel("Mật khẩu (ít nhất 10 ký tự)").fill(PASSWORD);
    await page.getByRole("button", { name: "Thêm", exact: true }).click();
    await page.getByRole("cell", { name: "canbo2", exact: true }).waitFor();
    await page.screenshot({ path: join(shots, "users.png"), fullPage: true });
    await page.close();
    const added = await signedIn("canbo2");
    assert.match(await added.getByTestId("signed-in-unit").textContent(), new RegExp(upper));
    await added.close();
  },
  async "a member's events are recorded from their page, and a refused one says why in Vietnamese"() {
    const page = await signedIn("quantri");
    await page.goto(`${base}/members/E2E-DUC`);
    await page.getByRole("button", { name: "Ghi sự kiện" }).click();
    await page.getByLabel("Chuyển đến (mã chi bộ)").fill(otherCell);
    await page.getByLabel("Số quyết định").fill("7-QĐ/ĐU");
    await page.screenshot({ path: join(shots, "member-event-form.png"), fullPage: true });
    await page.getByRole("button", { name: "Ghi", exact: true }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page.getByTestId("field-org").filter({ hasText: otherCell }).waitFor();
    await page.getByText(/Chuyển sinh hoạt.*7-QĐ\/ĐU/).waitFor();
    assert.equal(sql(db, "SELECT org FROM members WHERE id = 'E2E-DUC'"), otherCell);
    const before = Number(sql(db, "SELECT COUNT(*) FROM ledger"));
    await page.getByRole("button", { name: "Ghi sự kiện" }).click();
    await choose(page, "Sự kiện", "Công nhận đảng viên chính thức");
    await page.getByRole("button", { name: "Ghi", exact: true }).click();
    await page.getByTestId("event-error").waitFor();
    assert.match(await page.getByTestId("event-error").textContent(), /đã là đảng viên chính thức/);
    await page.getByTestId("event-error").click();  // closes the list of types, for the picture
    await page.screenshot({ path: join(shots, "member-event-refused.png"), fullPage: true });
    assert.equal(Number(sql(db, "SELECT COUNT(*) FROM ledger")), before);
    await page.close();
  },
  async "an org's page shows its figures for the year, and they agree with its member count"() {
    const page = await signedIn("canbo");
    await page.goto(`${base}/orgs/${upper}`);
    await page.getByTestId("org-closing").waitFor();
    const number = async (id) => Number((await page.getByTestId(id).locator(".ant-statistic-content").textContent()).replace(/\./g, ""));
    const [opening, increases, decreases, closing] = [await number("org-opening"), await number("org-increases"),
      await number("org-decreases"), await number("org-closing")];
    assert.equal(opening + increases - decreases, closing);
    assert.equal(closing, Number((await page.getByTestId("org-members").textContent()).replace(/\./g, "")));
    await page.getByText("Đảng viên qua các năm").waitFor();
    await page.getByTestId("composition-age_band").locator("canvas").waitFor();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(600);  // the charts' animation, for the picture
    await page.screenshot({ path: join(shots, "org-figures.png"), fullPage: true });
    await page.close();
  },
  async "staff change the tree from an org's page; a refused change says why and changes nothing"() {
    const page = await signedIn("canbo");
    const lines = () => Number(sql(db, "SELECT COUNT(*) FROM ledger"));
    const orgEvent = async (type) => {
      await page.getByTestId("org-event-button").click();
      await choose(page, "Sự kiện", type);
      // Dated today, the form's default: after the member events recorded today,
      // an earlier date would be back-dated and replay the ledger (slow under ASan).
    };
    await page.goto(`${base}/orgs/${upper}`);
    await orgEvent("Thành lập tổ chức trực thuộc");
    await page.getByLabel("Mã tổ chức mới").fill("E2E-CB");
    await page.getByLabel("Tên", { exact: true }).fill("Chi bộ Thử nghiệm");
    await page.getByLabel("Số quyết định").fill("46-QĐ/ĐU");
    await page.screenshot({ path: join(shots, "org-event-form.png"), fullPage: true });
    await page.getByRole("button", { name: "Ghi", exact: true }).click();
    await page.waitForURL("**/orgs/E2E-CB");
    await page.getByText("Chi bộ Thử nghiệm").first().waitFor();
    assert.equal(sql(db, "SELECT parent FROM orgs WHERE code = 'E2E-CB'"), upper);

    await orgEvent("Đổi tên");
    await page.getByLabel("Tên mới").fill("Chi bộ Thôn Mới");
    await page.getByRole("button", { name: "Ghi", exact: true }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page.getByText("Chi bộ Thôn Mới").first().waitFor();

    await page.goto(`${base}/orgs/${upper}`);
    const before = lines();
    await orgEvent("Giải thể");
    await page.getByRole("button", { name: "Ghi", exact: true }).click();
    await page.getByTestId("org-event-error").waitFor();
    assert.match(await page.getByTestId("org-event-error").textContent(), /còn \d+ đảng viên|còn \d+ tổ chức trực thuộc/);
    await page.screenshot({ path: join(shots, "org-event-refused.png"), fullPage: true });
    assert.equal(lines(), before);

    await page.goto(`${base}/orgs/E2E-CB`);
    await orgEvent("Giải thể");
    await page.getByRole("button", { name: "Ghi", exact: true }).click();
    await page.getByText(/Đã giải thể/).waitFor();
    assert.equal(sql(db, "SELECT life FROM orgs WHERE code = 'E2E-CB'"), "dissolved");
    assert.equal(lines(), before + 1);
    await page.close();
  },
  async "a period is opened, a unit's report submitted, returned with a reason, resubmitted and approved"() {
    const admin = await signedIn("quantri");
    await admin.getByRole("link", { name: "Kỳ báo cáo" }).click();
    await admin.getByRole("button", { name: "Mở kỳ báo cáo" }).click();
    await admin.getByLabel("Tên kỳ báo cáo").fill("Năm thử nghiệm");
    const year = lastDate.slice(0, 4);
    await admin.getByPlaceholder("Ngày bắt đầu").fill(`01/01/${year}`);
    await admin.getByPlaceholder("Ngày kết thúc").fill(`31/12/${year}`);
    await admin.getByPlaceholder("Ngày kết thúc").press("Enter");
    await admin.getByRole("button", { name: "Mở", exact: true }).click();
    await admin.getByRole("dialog").waitFor({ state: "hidden" });

    const staff = await signedIn("canbo");
    await staff.goto(`${base}/review`);
    await staff.getByTestId(`submit-${upper}`).click();
    await staff.getByTestId(`review-status-${upper}`).filter({ hasText: "Đã gửi, chờ duyệt" }).waitFor();
    assert.equal(await staff.getByTestId(`approve-${upper}`).count(), 0);  // not the unit's own to approve

    await admin.goto(`${base}/review`);
    await admin.getByTestId(`review-status-${upper}`).filter({ hasText: "Đã gửi, chờ duyệt" }).waitFor();
    await admin.getByTestId(`return-${upper}`).click();
    // The dialog's own button (the row's has the same name), once the dialog is fully open.
    const returnDialog = await openedDialog(admin, "Trả lại báo cáo");
    await returnDialog.getByRole("button", { name: "Trả lại", exact: true }).click();
    await admin.getByTestId("return-error").filter({ hasText: "cần ghi rõ lý do" }).waitFor();
    await admin.getByTestId("return-comment").fill("Thiếu số liệu chi bộ Sở Y tế");
    await returnDialog.getByRole("button", { name: "Trả lại", exact: true }).click();
    await admin.getByTestId(`review-status-${upper}`).filter({ hasText: "Bị trả lại" }).waitFor();

    await staff.reload();
    await staff.getByTestId(`submit-${upper}`).click();
    await staff.getByTestId(`review-status-${upper}`).filter({ hasText: "Đã gửi, chờ duyệt" }).waitFor();
    await admin.reload();
    await admin.getByTestId(`approve-${upper}`).click();
    await admin.getByTestId(`review-status-${upper}`).filter({ hasText: "Đã duyệt, khóa số liệu" }).waitFor();
    await admin.locator("tr", { has: admin.getByTestId(`review-${upper}`) }).locator(".ant-table-row-expand-icon").click();
    await admin.getByText(/Trả lại \(quantri\): Thiếu số liệu/).waitFor();
    await admin.screenshot({ path: join(shots, "review.png"), fullPage: true });
    await staff.reload();
    await staff.getByTestId(`review-status-${upper}`).filter({ hasText: "Đã duyệt, khóa số liệu" }).waitFor();
    assert.equal(await staff.getByTestId(`submit-${upper}`).count(), 0);  // locked
    assert.equal(sql(db, "SELECT group_concat(action) FROM report_steps"), "submit,return,submit,approve");

    // A death dated inside the locked year, recorded after the lock (through
    // the API, as the member page's form sends it).
    const member = sql(db, `WITH RECURSIVE sub(code) AS (SELECT '${upper}' UNION SELECT o.code FROM orgs o JOIN sub ON o.parent = sub.code)
      SELECT id FROM members WHERE org IN sub AND standing = 'active' AND id LIKE 'M%' ORDER BY id LIMIT 1`);
    const recorded = await admin.evaluate(async ([id, date]) => {
      const session = await (await fetch("/api/v1/session")).json();
      const response = await fetch("/api/v1/events", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": session.csrf_token },
        body: JSON.stringify({ type: "member.died", date, member: id, doc: "3-TB/ĐU" }),
      });
      return response.status;
    }, [member, lastDate]);
    assert.equal(recorded, 201);
    const lockedClosing = Number(sql(db, `SELECT json_extract(snapshot, '$.stock_flow.total.closing') FROM report_steps WHERE org = '${upper}' AND action = 'submit' ORDER BY seq DESC LIMIT 1`));
    await admin.reload();
    await admin.getByTestId(`corrections-count-${upper}`).filter({ hasText: "1 sự kiện" }).waitFor();
    await admin.waitForLoadState("networkidle");
    await admin.screenshot({ path: join(shots, "review-late.png"), fullPage: true });
    await admin.getByTestId(`corrections-${upper}`).click();
    await admin.getByTestId("corrections-lines").getByText("Từ trần").waitFor();
    assert.match(await admin.getByTestId("corrections-lines").textContent(), new RegExp(member));
    assert.match(await admin.getByTestId("corrections-figures").textContent(), /Từ trần.*\+1/);
    await admin.screenshot({ path: join(shots, "corrections.png"), fullPage: true });
    // The next year opens against the locked closing, with the death as the adjustment.
    await admin.getByTestId("corrections-next-period").click();
    const carried = admin.getByTestId("report-locked-before");
    await carried.filter({ hasText: "điều chỉnh" }).waitFor();
    assert.match(await carried.textContent(), new RegExp(`${lockedClosing.toLocaleString("vi-VN")} đã khóa − 1 điều chỉnh`));
    await admin.waitForTimeout(600);  // the chart's animation, for the picture
    await admin.screenshot({ path: join(shots, "reports-locked-before.png"), fullPage: true });

    // The next year's report, submitted, shows its reviewer the adjustment.
    const next = String(Number(year) + 1);
    await admin.goto(`${base}/review`);
    await admin.getByRole("button", { name: "Mở kỳ báo cáo" }).click();
    await admin.getByLabel("Tên kỳ báo cáo").fill("Năm tiếp theo");
    await admin.getByPlaceholder("Ngày bắt đầu").fill(`01/01/${next}`);
    await admin.getByPlaceholder("Ngày kết thúc").fill(`31/12/${next}`);
    await admin.getByPlaceholder("Ngày kết thúc").press("Enter");
    await admin.getByRole("button", { name: "Mở", exact: true }).click();
    await admin.getByRole("dialog").waitFor({ state: "hidden" });
    await staff.goto(`${base}/review`);  // the latest period first
    await staff.getByTestId(`submit-${upper}`).click();
    await staff.getByTestId(`review-status-${upper}`).filter({ hasText: "Đã gửi, chờ duyệt" }).waitFor();
    await admin.reload();
    await admin.getByTestId(`review-adjustment-${upper}`).filter({ hasText: "điều chỉnh −1" }).waitFor();
    await admin.close();
    await staff.close();
  },
  async "a member sees their own record only"() {
    const page = await signedIn("dangvien");
    await page.getByTestId("field-member").waitFor();
    assert.equal(await page.getByTestId("field-member").textContent(), member);
    await page.screenshot({ path: join(shots, "own-record.png"), fullPage: true });
    await page.close();
  },
};

// After a failure: each page still open, with its URL, the API answers it
// got last and a screenshot, so a failure on CI can be read afterwards.
async function describeOpenPages(prefix) {
  for (const error of pageErrors) console.log(`    page error: ${error.stack ?? error}`);
  let index = 0;
  for (const [page, { login, answers }] of apiAnswers) {
    if (page.isClosed()) continue;
    index += 1;
    const picture = join(shots, `${prefix}-${index}-${login}.png`);
    console.log(`    page ${login}: ${page.url()} (${picture})`);
    for (const answer of answers) console.log(`      ${answer}`);
    await page.screenshot({ path: picture, fullPage: true }).catch((e) => console.log(`      no screenshot: ${e.message}`));
  }
}

let failed = 0;
try {
  for (const [name, test] of Object.entries(tests)) {
    try {
      pageErrors.length = 0;
      await test();
      if (pageErrors.length) throw pageErrors[0];
      console.log(`ok   ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${name}\n${error.stack}`);
      await describeOpenPages(`FAIL-${failed}`);
    }
  }
} finally {
  await browser.close();
  server.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
}
console.log(`${Object.keys(tests).length - failed} passed, ${failed} failed; screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
