import { launchChromium } from '../tests/e2e/chromium';
const b = await launchChromium();
const p = await b.newPage();
await p.setContent(`<div id=a>start</div><script>
window.addEventListener('beforeprint', () => { document.getElementById('a').textContent += ' BEFOREPRINT-SYNC'; Promise.resolve().then(() => document.getElementById('a').textContent += ' MICROTASK'); setTimeout(() => document.getElementById('a').textContent += ' TIMEOUT', 0); });
matchMedia('print').addEventListener('change', (e) => { document.getElementById('a').textContent += ' MQ' + e.matches; });
</script>`);
const pdf = await p.pdf();
(await import('node:fs')).writeFileSync('/tmp/b3-t.pdf', pdf);
console.log(await p.textContent('#a'));
await b.close();
