// The public minutes as a municipality publishes them on its website, in Debian's Chromium
// (playwright-core): axe-core's WCAG 2.1 AA rules find nothing, and a screenshot of each page
// lands in OUT to be looked at.
//   node axe.mjs OUT FILE.html...
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const [out, ...files] = process.argv.slice(2);
const fail = (what) => { console.log(`FAIL ${what}`); process.exitCode = 1; };
const ok = (what) => console.log(`ok   ${what}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const file of files) {
    for (const width of [1280, 390]) {  // a desk and a phone: the site is read on both
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`file://${file}`);
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const r = await page.evaluate(async () =>
        await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      const label = `${basename(file)} at ${width} px`;
      if (r.violations.length === 0) ok(`${label}: axe-core finds no WCAG 2.1 AA violation (${r.passes.length} rules pass)`);
      else for (const v of r.violations) fail(`${label}: ${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      await page.screenshot({ path: `${out}/${basename(file, '.html')}-${width}.png`, fullPage: width === 390 });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
