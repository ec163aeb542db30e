// No phone starves the others: two addresses (127.0.0.6 and .7) each open up to 600 connections
// and trickle a header byte every 3 seconds; a normal phone (127.0.0.8) is still answered, within
// 5 s (waited for, not timed). Then every trickling connection must be closed by the server:
// a request not complete within its time is cut off, however actively it trickles.
//   node trickle.mjs JOIN_URL
import net from 'node:net';
import { request } from './http.mjs';

const [url] = process.argv.slice(2);
const { hostname, port } = new URL(url);
let fails = 0;
const check = (what, cond, detail = '') => {
  if (cond) console.log(`ok   ${what}`); else { fails++; console.log(`FAIL ${what} ${detail}`); }
};
const line = `GET ${new URL(url).pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nX-Slow: `;
const sockets = [];
let open = 0;
for (const from of ['127.0.0.6', '127.0.0.7']) {
  for (let i = 0; i < 600; i++) {
    const s = net.connect({ port: Number(port), host: hostname, localAddress: from });
    s.sent = 0;
    s.on('connect', () => { open++; s.write(line[s.sent++]); });
    s.on('error', () => {});
    s.on('close', () => { if (s.sent > 0) open--; s.gone = true; });
    sockets.push(s);
  }
}
const timer = setInterval(() => {
  for (const s of sockets) if (!s.gone && s.sent > 0) s.write(s.sent < line.length ? line[s.sent++] : 'x');
}, 3000);

// Wait until the connections are made or refused, then a normal phone asks for the page.
const settled = () => sockets.every((s) => s.gone || s.sent > 0);
for (let t = 0; t < 600 && !settled(); t++) await new Promise((r) => setTimeout(r, 50));
const answer = await Promise.race([
  request(url, { from: '127.0.0.8' }).then((r) => r.status, (e) => `error ${e.code}`),
  new Promise((r) => setTimeout(() => r('no answer within 5 s'), 5000)),
]);
check(`with two addresses trickling (${open} of their connections open) a normal phone is answered`, answer === 200, answer);

// Trickling does not keep a connection: each is cut once its request is overdue.
for (let t = 0; t < 600 && sockets.some((s) => !s.gone); t++) await new Promise((r) => setTimeout(r, 100));
const left = sockets.filter((s) => !s.gone).length;
check(`every trickling connection is closed by the server (${left} left open)`, left === 0);
clearInterval(timer);
sockets.forEach((s) => s.destroy());
process.exit(fails === 0 ? 0 : 1);
