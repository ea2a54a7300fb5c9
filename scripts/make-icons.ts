/**
 * The installed app's icons (public/icons/icon-192.png, icon-512.png, and a maskable 512 with a
 * safe margin) drawn from our own public/favicon.svg by the system Chromium — no network, no image
 * library. Run `npx tsx scripts/make-icons.ts` after changing the favicon; the PNGs are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/chromium';

/** A maskable icon keeps its drawing inside the central 80 % circle (the W3C manifest's safe zone). */
const MASKABLE_SCALE = 0.8;
const BACKGROUND = '#0b3d5c'; // the favicon's own background colour

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const [name, size, scale] of [
    ['icon-192.png', 192, 1],
    ['icon-512.png', 512, 1],
    ['icon-maskable-512.png', 512, MASKABLE_SCALE],
  ] as const) {
    await page.setViewportSize({ width: size, height: size });
    const inner = Math.round(size * scale);
    const margin = (size - inner) / 2;
    const background = scale < 1 ? BACKGROUND : 'transparent';
    await page.setContent(
      `<html><body style="margin:0;background:${background}"><div style="position:absolute;left:${margin}px;top:${margin}px;width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
    );
    writeFileSync(`public/icons/${name}`, await page.screenshot({ omitBackground: scale === 1, type: 'png' }));
  }
} finally {
  await browser.close();
}
