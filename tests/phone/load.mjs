// 200 phones at once on loopback, each from an address of its own (127.0.0.10 and up, as on the
// kiosk's hotspot), each opening the join page, adding 5 ideas and supporting 10: nothing may be
// lost (every idea stored, every support counted) and the time of each answer is kept; the 99th
// percentile is printed (a figure, not a pass condition).
//   node load.mjs JOIN_URL [PHONES] [IDEAS] [SUPPORTS]
import http from 'node:http';

const [url, phonesArg, ideasArg, supportsArg] = process.argv.slice(2);
const phones = Number(phonesArg || 200), ideas = Number(ideasArg || 5), supports = Number(supportsArg || 10);
if (phones > 240) { console.log('FAIL at most 240 phones: one loopback address each, 127.0.0.10-249'); process.exit(1); }
const agent = new http.Agent({ keepAlive: true, maxSockets: phones * 2 });
const times = [];

function request(method, path, body, cookie, from = '127.0.0.250') {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const req = http.request(url + path, { method, agent, localAddress: from, headers: {
      'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) } }, (res) => {
      let data = '';
      res.on('data', (c) => { data += c; });
      res.on('end', () => {
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        resolve({ status: res.statusCode, body: data, cookie: (res.headers['set-cookie'] || [])[0] });
      });
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const before = JSON.parse((await request('GET', '/api/session')).body).session;
const wall = before.ideas.map((i) => ({ id: i.id, votes: i.votes }));
if (wall.length < supports) { console.log(`FAIL the wall has ${wall.length} ideas, fewer than ${supports}`); process.exit(1); }
let failures = 0;
const started = Date.now();
await Promise.all(Array.from({ length: phones }, async (_, p) => {
  const from = `127.0.0.${10 + p}`;
  const joined = await request('GET', '', undefined, undefined, from);
  let cookie = joined.cookie && joined.cookie.split(';')[0];
  if (!cookie) { failures++; console.log(`FAIL phone ${p}: the join page gave no visit (${joined.status})`); }
  for (let k = 0; k < ideas; k++) {
    const r = await request('POST', '/api/ideas', JSON.stringify({ text: `Laadtest telefoon ${p} idee ${k}`, theme: '' }), cookie, from);
    if (r.status !== 201) { failures++; console.log(`FAIL phone ${p} idea ${k}: ${r.status} ${r.body}`); }
  }
  for (let k = 0; k < supports; k++) {
    const r = await request('POST', `/api/ideas/${wall[(p + k) % wall.length].id}/support`, '', cookie, from);
    if (r.status !== 200) { failures++; console.log(`FAIL phone ${p} support ${k}: ${r.status} ${r.body}`); }
  }
}));
const seconds = (Date.now() - started) / 1000;
const after = JSON.parse((await request('GET', '/api/session')).body).session;
const added = after.ideas.filter((i) => i.text.startsWith('Laadtest telefoon ')).length;
const expected = new Map(wall.map((w) => [w.id, w.votes]));
for (let p = 0; p < phones; p++) for (let k = 0; k < supports; k++) {
  const id = wall[(p + k) % wall.length].id; expected.set(id, expected.get(id) + 1);
}
let wrong = 0;
for (const i of after.ideas) if (expected.has(i.id) && expected.get(i.id) !== i.votes) {
  wrong++; console.log(`FAIL idea ${i.id}: ${i.votes} supports, not ${expected.get(i.id)}`);
}
times.sort((a, b) => a - b);
const p99 = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))];
const median = times[Math.floor(times.length / 2)];
console.log(`load: ${phones} phones, ${times.length} requests in ${seconds.toFixed(1)} s: ${added} ideas stored of ${phones * ideas}, ` +
  `supports ${wrong === 0 ? 'exact' : 'wrong'}, answer median ${median.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
agent.destroy();
process.exitCode = failures === 0 && wrong === 0 && added === phones * ideas ? 0 : 1;
