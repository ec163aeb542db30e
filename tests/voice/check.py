"""Issue 30: every count in the session and the minutes equals what was sent.

usage: check.py STATE.json SESSION.json MINUTES.md BROWSER.json
STATE: what the simulated phones sent (phones.mjs); BROWSER: what the browser's phone answered.
The kiosk's own answers and paper ballots are those of the replays in tests/voice/."""
import json
import sys

state = json.load(open(sys.argv[1]))
session = json.load(open(sys.argv[2]))["session"]
minutes = open(sys.argv[3], encoding="utf-8").read()
browser = json.load(open(sys.argv[4]))
failures = 0


def check(name, ok, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
    failures += 0 if ok else 1


def mean_shares(sums, count, total):
    out = [s // count for s in sums]
    rest = sorted(range(len(sums)), key=lambda i: (-(sums[i] % count), i))
    for i in rest[: total - sum(out)]:
        out[i] += 1
    return out


# The kiosk's answers in the replays, by poll kind, and the paper ballots of the one-choice poll.
kiosk = {"one": [[0]], "ranking": [[2, 0, 1]], "budget": []}
paper = {"one": ([3, 1, 0], 4)}

polls = session.get("polls", [])
check("three polls, all closed", len(polls) == 3 and all(p["closed"] for p in polls), json.dumps(polls)[:300])
for poll in polls:
    sent = state["sent"].get(poll["id"])
    if not sent:
        check(f"poll {poll['id']}: the phones answered it", False, "no answers were sent")
        continue
    phone = [a for a in sent["answers"] if a is not None]
    phone += browser.get(poll["id"], [])
    ks = kiosk[poll["kind"]]
    n = len(poll["options"])
    if poll["kind"] == "one":
        expected = [0] * n
        for a in phone + ks:
            expected[a[0]] += 1
        counts, papers = paper["one"]
        expected = [e + c for e, c in zip(expected, counts)]
    elif poll["kind"] == "ranking":
        expected = [0] * n
        for a in phone + ks:
            for place, option in enumerate(a):
                expected[option] += n - 1 - place
        papers = 0
    else:
        sums = [0] * n
        for a in phone + ks:
            sums = [s + x for s, x in zip(sums, a)]
        expected = mean_shares(sums, len(phone) + len(ks), poll["total"])
        papers = 0
    check(f"poll {poll['id']} ({poll['kind']}): the result is what was sent {expected}", poll.get("result") == expected, str(poll.get("result")))
    answered = poll["answered"]
    check(f"poll {poll['id']}: {len(phone)} by phone, {len(ks)} at the kiosk, {papers} on paper, none lost or counted twice",
          answered == {"phone": len(phone), "kiosk": len(ks), "paper": papers}, str(answered))
    if poll["kind"] == "budget":
        check("the split adds up to the total and was adopted", sum(poll["result"]) == poll["total"] and poll.get("adopted"), str(poll))
    total = len(phone) + len(ks) + papers
    check(f"the minutes say poll {poll['id']} had {total} answers", f"{total} antwoorden" in minutes)
    for option, value in zip(poll["options"], poll["result"]):
        check(f"the minutes give {option} its {value}", f"| {option} | {value} |" in minutes)
check("no answer is left in the session file", not session.get("poll_answers"))

# Who came: the phones' check-ins, the kiosk's one, the browser's one; the chair's count.
by_kind = {}
for c in session.get("check_ins", []):
    by_kind[c["kind"]] = by_kind.get(c["kind"], 0) + 1
expected = dict(state["checkins"])
expected["resident"] = expected.get("resident", 0) + 1 + browser.get("checkins", 0)
check(f"check-ins by kind {expected}", by_kind == expected, str(by_kind))
channels = {}
for c in session.get("check_ins", []):
    channels[c["channel"]] = channels.get(c["channel"], 0) + 1
check("check-ins by channel: the phones and the kiosk's one", channels == {"phone": sum(state["checkins"].values()) + browser.get("checkins", 0), "kiosk": 1},
      str(channels))
check("the chair's head count", session.get("head_count") == 230)
check("the minutes give the head count and the check-ins", "Geteld door de voorzitter: 230" in minutes and f"Aangemeld: {len(session['check_ins'])}" in minutes)
names = [c.get("name") for c in session["check_ins"] if c.get("name")]
check("a name only with consent", names and all(n.startswith("Bewoner Test") for n in names) and "Geheim" not in minutes, str(names[:5]))
sys.exit(1 if failures else 0)
