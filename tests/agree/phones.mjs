// Phones in the room for issue 31, each from a loopback address of its own. Steps, each a run,
// keeping the visits and what was sent in STATE (a JSON file):
//   statements   16 phones answer the five open statements as planned (some change an answer,
//                some send a wrong one, refused and not counted); one proposes a statement; bad
//                statements are refused in one line each
//   similar      "lijkt op": a public idea with the same words, never a closed or hidden one; the
//                request is rate-limited per visit
//   evaluation   10 phones answer the evaluation: a value per statement, a few write an answer
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, json, phoneAddress, request } from '../phone/http.mjs';
import { fail, ok } from '../phone/kit.mjs';

const [url, stateFile, step] = process.argv.slice(2);
const state = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : { phones: [] };
const session = async () => JSON.parse((await request(`${url}/api/session`, { from: '127.0.0.250' })).body).session;

async function phones(n) {
  for (let p = state.phones.length; p < n; p++) {
    const from = phoneAddress(20 + p);
    state.phones.push({ from, cookie: await join(url, from) });
  }
  return state.phones.slice(0, n);
}
const answer = (ph, poll, body) => json(`${url}/api/polls/${poll}/answer`, JSON.stringify(body), ph.cookie, ph.from);

// Per statement: how many answer eens, oneens, weet niet (values 0, 1, 2).
const plan = [[12, 2, 1], [2, 11, 0], [7, 7, 2], [6, 3, 0], [9, 5, 0]];

if (step === 'statements') {
  const open = (await session()).polls.filter((q) => q.kind === 'statement' && q.closed === '');
  if (open.length !== 5) { console.log(`FAIL expected five open statements, found ${open.length}`); process.exit(1); }
  const all = await phones(16);
  state.statements = [];
  for (const [k, q] of open.entries()) {
    const values = plan[k].flatMap((n, v) => Array(n).fill(v));
    await Promise.all(values.map(async (v, p) => {
      const ph = all[p];
      // Every fourth phone first taps the other side, then changes its mind: one answer counts.
      if (p % 4 === 0) {
        const first = await answer(ph, q.id, { values: [v === 0 ? 1 : 0] });
        if (first.status !== 200) fail(`phone ${p}, ${q.question}: ${first.status} ${first.body}`);
      }
      if (p % 5 === 0) {
        const wrong = await answer(ph, q.id, { values: [3] });
        if (wrong.status !== 400) fail(`phone ${p}: the answer 3 was not refused (${wrong.status})`);
        const text = await answer(ph, q.id, { text: 'eens' });
        if (text.status !== 400) fail(`phone ${p}: a text answer to a statement was not refused (${text.status})`);
      }
      const r = await answer(ph, q.id, { values: [v] });
      if (r.status !== 200) fail(`phone ${p}, ${q.question}: ${r.status} ${r.body}`);
    }));
    state.statements.push({ id: q.id, question: q.question, counts: plan[k] });
  }
  const none = await answer(all[0], 'q999', { values: [0] });
  if (none.status !== 404) fail(`an answer to no poll: ${none.status}`);
  // A proposal, and what may not be one: each refused in one line that names the text.
  const propose = (p, text) => json(`${url}/api/statements`, JSON.stringify({ text }), all[p].cookie, all[p].from);
  const made = await propose(0, 'Meer bankjes langs het water');
  if (made.status !== 201) fail(`a proposal: ${made.status} ${made.body}`);
  for (const [text, why] of [['Meer bankjes langs het water', 'sent already'], ['x'.repeat(201), 'at most 200'],
                             ['Groen\u0007 park', 'control characters'], ['de het en', 'only words']]) {
    const r = await propose(1, text);
    const line = r.body.trim();
    if (r.status !== 400 || line.includes('\n') || !line.includes(why)) fail(`a bad statement (${why}): ${r.status} ${line}`);
  }
  ok(`16 phones answered five statements; a proposal waits; bad statements refused in one line each`);
} else if (step === 'similar') {
  const [ph] = await phones(1);
  const ask = (text) => request(`${url}/api/similar?text=${encodeURIComponent(text)}`, { cookie: ph.cookie, from: ph.from });
  const found = JSON.parse((await ask('Een bankje bij de vijver in het park')).body);
  const ids = found.map((i) => i.id);
  if (!found.some((i) => i.text === 'Bankjes bij de vijver in het park')) fail(`lijkt op: the public idea is missing: ${JSON.stringify(found)}`);
  if (found.some((i) => /Parkeeroverlast|Hondenpoep/.test(i.text))) fail(`lijkt op shows a closed or hidden idea: ${JSON.stringify(found)}`);
  const closedWords = JSON.parse((await ask('Parkeeroverlast in het weekend')).body);
  if (closedWords.length) fail(`lijkt op shows ideas for a closed idea's words: ${JSON.stringify(closedWords)}`);
  const hiddenWords = JSON.parse((await ask('hondenpoep')).body);
  if (hiddenWords.length) fail(`lijkt op shows the hidden idea: ${JSON.stringify(hiddenWords)}`);
  // Typing fast asks often: the visit's own budget says no before the desk is flooded.
  let refused = 0;
  for (let k = 0; k < 15; k++) refused += (await ask(`speeltuin ${k}`)).status === 429 ? 1 : 0;
  if (refused === 0) fail('lijkt op: 15 requests in a row were all answered');
  ok(`lijkt op: ${ids.join(', ')} for the bankje; nothing closed or hidden; ${refused} of 15 in a row refused`);
} else if (step === 'evaluation') {
  const open = (await session()).polls.filter((q) => q.evaluation && q.closed === '');
  const scale = open.filter((q) => q.kind === 'scale'), text = open.find((q) => q.kind === 'open');
  if (scale.length < 3 || !text) { console.log(`FAIL the evaluation is not open on the phones: ${JSON.stringify(open)}`); process.exit(1); }
  const all = await phones(10);
  state.evaluation = scale.map((q) => ({ id: q.id, question: q.question, values: [] }));
  await Promise.all(all.map(async (ph, p) => {
    for (const [j, q] of scale.entries()) {
      const v = 1 + ((p + j) % 5);
      const r = await answer(ph, q.id, { values: [v] });
      if (r.status !== 200) fail(`phone ${p}, evaluation ${q.question}: ${r.status} ${r.body}`);
      state.evaluation[j].values.push(v);
    }
    if (p < 3) {
      const r = await answer(ph, text.id, { text: `Koffie was lekker ${p}` });
      if (r.status !== 200) fail(`phone ${p}, the open question: ${r.status} ${r.body}`);
    }
  }));
  ok(`10 phones answered the evaluation's ${scale.length} statements; 3 wrote an answer`);
} else {
  console.log(`FAIL unknown step ${step}`);
  process.exit(1);
}
writeFileSync(stateFile, JSON.stringify(state));
process.exit(process.exitCode || 0);
