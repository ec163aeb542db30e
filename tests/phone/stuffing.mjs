// One person, one voice: supports cannot be stuffed, and nothing is taken from another site.
//   node stuffing.mjs JOIN_URL IDEA_ID CAP          the attacks, on a fresh server
//   node stuffing.mjs JOIN_URL IDEA_ID CAP again     after a restart: the address is still full
// From one address (127.0.0.3): 30 supports without a cookie, then 30 each from a fresh load of
// the join page, move the idea's count by at most CAP (the config's visits_per_address); one
// proper visit from another address (127.0.0.4) raises it by exactly one, and only once. A form
// posted from another site, JSON sent as text/plain, a foreign Referer and a foreign Host are
// refused and store nothing; every answer carries a Content-Security-Policy.
import { join, json, request, votes } from './http.mjs';

const [url, idea, capArg, phase] = process.argv.slice(2);
const cap = Number(capArg);
const attacker = '127.0.0.3', resident = '127.0.0.4', site = '127.0.0.5';
let fails = 0;
const check = (what, cond, detail = '') => {
  if (cond) console.log(`ok   ${what}`); else { fails++; console.log(`FAIL ${what} ${detail}`); }
};
const support = (cookie, from, extra) => json(`${url}/api/ideas/${idea}/support`, '', cookie, from, extra);

if (phase === 'again') {
  // The server restarted (a new token): the visits are in the database, so the attacker's
  // address has its share already and a fresh join page gives it none.
  const start = await votes(url, idea);
  let given = 0;
  for (let k = 0; k < 10; k++) {
    const cookie = await join(url, attacker);
    if (cookie) given++;
    await support(cookie, attacker);
  }
  check(`after a restart the full address gets no new visit (${given} given)`, given === 0);
  check('and moves the count not at all', (await votes(url, idea)) === start, `${start} -> ${await votes(url, idea)}`);
  process.exit(fails === 0 ? 0 : 1);
}

const start = await votes(url, idea);
check('the idea is on the public wall', start !== undefined);

// 30 supports without any visit.
const statuses = new Set();
for (let k = 0; k < 30; k++) statuses.add((await support(undefined, attacker)).status);
check(`30 supports without a cookie store nothing (answers: ${[...statuses].join(', ')})`,
  (await votes(url, idea)) === start && !statuses.has(200));

// 30 fresh visits from the join page, one support each.
let visits = 0;
for (let k = 0; k < 30; k++) {
  const cookie = await join(url, attacker);
  if (cookie) visits++;
  await support(cookie, attacker);
}
const stuffed = (await votes(url, idea)) - start;
check(`30 fresh join-page visits from one address move the count by ${stuffed}, at most ${cap}`, stuffed <= cap);
check(`that address got ${visits} visits, its share of ${cap}`, visits === cap);
const page = await request(url, { from: attacker });
check('a further visit from it reads the wall and is told why it cannot support',
  page.status === 200 && !page.cookie && !page.body.includes('/idea"') && page.body.includes('telefoons mee'),
  `${page.status} ${page.cookie} ${page.body.includes('/idea"')} ${page.body.includes('telefoons mee')}`);
const denied = await support(undefined, attacker);
check('and a support from it is a 429', denied.status === 429, denied.status);

// One proper visit from another address: exactly one more, and only once.
const before = await votes(url, idea);
const mine = await join(url, resident);
let r = await support(mine, resident);
check('a proper visit supports (200)', r.status === 200, `${r.status} ${r.body}`);
check('and raises the count by exactly one', (await votes(url, idea)) === before + 1);
r = await support(mine, resident);
check('the same visit supporting again is refused and counts nothing', r.status === 400 && (await votes(url, idea)) === before + 1);

// From another site: a form posted there, JSON as text/plain, a foreign Referer.
const ideasNow = async () => JSON.parse((await request(`${url}/api/session`, { from: site })).body).session.ideas.length;
const n = await ideasNow();
const visit = await join(url, site);
r = await request(`${url}/idea`, { method: 'POST', from: site, cookie: visit, type: 'application/x-www-form-urlencoded',
  body: 'text=Van+een+andere+site', headers: { Origin: 'http://evil.example' } });
check('a form posted with a foreign Origin is refused (403)', r.status === 403, r.status);
r = await request(`${url}/api/ideas/${idea}/support`, { method: 'POST', from: site, cookie: visit, type: 'application/json',
  headers: { Origin: 'null' } });
check('an Origin of "null" is refused (403)', r.status === 403, r.status);
r = await request(`${url}/api/ideas`, { method: 'POST', from: site, cookie: visit, type: 'text/plain',
  body: JSON.stringify({ text: 'Als tekst verstuurd' }) });
check('JSON sent as text/plain is refused (415)', r.status === 415, r.status);
r = await request(`${url}/idea`, { method: 'POST', from: site, cookie: visit, type: 'application/json', body: '{"text": "x"}' });
check('a form address given JSON is refused (415)', r.status === 415, r.status);
r = await request(`${url}/api/ideas`, { method: 'POST', from: site, cookie: visit, type: 'application/json',
  body: JSON.stringify({ text: 'Via een verwijzing' }), headers: { Referer: 'http://evil.example/page' } });
check('without Origin, a foreign Referer is refused (403)', r.status === 403, r.status);
check('none of these stored an idea', (await ideasNow()) === n);
const own = new URL(url);
r = await request(`${url}/api/ideas`, { method: 'POST', from: site, cookie: visit, type: 'application/json',
  body: JSON.stringify({ text: 'Van de eigen pagina' }), headers: { Origin: own.origin } });
check('the kiosk\'s own Origin is taken (201)', r.status === 201, `${r.status} ${r.body}`);
r = await request(`${url}/api/ideas`, { method: 'POST', from: site, cookie: visit, type: 'application/json; charset=utf-8',
  body: JSON.stringify({ text: 'Zonder Origin, met de cookie' }) });
check('with neither Origin nor Referer the visit cookie suffices (201)', r.status === 201, `${r.status} ${r.body}`);
r = await request(url, { from: site, headers: { Host: `evil.example:${own.port}` } });
check('a request naming another Host is refused (421)', r.status === 421, r.status);
r = await request(url, { from: site });
const csp = r.headers['content-security-policy'] || '';
check('every answer has a Content-Security-Policy with frame-ancestors \'none\'', /frame-ancestors 'none'/.test(csp) &&
  /script-src 'self'/.test(csp) && !/unsafe-inline/.test(csp), csp);
for (const path of ['/phone.css', '/phone.js']) {
  r = await request(`${own.origin}${path}`, { from: site });
  check(`the page's ${path} is served`, r.status === 200 && r.body.length > 100, r.status);
}
process.exit(fails === 0 ? 0 : 1);
