/* global window, document -- functions given to page.evaluate() run in the page */
// The README's pictures (docs/screenshots/): an open card at 1280 and 390 px and the list at 390 px, from the
// built dist/ (run `bash scripts/build.sh` first). The handout's first page is the print test's PDF
// (build/print/print-handout-a4.pdf) turned into a PNG with pdftoppm. Not a test: people look at these.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve, openPage } from '../tests/browser/helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });

const shots = [
  { claim: 'meta-analysis-948', width: 1280, height: 1400, file: 'card-1280.png' },
  { claim: 'rapid-relief', width: 390, height: 2400, file: 'card-390.png' },
  { claim: null, width: 390, height: 1500, file: 'list-390.png' },
];

const browser = await launch();
const server = await serve();
try {
  for (const shot of shots) {
    const { context, page } = await openPage(browser, server.url, { viewport: { width: shot.width, height: 1000 } });
    let top = 0;
    if (shot.claim) {
      const row = page.locator(`benefits-explorer li[data-claim="${shot.claim}"]`);
      await row.locator('.row-toggle').click();
      await row.locator('.card').waitFor({ state: 'visible' });
      top = await row.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    }
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    const height = Math.min(shot.height, total - top);
    await page.screenshot({ path: join(OUT, shot.file), fullPage: true, clip: { x: 0, y: top, width: shot.width, height } });
    console.log(`docs/screenshots/${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const handout = join(ROOT, 'build', 'print', 'print-handout-a4.pdf');
if (existsSync(handout)) {
  const prefix = join(ROOT, 'build', 'print', 'readme-handout');
  const run = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', handout, prefix]);
  if (run.status === 0) {
    copyFileSync(`${prefix}.png`, join(OUT, 'handout-a4-page1.png'));
    console.log('docs/screenshots/handout-a4-page1.png');
  }
} else {
  console.log('no handout PDF: run node --test tests/browser/print.test.mjs first');
}
