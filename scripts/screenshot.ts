/**
 * Take screenshots of the built app for a look by eye (not a test):
 *   npx tsx scripts/screenshot.ts [PATH_AND_HASH] [OUT_PREFIX]
 * e.g. npx tsx scripts/screenshot.ts '/#/compare' test-artifacts/compare
 * Builds nothing: run `npx vite build` first. Saves OUT_PREFIX-1280x720.png and
 * OUT_PREFIX-390x844.png once the network is quiet (FULL=1 for whole pages, WAIT_MS to wait longer).
 */
import { openBuiltApp } from './built-app';

const path = process.argv[2] ?? '/';
const out = process.argv[3] ?? 'test-artifacts/screenshot';
const app = await openBuiltApp({ build: false });
try {
  for (const [w, h] of [[1280, 720], [390, 844]]) {
    const page = await app.browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(new URL(path, app.url).href, { waitUntil: 'networkidle' });
    await page.waitForTimeout(Number(process.env.WAIT_MS ?? 2500));
    await page.screenshot({ path: `${out}-${w}x${h}.png`, fullPage: process.env.FULL === '1' });
    console.log(`${out}-${w}x${h}.png`);
  }
} finally {
  await app.close();
}
