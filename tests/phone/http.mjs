// One HTTP request as a phone sends it, from a loopback address of its own (127.0.0.2 up to
// 127.0.0.250): the server counts visits and connections per address, so each simulated phone
// has its own, as on the kiosk's hotspot. Resolves with the status, body, headers and the visit
// cookie the answer set, if any.
import http from 'node:http';

export const phoneAddress = (n) => {
  if (n < 2 || n > 250) throw new Error(`phone address 127.0.0.${n} is outside 127.0.0.2-250`);
  return `127.0.0.${n}`;
};

export function request(url, { method = 'GET', body, type, cookie, from, agent, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const h = { ...headers };
    if (type) h['Content-Type'] = type;
    if (cookie) h.Cookie = cookie;
    const req = http.request(url, { method, agent, localAddress: from, headers: h }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const set = (res.headers['set-cookie'] || []).map((c) => c.split(';')[0]).find((c) => c.startsWith('wkv='));
        resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers, cookie: set });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

// A phone's visit: the join page loaded from `from`; the cookie, or undefined when the address
// has its share of visits already.
export async function join(url, from, agent) {
  const r = await request(url, { from, agent });
  if (r.status !== 200) throw new Error(`the join page from ${from} answered ${r.status}`);
  return r.cookie;
}

export const json = (url, body, cookie, from, extra = {}) =>
  request(url, { method: 'POST', body, type: 'application/json', cookie, from, ...extra });

export async function votes(url, id) {
  const s = JSON.parse((await request(`${url}/api/session`, { from: '127.0.0.250' })).body).session;
  const idea = s.ideas.find((i) => i.id === id);
  return idea ? idea.votes : undefined;
}
