// One small adapter per browser engine, all with the same face for journeys.mjs:
//   {name, goto(url), evaluate(fn, arg), click(x, y), type(text), press(key), screenshot(name), close()}
// - chromium: Debian's /usr/bin/chromium over CDP with playwright-core (as tests/browser/);
// - firefox:  Firefox ESR over WebDriver BiDi with puppeteer-core;
// - webkit:   WebKitGTK's MiniBrowser over classic WebDriver (/usr/bin/WebKitWebDriver) with selenium-webdriver,
//             on an Xvfb display (its --headless hangs the new-session request; without a display it exits).
// No browser is ever downloaded: each is a Debian package (scripts/install-deps.sh).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const VIEWPORT = { width: 1100, height: 900 };
const KEYS = ['Enter', 'Space', 'Tab'];

/** Where each engine's program lives; a missing one fails with its package name. */
export const PROGRAMS = {
  chromium: { path: process.env.CHROMIUM || '/usr/bin/chromium', pkg: 'chromium' },
  firefox: { path: process.env.FIREFOX || '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  webkit: { path: process.env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver' },
};
const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function requireProgram(name) {
  const { path, pkg } = PROGRAMS[name];
  if (!existsSync(path)) throw new Error(`${name}: ${path} is missing (Debian package ${pkg}; run bash scripts/install-deps.sh)`);
}

const shots = (dir, name) => (label) => {
  if (!dir) return null;
  mkdirSync(dir, { recursive: true });
  return join(dir, `engine-${name}-${label}.png`);
};

// Playwright's and Puppeteer's pages answer the same calls: one adapter for both.
function pageAdapter(name, version, browser, page, shot) {
  return {
    name,
    version,
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    screenshot: async (label) => { const path = shot(label); if (path) await page.screenshot({ path }); },
    close: () => browser.close(),
  };
}

async function chromiumAdapter({ screenshots }) {
  requireProgram('chromium');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: PROGRAMS.chromium.path,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const page = await context.newPage();
  return pageAdapter('chromium', browser.version(), browser, page, shots(screenshots, 'chromium'));
}

async function firefoxAdapter({ screenshots }) {
  requireProgram('firefox');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: PROGRAMS.firefox.path,
    headless: true,
    // Quiet: no update checks, telemetry or first-run pages that would talk to the network.
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'browser.shell.checkDefaultBrowser': false },
  });
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  return pageAdapter('firefox', await browser.version(), browser, page, shots(screenshots, 'firefox'));
}

/** A free TCP port on 127.0.0.1 (for WebKitWebDriver). */
const freePort = () => new Promise((resolve, reject) => {
  const server = createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

/** An Xvfb display of our own unless one is given (DISPLAY): resolves {display, stop()}. */
async function display() {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop: () => {} };
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const number = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.once('error', (error) => reject(new Error(`webkit: could not start Xvfb (Debian package xvfb): ${error.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`webkit: Xvfb exited (${code}) before it gave a display`)));
    xvfb.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
  });
  return { display: `:${number}`, stop: () => xvfb.kill() };
}

async function webkitAdapter({ screenshots }) {
  requireProgram('webkit');
  const { Builder, Capabilities, Key, Origin } = await import('selenium-webdriver');
  const screen = await display();
  const port = await freePort();
  const server = spawn(PROGRAMS.webkit.path, [`--port=${port}`, '--host=127.0.0.1'], { env: { ...process.env, DISPLAY: screen.display }, stdio: 'ignore' });
  const stopAll = () => {
    server.kill();
    screen.stop();
  };
  let driver;
  try {
    // The server needs a moment to listen.
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i += 1) {
      try {
        await fetch(`${url}/status`);
        break;
      } catch (error) {
        if (i > 100) throw new Error(`webkit: WebKitWebDriver did not listen on ${url}: ${error.message}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const capabilities = new Capabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    });
    driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
    await driver.manage().window().setRect({ width: VIEWPORT.width, height: VIEWPORT.height + 80 });
    await driver.manage().setTimeouts({ script: 15000, pageLoad: 30000 });
  } catch (error) {
    stopAll();
    throw error;
  }
  const keys = { Enter: Key.ENTER, Space: Key.SPACE, Tab: Key.TAB };
  const shot = shots(screenshots, 'webkit');
  const version = (await driver.getCapabilities()).get('browserVersion');
  return {
    name: 'webkit',
    version,
    goto: (url) => driver.get(url),
    // A function's source, called with its argument: the page sees the same function as in the other drivers.
    evaluate: (fn, arg) => driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg),
    click: (x, y) => driver.actions({ async: true }).move({ x, y, origin: Origin.VIEWPORT }).click().perform(),
    type: (text) => driver.actions({ async: true }).sendKeys(text).perform(),
    press: (key) => {
      if (!KEYS.includes(key)) throw new Error(`webkit: no key ${key}`);
      return driver.actions({ async: true }).sendKeys(keys[key]).perform();
    },
    screenshot: async (label) => { const path = shot(label); if (path) writeFileSync(path, await driver.takeScreenshot(), 'base64'); },
    close: async () => {
      try {
        await driver.quit();
      } finally {
        stopAll();
      }
    },
  };
}

export const DRIVERS = { chromium: chromiumAdapter, firefox: firefoxAdapter, webkit: webkitAdapter };
