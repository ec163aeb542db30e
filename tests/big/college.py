#!/usr/bin/env python3
"""A college on tour as big as a city's: 40 participants and 5,000 ideas (issue 34), written as a
session file without a phase. Deterministic (a fixed seed), so a failing test fails again.
Usage: college.py OUT.json [IDEAS]"""
import json
import random
import sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
rnd = random.Random(34)
themes = ["groen", "verkeer", "veiligheid", "jeugd", "spelen", "wonen", "zorg en welzijn", "duurzaamheid"]
wishes = ["Meer bankjes", "Betere verlichting", "Een zebrapad", "Meer groen", "Minder zwerfafval", "Een speeltuin",
          "Drempels tegen hardrijders", "Een buurtmoestuin", "Fietsenrekken", "Een pannaveld", "Laadpalen",
          "Een ontmoetingsplek", "Bloembakken", "Een jongerenhonk", "Meer parkeerplaatsen", "Een hondenuitlaatveld"]
places = ["bij de vijver", "in de Kerkstraat", "rond de basisschool", "op het Marktplein", "bij het winkelcentrum",
          "langs het kanaal", "in het Stadspark", "bij de sporthal", "aan de Molenweg", "bij het station",
          "in de Bloemenwijk", "bij de bibliotheek", "rond het wijkhuis", "aan de Dorpsstraat", "bij de kerk"]
reasons = ["voor ouderen", "voor kinderen", "voor iedereen", "zodat het veiliger wordt", "voor de gezelligheid",
           "want nu is het er donker", "voor jongeren", "voor mensen met een rollator"]
answers = [("nu", "We pakken dit dit jaar op.", "", ""), ("ooit", "Past in de planning van volgend jaar.", "Als de begroting het toelaat", "2027-09-30"),
           ("nooit", "Dit kan niet op deze plek.", "", "")]
ideas = []
for n in range(1, count + 1):
    text = f"{rnd.choice(wishes)} {rnd.choice(places)} {rnd.choice(reasons)} (voorstel {n})"
    idea = {"id": f"i{n}", "text": text, "theme": themes[n % len(themes)], "votes": rnd.randint(0, 40),
            "visibility": "closed" if n % 97 == 0 else "public"}
    if n % 13 == 0:
        idea["author"] = f"Bewoner {n}"
        idea["consent"] = n % 26 == 0
    if n % 5 == 0:
        value, motivation, condition, due = answers[n % 3]
        idea["response"] = {"value": value, "motivation": motivation, "condition": condition, "due": due}
    if n % 4 == 0:
        idea["map"] = {"x": round(rnd.random(), 3), "y": round(rnd.random(), 3)}
    ideas.append(idea)
# Said five times in other words: the facilitator merges them in one go.
for k, text in enumerate(["Bankjes langs de vijver graag", "Meer bankjes aan de vijver", "Vijver: bankjes erbij",
                          "Bankjes bij de vijver plaatsen", "De vijver heeft bankjes nodig"]):
    ideas.append({"id": f"d{k + 1}", "text": text, "theme": "groen", "votes": k, "visibility": "public"})
session = {
    "type": "college_on_tour",
    "title": "College on tour Stiphout 2026", "wijk": "Stiphout", "date": "2026-11-26",
    "location": "Sporthal De Braak", "chair": "Burgemeester",
    "response_scheme": "nu_ooit_nooit",
    "participants": [{"id": f"p{n}", "name": f"Deelnemer {n}", "role": "bewoner" if n > 8 else "wethouder",
                      "organisation": "Gemeente" if n <= 8 else ""} for n in range(1, 41)],
    "ideas": ideas,
}
with open(out, "w", encoding="utf-8") as f:
    json.dump({"format": "wijkkiosk-session", "version": 1, "session": session}, f, ensure_ascii=False)
