// What the browser tests share: Debian's Chromium launched headless by playwright-core, a phone's
// size, the plain ok/FAIL lines, and axe-core's WCAG 2.1 AA rules run on a page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const fail = (what) => { console.log(`FAIL ${what}`); process.exitCode = 1; };
export const ok = (what) => console.log(`ok   ${what}`);

export const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };

export async function axe(page, label) {
  // Evaluated through the browser's debugging protocol: the page's own policy forbids inline
  // scripts, and it stays on while the page is tested.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const r = await page.evaluate(async () =>
    await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  if (r.violations.length === 0) ok(`${label}: axe-core finds no WCAG 2.1 AA violation`);
  else for (const v of r.violations) fail(`${label}: ${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// The page's message after a send: a new one, not the one the last send left on the page (the
// page is replaced when the answer comes; until then the old message is still there).
export async function message(page, before = '') {
  // Polled from here: the page's policy allows no script from the test's side (no eval).
  const deadline = Date.now() + 20000;
  for (;;) {
    const m = page.locator('.msg').first();
    if (await m.count()) {
      const text = ((await m.textContent()) || '').trim();
      if (text !== before.trim()) return text;
    }
    if (Date.now() > deadline) throw new Error(`no new message after "${before}"`);
    await page.waitForTimeout(50);
  }
}
