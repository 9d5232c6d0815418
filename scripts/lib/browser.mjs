// Headless Debian chromium driven by playwright-core (never `npx playwright install`: downloads fail here).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "./toolchain.mjs";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Launches chromium; close() also removes its temp XDG dir (chromium writes crash folders there). */
export async function launchBrowser() {
  const { chromium } = await import("playwright-core");
  const executablePath = ensureChromium();
  const xdg = mkdtempSync(path.join(os.tmpdir(), "openclaw-chromium-"));
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: xdg, HOME: xdg },
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    try {
      await close();
    } finally {
      rmSync(xdg, { recursive: true, force: true });
    }
  };
  return browser;
}
