// The phone page in a real browser: Debian's Chromium, headless, at a phone's size, driven by
// playwright-core. A resident adds an idea (with JavaScript, and once without), supports one,
// and the page passes axe-core's WCAG 2.1 AA rules, in Dutch and in English. Screenshots of the
// page land in OUT to be looked at.
//   node browser.mjs JOIN_URL OUT IDEA_TEXT
import { axe, fail, launch, ok, phone } from './kit.mjs';

const [url, out, ideaText] = process.argv.slice(2);
const browser = await launch();

try {
  // Dutch, with JavaScript: the idea is sent without a reload and the wall shows it.
  const nl = await browser.newContext({ ...phone, locale: 'nl-NL' });
  const page = await nl.newPage();
  // The page works under its own Content-Security-Policy: nothing it needs is blocked.
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) fail(`the page breaks its policy: ${m.text()}`); });
  const first = await page.goto(url);
  if (first.status() !== 200) fail(`the page answers ${first.status()}`);
  if ((await page.getAttribute('html', 'lang')) !== 'nl') fail('the page is not in Dutch for a Dutch phone');
  await page.screenshot({ path: `${out}/phone-nl-390x844.png` });
  await axe(page, 'the Dutch page');
  await page.fill('#text', ideaText);
  await page.selectOption('#theme', { index: 1 });
  await page.fill('#author', 'Sanne');
  await page.fill('#contact', 'sanne@example.nl');
  await page.click('button[type=submit]:has-text("Idee versturen")');
  await page.waitForSelector('.msg', { timeout: 15000 });
  const msg = await page.textContent('.msg');
  if (/Bedankt/.test(msg)) ok(`sending the idea says: ${msg}`); else fail(`sending the idea says: ${msg}`);
  const wall = await page.textContent('#wall-list');
  if (wall.includes(ideaText)) ok('the idea is on the phone\'s wall'); else fail('the idea is not on the phone\'s wall');
  if (wall.includes('sanne@example.nl')) fail('the wall shows a contact');
  // Support: once, then the button says it is given.
  const before = await page.locator('#wall-list form button:not([disabled])').count();
  await page.locator('#wall-list form button:not([disabled])').first().click();
  await page.waitForSelector('.msg:has-text("steun")', { timeout: 15000 });
  const after = await page.locator('#wall-list form button:not([disabled])').count();
  if (after === before - 1) ok('a support is given once'); else fail(`support buttons ${before} -> ${after}`);
  await page.screenshot({ path: `${out}/phone-nl-sent-390x844.png` });
  await axe(page, 'the Dutch page after sending');

  // English, asked for by the link at the bottom.
  await page.click('a[hreflang=en]');
  await page.waitForLoadState();
  if ((await page.getAttribute('html', 'lang')) !== 'en') fail('the English link does not give an English page');
  const heading = await page.textContent('#add');
  if (heading.includes('Your idea')) ok('the page speaks English'); else fail(`English heading: ${heading}`);
  await page.screenshot({ path: `${out}/phone-en-390x844.png` });
  await axe(page, 'the English page');
  await nl.close();

  // Without JavaScript the forms still work, at the narrowest phone.
  const plain = await browser.newContext({ ...phone, viewport: { width: 320, height: 640 }, javaScriptEnabled: false, locale: 'nl-NL' });
  const p2 = await plain.newPage();
  await p2.goto(url);
  await p2.fill('#text', `${ideaText} (zonder JavaScript)`);
  await p2.click('button[type=submit]:has-text("Idee versturen")');
  await p2.waitForLoadState();
  const text2 = await p2.textContent('main');
  if (text2.includes(`${ideaText} (zonder JavaScript)`)) ok('without JavaScript the idea is sent and shown');
  else fail('without JavaScript the idea did not arrive');
  const width = await p2.evaluate(() => document.documentElement.scrollWidth);
  if (width <= 320) ok('nothing runs wider than a 320 px phone'); else fail(`the page is ${width} px wide at 320`);
  await p2.screenshot({ path: `${out}/phone-nojs-320x640.png` });
  await plain.close();
} catch (e) {
  fail(`the browser test stopped: ${e.message}`);
} finally {
  await browser.close();
}
