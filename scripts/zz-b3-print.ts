import { writeFileSync } from 'node:fs';
import { openBuiltApp } from './built-app';
const app = await openBuiltApp({ build: false });
try {
  for (const mode of ['menu', 'ctrlp']) {
    const page = await (await app.browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto(new URL('/?agents=20000#/explore', app.url).href, { waitUntil: 'networkidle' });
    for (let i = 0; i < 300 && (await page.evaluate('document.querySelectorAll("figure[data-run-id]").length')) < 6; i++) await page.waitForTimeout(100);
    await page.waitForLoadState('networkidle');
    console.log(mode, await page.evaluate('[...document.querySelectorAll("[data-plot]")].map((f) => f.getAttribute("data-plot") + ":" + !!f.querySelector("svg")).join(" ")'));
    if (mode === 'ctrlp') {
      await page.evaluate('window.done = false; window.print = () => { window.done = true; };');
      await page.keyboard.press('Control+p');
      for (let i = 0; i < 100 && !(await page.evaluate('window.done')); i++) await page.waitForTimeout(100);
      console.log('done', await page.evaluate('window.done'));
    }
    writeFileSync(`/tmp/b3-shots/print-${mode}.pdf`, await page.pdf({ format: 'A4' }));
    console.log(mode, 'after', await page.evaluate('[...document.querySelectorAll("[data-plot]")].map((f) => f.getAttribute("data-plot") + ":" + !!f.querySelector("svg")).join(" ")'));
    await page.close();
  }
} finally { await app.close(); }
