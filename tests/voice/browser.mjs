// The room's voice on a phone in a real browser (Debian's Chromium at 390x844, playwright-core):
// "Ik ben er" and a poll answered through the page's own forms, a wrong budget split refused in
// plain Dutch, the page passing axe-core's WCAG 2.1 AA rules at each step. What this phone sent
// is added to RESULT (JSON) for the counts to be checked.
//   node browser.mjs JOIN_URL OUT RESULT one|ranking|budget
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { axe, fail, launch, message, ok, phone as phoneSize } from '../phone/kit.mjs';

const [url, out, resultFile, step] = process.argv.slice(2);
const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : { checkins: 0 };
const browser = await launch();
const phone = { ...phoneSize, locale: 'nl-NL' };

const pollId = async (page) => (await page.getAttribute('form[action*="/poll/"]', 'action')).split('/poll/')[1];

try {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) fail(`the page breaks its policy: ${m.text()}`); });
  await page.goto(url);
  if (step === 'one') {
    await page.screenshot({ path: `${out}/phone-voice-checkin-390x844.png`, fullPage: true });
    await axe(page, 'the page with "Ik ben er" and a poll');
    await page.selectOption('#kind', 'resident');
    await page.click('button:has-text("Ik ben er")');
    const m = await message(page);
    if (/aangemeld/.test(m)) ok(`checking in says: ${m}`); else fail(`checking in says: ${m}`);
    result.checkins += 1;
    if (await page.locator('button:has-text("Ik ben er")').count()) fail('"Ik ben er" is still offered after checking in');
    const id = await pollId(page);
    await page.click('label:has-text("Licht")');
    await page.click('button:text-is("Versturen")');
    const saved = await message(page, m);
    if (/Bedankt/.test(saved)) ok(`answering says: ${saved}`); else fail(`answering says: ${saved}`);
    if (!(await page.isChecked('input[value="2"]'))) fail('the page does not show the answer given');
    result[id] = [[2]];
    await page.screenshot({ path: `${out}/phone-voice-answered-390x844.png`, fullPage: true });
    await axe(page, 'the page after answering');
  } else if (step === 'ranking') {
    // The poll before: its result now; and the ranking as places to choose.
    const text = await page.textContent('main');
    if (/Uitslag: Waar moet het wijkbudget/.test(text)) ok('the closed poll\'s result is on the phone'); else fail('no result of the closed poll');
    const id = await pollId(page);
    await page.selectOption('label:has-text("Groen") + select', '1');
    await page.selectOption('label:has-text("Verkeer") + select', '1');  // twice place 1: refused
    await page.selectOption('label:has-text("Ontmoeten") + select', '3');
    await page.click('button:text-is("Versturen")');
    const wrong = await message(page);
    if (/eigen plaats/.test(wrong)) ok(`two on one place is refused: ${wrong}`); else fail(`two on one place says: ${wrong}`);
    await page.selectOption('label:has-text("Groen") + select', '1');
    await page.selectOption('label:has-text("Verkeer") + select', '2');
    await page.selectOption('label:has-text("Ontmoeten") + select', '3');
    await page.click('button:text-is("Versturen")');
    const saved = await message(page, wrong);
    if (/Bedankt/.test(saved)) ok(`ranking says: ${saved}`); else fail(`ranking says: ${saved}`);
    result[id] = [[0, 1, 2]];
    await page.screenshot({ path: `${out}/phone-voice-ranking-390x844.png`, fullPage: true });
    await axe(page, 'the ranking');
  } else if (step === 'budget') {
    const id = await pollId(page);
    const amounts = await page.locator('input[type=number]').all();
    await amounts[0].fill('5000');
    await amounts[1].fill('3000');
    await amounts[2].fill('1000');  // 9000 of 10000: refused, nothing counted
    await page.click('button:text-is("Versturen")');
    const wrong = await message(page);
    if (/precies € 10\.000/.test(wrong)) ok(`a split under the total is refused: ${wrong}`); else fail(`a split under the total says: ${wrong}`);
    await page.screenshot({ path: `${out}/phone-voice-budget-refused-390x844.png`, fullPage: true });
    await axe(page, 'the refused split');
    const again = await page.locator('input[type=number]').all();
    await again[0].fill('5000');
    await again[1].fill('3000');
    await again[2].fill('2000');
    await page.click('button:text-is("Versturen")');
    const saved = await message(page, wrong);
    if (/Bedankt/.test(saved)) ok(`the split says: ${saved}`); else fail(`the split says: ${saved}`);
    result[id] = [[5000, 3000, 2000]];
    await page.screenshot({ path: `${out}/phone-voice-budget-390x844.png`, fullPage: true });
  }
} catch (e) {
  fail(`the browser: ${e.message}`);
} finally {
  await browser.close();
}
writeFileSync(resultFile, JSON.stringify(result));
