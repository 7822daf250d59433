import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium drives the UI tests (no browser downloads). A fresh machine lacks it: as root, the test
 * setup installs it with apt-get, once.
 */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.getuid?.() !== 0) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package or set CHROMIUM_PATH`);
  process.stderr.write('Installing Debian chromium for the admin UI tests…\n');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is missing`);
  return CHROMIUM;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    // This machine has no network beyond loopback: keep Chromium from reaching for Google's services.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Browser pages sized like a laptop screen, so screenshots read at 1280×800. */
export const SCREEN = { width: 1280, height: 800 } as const;

/** How long a locator waits for the UI (a loaded 2-core machine). */
export const UI_TIMEOUT = 30_000;
const TOKEN_KEY = 'callhooks.admin.token';

/** A fresh tab of the admin UI at `path`, already signed in with `token` (the sign-in form has its own test). */
export async function signedInPage(browser: Browser, apiUrl: string, token: string, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: SCREEN });
  context.setDefaultTimeout(UI_TIMEOUT);
  // The UI keeps its token in localStorage; a script string, since tests are compiled without DOM types.
  await context.addInitScript({ content: `localStorage.setItem(${JSON.stringify(TOKEN_KEY)}, ${JSON.stringify(token)})` });
  const page = await context.newPage();
  await page.goto(`${apiUrl}/admin${path}`);
  return page;
}

const SCREENSHOT_DIR = path.resolve(__dirname, '../../docs/screenshots');

/**
 * Writes docs/screenshots/<name>.png, only when UPDATE_SCREENSHOTS=1: the PNGs are tracked files and a normal test
 * run (CI included) must not rewrite them. `tall` grows the window to the page's height (up to `maxHeight`) rather
 * than taking a full-page capture, so the full-height sidebar stays full height.
 */
export async function saveScreenshot(page: Page, name: string, options: { tall?: boolean; maxHeight?: number } = {}): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  if (options.tall) {
    const height = await page.evaluate('document.documentElement.scrollHeight');
    await page.setViewportSize({ width: SCREEN.width, height: Math.min(Math.max(Number(height), SCREEN.height), options.maxHeight ?? 1600) });
  }
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled', caret: 'hide' });
  if (options.tall) await page.setViewportSize(SCREEN);
}

/** Waits until the element shows `text` (playwright-core has no `expect`; its locators wait on their own). */
export async function waitForText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible' });
}

/** Waits until `read` (an input's value, an attribute) matches. */
export async function waitForMatch(read: () => Promise<string | null>, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null && pattern.test(value)) return value;
    if (Date.now() > deadline) throw new Error(`expected ${JSON.stringify(value)} to match ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
