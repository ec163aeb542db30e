// What the room agrees on, on a phone in Chromium at 390x844: the open statements answered with
// one tap each (the answer given marked), "lijkt op" while typing an idea (a public idea, never a
// closed or hidden one), and the evaluation; axe-core's WCAG 2.1 AA rules at each step.
//   node browser.mjs JOIN_URL OUT statements|evaluation
import { axe, fail, launch, message, ok, phone } from '../phone/kit.mjs';

const [url, out, step] = process.argv.slice(2);
const browser = await launch();
try {
  const context = await browser.newContext({ ...phone, locale: 'nl-NL' });
  const page = await context.newPage();
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) fail(`the page breaks its policy: ${m.text()}`); });
  await page.goto(url);
  if (step === 'statements') {
    const section = page.locator('section[aria-labelledby="statements"]');
    if (!(await section.count())) throw new Error('no statements on the phone');
    await page.screenshot({ path: `${out}/phone-agree-statements-390x844.png`, fullPage: true });
    await axe(page, 'the page with statements');
    // Weet niet: the counts the phones made decide the verdicts.
    await section.locator('form').first().locator('button:text-is("Weet ik niet")').click();
    const m = await message(page);
    if (/bewaard/.test(m)) ok(`answering a statement says: ${m}`); else fail(`answering a statement says: ${m}`);
    const pressed = page.locator('section[aria-labelledby="statements"] form').first().locator('button[aria-pressed="true"]');
    if ((await pressed.textContent())?.trim() === 'Weet ik niet') ok('the answer given is marked');
    else fail('the answer given is not marked');
    // "Lijkt op" as the resident types.
    await page.fill('#text', 'Een bankje bij de vijver');
    await page.locator('#similar li').first().waitFor({ timeout: 20000 });
    const similar = await page.textContent('#similar');
    if (similar.includes('Bankjes bij de vijver in het park')) ok('lijkt op shows the public idea while typing');
    else fail(`lijkt op: ${similar}`);
    if (/Parkeeroverlast|Hondenpoep/.test(similar)) fail(`lijkt op shows a closed or hidden idea: ${similar}`);
    await page.locator('#similar').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/phone-agree-similar-390x844.png` });
    await axe(page, 'the page with "lijkt op"');
  } else if (step === 'evaluation') {
    const section = page.locator('section[aria-labelledby="evaluation"]');
    if (!(await section.count())) throw new Error('no evaluation on the phone');
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/phone-agree-evaluation-390x844.png`, fullPage: true });
    await axe(page, 'the page with the evaluation');
    // One form, one button: every statement 3, and a written answer (check.py counts the 3s).
    const sets = section.locator('fieldset');
    for (let k = 0; k < await sets.count(); k++) {
      const three = sets.nth(k).locator('input[type=radio][value="3"]');
      if (await three.count()) await three.check();
    }
    await section.locator('textarea').fill('Prima avond');
    await section.locator('button[type=submit]').click();
    const m = await message(page);
    if (/bewaard/.test(m)) ok(`sending the evaluation says: ${m}`); else fail(`sending the evaluation says: ${m}`);
  }
} catch (e) {
  fail(`${step}: ${e.message}`);
} finally {
  await browser.close();
}
