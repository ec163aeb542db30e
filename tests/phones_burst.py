#!/usr/bin/env python3
"""Phones posting ideas at once (tests/phones_powercut.sh): PHONES phones, each from a loopback
address of its own (127.1.TRIAL.n), load the join page, wait for one another, then post ideas one
after another until the server is gone. Every idea the server confirmed (201) is appended to
CONFIRMED at once, one text a line."""
import http.client
import sys
import threading
import urllib.parse

url, trial, confirmed = sys.argv[1], int(sys.argv[2]), sys.argv[3]
phones = int(sys.argv[4]) if len(sys.argv) > 4 else 100
per_phone = 40  # an address's burst of requests ([phones]: 40 at once, then 2 a second)
u = urllib.parse.urlsplit(url)
lock = threading.Lock()
ready = threading.Barrier(phones)
out = open(confirmed, "a", buffering=1)


def phone(n):
    source = ("127.1.%d.%d" % (trial, n + 10), 0)
    try:
        c = http.client.HTTPConnection(u.hostname, u.port, timeout=30, source_address=source)
        c.request("GET", u.path)
        r = c.getresponse()
        r.read()
        cookie = (r.getheader("Set-Cookie") or "").split(";")[0]
        c.close()
    except OSError:
        cookie = ""
    try:
        ready.wait(timeout=60)
    except threading.BrokenBarrierError:
        pass
    for k in range(per_phone):
        text = "Stroom %d-%d-%d" % (trial, n, k)
        body = '{"text": "%s", "theme": "groen"}' % text
        try:
            c = http.client.HTTPConnection(u.hostname, u.port, timeout=30, source_address=source)
            c.request("POST", u.path + "/api/ideas", body=body,
                      headers={"Content-Type": "application/json", "Cookie": cookie})
            r = c.getresponse()
            r.read()
            c.close()
        except OSError:
            return  # the server is gone
        if r.status == 201:
            with lock:
                out.write(text + "\n")


threads = [threading.Thread(target=phone, args=(n,)) for n in range(phones)]
for t in threads:
    t.start()
for t in threads:
    t.join()
