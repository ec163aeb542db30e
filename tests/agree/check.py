#!/usr/bin/env python3
"""Issue 31's checks against what the phones sent (STATE).
  check.py room STATE OCR            the room names each statement under the heading its counts earn
  check.py documents STATE JSON INTERNAL.md PUBLIC.md VOORTGANG.md VOORTGANG-PUBLIC.md
The oracle below is the issue's rule (10 answers eens or oneens; 70 % one way agrees; 40 to 60 %
eens is divided), written out here on purpose: the test must not read it from the code it tests."""
import json, re, sys

def verdict(eens, oneens):
    decided = eens + oneens
    if decided < 10:
        return "unclear"
    if eens * 100 >= 70 * decided or oneens * 100 >= 70 * decided:
        return "agreed"
    if 40 * decided <= eens * 100 <= 60 * decided:
        return "divided"
    return "unclear"

def key_word(question):
    return max(question.split(), key=len).lower()

fails = 0
def fail(what):
    global fails
    fails += 1
    print("FAIL", what)

state = json.load(open(sys.argv[2]))
statements = state["statements"]

if sys.argv[1] == "room":
    text = re.sub(r"\s+", " ", sys.argv[3]).lower()
    heads = {"agreed": text.find("hier zijn we het over eens"), "divided": text.find("hier zijn we verdeeld"),
             "unclear": text.find("nog niet duidelijk")}
    order = ["agreed", "divided", "unclear"]
    for s in statements:
        want = verdict(s["counts"][0], s["counts"][1])
        at = text.find(key_word(s["question"]))
        if at < 0 or heads[want] < 0:
            fail(f"the room lacks '{s['question']}' or its heading ({want}): {text}")
            continue
        nxt = [heads[h] for h in order[order.index(want) + 1:] if heads[h] > heads[want]]
        if not (heads[want] < at < (min(nxt) if nxt else len(text) + 1)):
            fail(f"'{s['question']}' is not under '{want}' on the room: {text}")
    if not fails:
        print("ok   OCR: the room names " + ", ".join(f"'{s['question']}' {verdict(*s['counts'][:2])}" for s in statements))
    sys.exit(1 if fails else 0)

session = json.load(open(sys.argv[3]))["session"]
internal, public, voortgang, voortgang_public = (open(p, encoding="utf-8").read() for p in sys.argv[4:8])
polls = {p["id"]: p for p in session.get("polls", [])}

# Every count as sent: the phones' plan, the browser's "weet niet" on the first statement, and
# the kiosk's "weet niet" on every one; a changed answer counted once, a wrong one not at all.
for k, s in enumerate(statements):
    want = [s["counts"][0], s["counts"][1], s["counts"][2] + 1 + (1 if k == 0 else 0)]
    got = polls[s["id"]]["result"]
    if got != want:
        fail(f"'{s['question']}': the session has {got}, sent were {want}")
def section(md, heading):
    m = re.search(r"^#+ " + re.escape(heading) + r"\n(.*?)(?=^#)", md, re.S | re.M)
    return m.group(1) if m else ""
for s in statements:
    v = verdict(s["counts"][0], s["counts"][1])
    if v == "agreed" and s["question"] not in section(internal, "Hier zijn we het over eens"):
        fail(f"the minutes do not list '{s['question']}' as agreed")
    if v == "divided" and s["question"] not in section(internal, "Hier zijn we verdeeld"):
        fail(f"the minutes do not list '{s['question']}' as divided")
if not fails:
    print("ok   the statements' counts equal what was sent; the minutes list the agreed and the divided ones")

split = [l for l in internal.splitlines() if l.startswith("Hier zijn we het sterk oneens")]
if not split or "Samenwerking in de wijk" not in split[0] or "Veiligheid op straat" in split[0]:
    fail(f"the minutes do not flag the split slider alone: {split}")
words = [l for l in internal.splitlines() if "speeltuin (4)" in l]
public_words = [l for l in public.splitlines() if "speeltuin (4)" in l]
if not words or "parkeeroverlast" not in words[0]:
    fail(f"the internal minutes' words: {words}")
if not public_words or "parkeeroverlast" in public_words[0].lower():
    fail(f"the public minutes' words show a closed idea's word, or none: {public_words}")
if not fails:
    print("ok   the minutes: the split slider, the words (no closed idea's in the public ones)")

kiosk = [5, 4, 4, 3]  # evaluation.wks taps these; browser.mjs gives 3 to every statement
for j, e in enumerate(state["evaluation"]):
    values = e["values"] + ([kiosk[j]] if j < len(kiosk) else []) + [3]
    avg = f"{round(sum(values) / len(values) + 1e-9, 1):.1f}".replace(".", ",")
    row = f"{e['question']} | {avg} | {len(values)}"
    for name, md in (("internal minutes", internal), ("progress report", voortgang)):
        if row not in md:
            fail(f"the {name} lack '{row}'")
for name, md in (("public minutes", public), ("public progress report", voortgang_public)):
    if "Evaluatie" in md or "Koffie was lekker" in md:
        fail(f"the {name} show the evaluation")
for written in ("Meer tijd voor vragen", "Koffie was lekker 0", "Prima avond"):
    if written not in internal:
        fail(f"the internal minutes lack the answer '{written}'")
if not fails:
    print("ok   the evaluation's averages in the internal minutes and the progress report; none in a public one")
sys.exit(1 if fails else 0)
