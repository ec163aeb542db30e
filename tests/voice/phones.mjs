// 200 phones in the room (issue 30), each from a loopback address of its own (127.0.0.10 and
// up), as on the kiosk's hotspot. Steps, each a run of this script, keeping the phones' visits
// and what they sent in STATE (a JSON file) between runs:
//   node phones.mjs URL STATE checkin        every phone joins and says "Ik ben er" (kinds mixed)
//   node phones.mjs URL STATE answer SEED    every phone answers the open poll once, at a seeded
//                                           random moment within ten seconds; some change their
//                                           answer, some send a wrong one (refused, not counted)
// and prints what was sent. The test compares the session's counts with STATE afterwards.
import http from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const [url, stateFile, step, seedArg] = process.argv.slice(2);
const phones = 200;
const agent = new http.Agent({ keepAlive: true, maxSockets: phones * 2 });
const state = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : { phones: [], sent: {} };
let failures = 0;
const fail = (what) => { failures++; console.log(`FAIL ${what}`); };

function request(method, path, body, cookie, from = '127.0.0.250') {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const req = http.request(url + path, { method, agent, localAddress: from, headers: {
      'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) } }, (res) => {
      let data = '';
      res.on('data', (c) => { data += c; });
      res.on('end', () => resolve({ status: res.statusCode, body: data, ms: Number(process.hrtime.bigint() - t0) / 1e6,
        cookie: ((res.headers['set-cookie'] || []).map((c) => c.split(';')[0]).find((c) => c.startsWith('wkv='))) }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

// A small seeded generator (mulberry32): the same seed, the same room.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const shuffled = (n, r) => {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
};
// A valid answer of the poll's kind.
function answerFor(poll, r) {
  const n = poll.options.length;
  if (poll.kind === 'one') return [Math.floor(r() * n)];
  if (poll.kind === 'scale') return [1 + Math.floor(r() * 5)];
  if (poll.kind === 'several') return shuffled(n, r).slice(0, 1 + Math.floor(r() * (poll.max_choices || n)));
  if (poll.kind === 'ranking') return shuffled(n, r);
  // A budget split: whole euros adding up to the total.
  const cuts = Array.from({ length: n - 1 }, () => Math.floor(r() * (poll.total + 1))).sort((x, y) => x - y);
  const parts = [];
  let last = 0;
  for (const c of cuts) { parts.push(c - last); last = c; }
  parts.push(poll.total - last);
  return parts;
}
// Answers that must be refused: an option that does not exist, and (a split) one euro over.
function wrongFor(poll) {
  const n = poll.options.length;
  if (poll.kind === 'ranking') return [0, 0, ...Array.from({ length: n - 2 }, (_, i) => i + 1)];
  if (poll.kind === 'budget') return [poll.total + 1, ...Array(n - 1).fill(0)];
  return [n + 5];
}

if (step === 'checkin') {
  const kinds = ['resident', 'resident', 'resident', 'official', 'partner'];
  await Promise.all(Array.from({ length: phones }, async (_, p) => {
    const from = `127.0.0.${10 + p}`;
    const joined = await request('GET', '', undefined, undefined, from);
    if (!joined.cookie) return fail(`phone ${p}: the join page gave no visit (${joined.status})`);
    const kind = kinds[p % kinds.length];
    // A tenth gives a name with consent; it is the only name the minutes may print.
    const body = { kind, ...(p % 10 === 0 ? { name: `Bewoner Test ${p}`, consent: true } : { name: `Geheim ${p}`, consent: false }) };
    const r = await request('POST', '/api/checkin', JSON.stringify(body), joined.cookie, from);
    if (r.status !== 201) fail(`phone ${p} check-in: ${r.status} ${r.body}`);
    const again = await request('POST', '/api/checkin', JSON.stringify({ kind }), joined.cookie, from);
    if (again.status !== 400) fail(`phone ${p}: a second check-in was not refused (${again.status})`);
    state.phones[p] = { from, cookie: joined.cookie, kind };
  }));
  const byKind = {};
  for (const ph of state.phones) if (ph) byKind[ph.kind] = (byKind[ph.kind] || 0) + 1;
  state.checkins = byKind;
  console.log(`ok   ${phones} phones checked in once each: ${JSON.stringify(byKind)}`);
} else if (step === 'answer') {
  const r = random(Number(seedArg || 1));
  const session = JSON.parse((await request('GET', '/api/session')).body).session;
  const poll = (session.polls || []).find((x) => x.closed === '');
  if (!poll) { console.log('FAIL no open poll on the phones'); process.exit(1); }
  const plan = state.phones.map((ph) => ({ ph, at: Math.floor(r() * 10000), first: answerFor(poll, r), change: r() < 0.1 ? answerFor(poll, r) : null,
                                            wrong: r() < 0.05 }));
  const times = [];
  const started = Date.now();
  let sent = 0;
  await Promise.all(plan.map(async ({ ph, at, first, change, wrong }, p) => {
    await new Promise((res) => setTimeout(res, at));
    const path = `/api/polls/${poll.id}/answer`;
    if (wrong) {
      const bad = await request('POST', path, JSON.stringify({ values: wrongFor(poll) }), ph.cookie, ph.from);
      if (bad.status !== 400) fail(`phone ${p}: a wrong answer was not refused (${bad.status} ${bad.body})`);
    }
    const a = await request('POST', path, JSON.stringify({ values: first }), ph.cookie, ph.from);
    times.push(a.ms);
    if (a.status !== 200) return fail(`phone ${p} answer: ${a.status} ${a.body}`);
    sent++;
    if (change) {
      const c = await request('POST', path, JSON.stringify({ values: change }), ph.cookie, ph.from);
      if (c.status !== 200) return fail(`phone ${p} changed answer: ${c.status} ${c.body}`);
    }
    // The answer that counts is the last one: a second replaces the first, never adds.
    (state.sent[poll.id] ||= { kind: poll.kind, total: poll.total || 0, options: poll.options.length, answers: [] }).answers[p] = change || first;
  }));
  times.sort((x, y) => x - y);
  const pct = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`ok   ${sent} phones answered poll ${poll.id} (${poll.kind}) within ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
              `p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms`);
  state.lastPoll = poll.id;
} else {
  console.log(`FAIL unknown step ${step}`);
  process.exit(1);
}
writeFileSync(stateFile, JSON.stringify(state));
process.exit(failures ? 1 : 0);
