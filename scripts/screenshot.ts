/**
 * Take screenshots of the built app for a look by eye (not a test):
 *   npx tsx scripts/screenshot.ts [PATH_AND_HASH] [OUT_PREFIX]
 * e.g. npx tsx scripts/screenshot.ts '/#/compare' test-artifacts/compare
 * Builds nothing: run `npx vite build` first. Serves dist/ with `vite preview` on a free port,
 * waits for the network to go quiet, and saves OUT_PREFIX-1280x720.png and OUT_PREFIX-390x844.png.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { launchChromium } from '../tests/e2e/chromium';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

const path = process.argv[2] ?? '/';
const out = process.argv[3] ?? 'test-artifacts/screenshot';
const port = await freePort();
// Start vite itself (not through npx) so that killing it stops the server.
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
try {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://localhost:${port}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const browser = await launchChromium();
  for (const [w, h] of [[1280, 720], [390, 844]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(Number(process.env.WAIT_MS ?? 2500));
    await page.screenshot({ path: `${out}-${w}x${h}.png`, fullPage: process.env.FULL === '1' });
    console.log(`${out}-${w}x${h}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
