// Requests a phone server must survive: oversized, malformed, not UTF-8, markup and formulas,
// wrong types, an old token, and slow clients holding connections open (slowloris). Each gets a
// clear answer and changes nothing it should not; the server keeps answering others.
//   node hostile.mjs JOIN_URL OLD_URL
import http from 'node:http';
import net from 'node:net';

const [url, oldUrl] = process.argv.slice(2);
const { hostname, port } = new URL(url);
let fails = 0;
const check = (what, cond, detail = '') => {
  if (cond) console.log(`ok   ${what}`); else { fails++; console.log(`FAIL ${what} ${detail}`); }
};
const send = (method, u, body, type = 'application/json') => new Promise((resolve, reject) => {
  const req = http.request(u, { method, headers: { 'Content-Type': type } }, (res) => {
    let data = '';
    res.on('data', (c) => { data += c; });
    res.on('end', () => resolve({ status: res.statusCode, body: data }));
  });
  req.on('error', reject);
  if (body !== undefined) req.write(body);
  req.end();
});
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
// Slow clients: fifty connections trickling a header; the server answers others meanwhile.
const slow = [];
for (let i = 0; i < 50; i++) {
  const s = net.connect(Number(port), hostname);
  s.on('error', () => {});
  s.write('GET / HTTP/1.1\r\nHost: x\r\n');
  slow.push(s);
}
const t0 = Date.now();
r = await send('GET', `${url}/api/session`);
check('with 50 slow clients connected, others are still answered', r.status === 200, r.status);
console.log(`     (answered in ${Date.now() - t0} ms)`);
slow.forEach((s) => s.destroy());
process.exitCode = fails === 0 ? 0 : 1;
