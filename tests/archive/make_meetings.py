# Meetings of one wijk for the archive test, from the golden session: A and B (held on two
# kiosks, each with an open action of its own) and a large one of 10,000 ideas.
#   python3 make_meetings.py SRC_JSON OUT_FOLDER
import copy, json, sys
src, out = sys.argv[1], sys.argv[2]
base = json.load(open(src, encoding="utf-8"))
def meeting(uid, date, what):
    d = copy.deepcopy(base)
    s = d["session"]
    s["uid"], s["date"], s["title"] = uid, date, "Wijktafel Stiphout " + date
    a = s["actions"][0]
    a["what"], a["status"], a["id"] = what, "gepland", "a1"
    a.pop("origin", None); a.pop("history", None); a.pop("number", None)
    return d
json.dump(meeting("aaaaaaaa-0000-4000-8000-00000000000a", "2025-03-01", "Actie van kiosk een"), open(f"{out}/a.json", "w"))
json.dump(meeting("bbbbbbbb-0000-4000-8000-00000000000b", "2025-09-01", "Actie van kiosk twee"), open(f"{out}/b.json", "w"))
big = meeting("cccccccc-0000-4000-8000-00000000000c", "2024-05-01", "Actie in de grote")
ideas = []
for i in range(10000):
    ideas.append({"id": f"i{i + 1}", "text": f"Idee nummer {i + 1}: meer groen en bankjes in de straat", "theme": "groen",
                  "author": "", "contact": "", "consent": False, "votes": i % 7, "visibility": "public",
                  "response": {"value": "", "motivation": "", "condition": "", "due": ""}})
big["session"]["ideas"] = ideas
big["session"]["actions"][0]["ideas"] = []
json.dump(big, open(f"{out}/big.json", "w"))
