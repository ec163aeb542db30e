// Requests a phone server must survive: oversized, malformed, not UTF-8, markup and formulas,
// wrong types, an old token. Each gets a clear answer and changes nothing it should not. The
// requests come from one phone (127.0.0.2) with its visit; slow clients are trickle.mjs's.
//   node hostile.mjs JOIN_URL OLD_URL
import { join, request } from './http.mjs';

const [url, oldUrl] = process.argv.slice(2);
const from = '127.0.0.2';
let fails = 0;
const check = (what, cond, detail = '') => {
  if (cond) console.log(`ok   ${what}`); else { fails++; console.log(`FAIL ${what} ${detail}`); }
};
const cookie = await join(url, from);
check('the join page gives this phone its visit', !!cookie);
const send = (method, u, body, type = 'application/json') => request(u, { method, body, type, cookie, from });
const count = async () => JSON.parse((await send('GET', `${url}/api/session`)).body).session.ideas.length;

const before = await count();
let r = await send('POST', `${url}/api/ideas`, JSON.stringify({ text: 'x'.repeat(20000) }));
check('a body over 16 KiB is refused with 413', r.status === 413, r.status);
r = await send('POST', `${url}/api/ideas`, '{"text": "half');
check('malformed JSON is a 400 naming the body', r.status === 400 && /body/.test(JSON.parse(r.body).error), r.body);
r = await send('POST', `${url}/api/ideas`, Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
check('a body that is not UTF-8 is a 400', r.status === 400, r.body);
r = await send('POST', `${url}/api/ideas`, JSON.stringify({ theme: 'groen' }));
check('a missing text is a 400 naming "text"', r.status === 400 && /^text/.test(JSON.parse(r.body).error), r.body);
r = await send('POST', `${url}/api/ideas`, JSON.stringify({ text: 7 }));
check('a text that is no text is a 400', r.status === 400 && /text/.test(JSON.parse(r.body).error), r.body);
r = await send('POST', `${url}/api/ideas`, JSON.stringify({ text: 'ok', theme: '../../etc/passwd' }));
check('a theme that is not the meeting\'s is a 400 naming "theme"', r.status === 400 && /theme/.test(JSON.parse(r.body).error), r.body);
r = await send('POST', `${url}/api/placements`, JSON.stringify({ slider: 'communicatie', now: 500 }));
check('a placement out of range is a 400 naming "now"', r.status === 400 && /now/.test(JSON.parse(r.body).error), r.body);
r = await send('POST', `${url}/api/ideas/i9999/support`, '');
check('supporting an idea that is not there is a 404', r.status === 404, r.status);
check('none of these stored anything', (await count()) === before);
// Markup and a formula are stored as typed and shown as text, never as markup.
r = await send('POST', `${url}/api/ideas`, JSON.stringify({ text: '<img src=x onerror=alert(1)> =HYPERLINK("x")' }));
check('markup and a formula are taken as text (201)', r.status === 201, r.body);
const page = (await send('GET', url)).body;
check('the page shows the markup escaped', page.includes('&lt;img src=x onerror=alert(1)&gt;') && !page.includes('<img src=x'));
r = await send('GET', `${oldUrl}/api/session`);
check('an old token is refused with 403', r.status === 403, r.status);
r = await send('POST', `${oldUrl}/api/ideas`, JSON.stringify({ text: 'via een oud adres' }));
check('and stores nothing', r.status === 403 && (await count()) === before + 1);
r = await send('DELETE', `${url}/api/session`);
check('a method the server does not offer is refused', r.status === 405 || r.status === 404, r.status);
process.exitCode = fails === 0 ? 0 : 1;
