// A real `tochuc serve` with the built UI on a free loopback port, and
// Debian's Chromium headless: what the e2e tests and bench/web_latency.mjs
// drive.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const webDist = fileURLToPath(new URL("../dist", import.meta.url));

// Resolves with the server's process and its base URL once it listens.
export function startServer(tochuc, db) {
  const server = spawn(tochuc, ["serve", "--db", db, "--listen", "127.0.0.1:0", "--web", webDist, "--quiet"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((ready, fail) => {
    server.stdout.on("data", (chunk) => {
      const match = /http:\/\/[^\s]+/.exec(String(chunk));
      if (match) ready({ server, base: match[0].replace(/\/$/, "") });
    });
    server.on("exit", (code) => fail(new Error(`tochuc serve exited ${code}`)));
  });
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
}
