// Every address the phone server offers, followed from its page, in every language, while the
// meeting is in a closed part with closed items and names given without consent: none of the
// SECRETS may be in any answer.
//   node crawl.mjs JOIN_URL SECRET...
import http from 'node:http';

const [url, ...secrets] = process.argv.slice(2);
const origin = new URL(url).origin;
const get = (u) => new Promise((resolve, reject) => {
  http.get(u, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('latin1'),
                                   text: Buffer.concat(chunks).toString('utf8') }));
  }).on('error', reject);
});

const seen = new Set(), queue = [url, `${url}/wall`, `${url}/api/session`, `${url}/logo.png`, `${url}?lang=en`,
  `${url}?m=thanks`, `${url}?m=<script>alert(1)</script>`, `${url}/../../etc/passwd`, `${url}/%2e%2e/%2e%2e/etc/passwd`,
  `${origin}/etc/passwd`, `${origin}/`, `${url}/api/ideas`, `${url}/api/nothing`];
let fails = 0;
while (queue.length) {
  const u = queue.shift();
  if (seen.has(u)) continue;
  seen.add(u);
  const r = await get(u);
  for (const s of secrets)
    if (r.text.includes(s) || r.body.includes(s)) { fails++; console.log(`FAIL ${u} (${r.status}) holds "${s}"`); }
  if (r.text.includes('<script>alert(1)')) { fails++; console.log(`FAIL ${u} prints the address's markup`); }
  // Follow every link and form on a page of this server.
  for (const m of r.text.matchAll(/(?:href|action|src)="([^"]+)"/g)) {
    const next = new URL(m[1].replace(/&amp;/g, '&'), u).href;
    if (next.startsWith(origin)) queue.push(next);
  }
}
console.log(`crawl: ${seen.size} addresses, ${fails === 0 ? 'none holds' : 'some hold'} anything closed or a name without consent`);
process.exitCode = fails === 0 ? 0 : 1;
