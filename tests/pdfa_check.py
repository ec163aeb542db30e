#!/usr/bin/env python3
"""The PDF/A-2u checks veraPDF would make that a Debian machine can make without it (veraPDF is
not packaged): read from `qpdf --json` of the real file. Prints one line per problem; exit 1 if
any. Usage: pdfa_check.py FILE.json PROFILE.icc"""
import base64, hashlib, json, re, sys
import xml.etree.ElementTree as ET

doc = json.load(open(sys.argv[1]))["qpdf"][1]
profile = open(sys.argv[2], "rb").read()
problems = []


def obj(ref):
    """The object a reference names, or the value itself."""
    if isinstance(ref, str) and re.fullmatch(r"\d+ \d+ R", ref):
        o = doc["obj:" + ref]
        return o.get("value", o.get("stream"))
    return ref


def text(v):
    v = obj(v)
    if isinstance(v, str) and v.startswith("u:"):
        return v[2:]
    if isinstance(v, str) and v.startswith("b:"):
        raw = bytes.fromhex(v[2:])
        return raw[2:].decode("utf-16-be") if raw[:2] == b"\xfe\xff" else raw.decode("latin-1")
    return v


def stream_bytes(s):
    return base64.b64decode(s["data"])


trailer = doc["trailer"]["value"]
root = obj(trailer["/Root"])
info = obj(trailer.get("/Info", {})) or {}
if "/Encrypt" in trailer:
    problems.append("encrypted")
ids = trailer.get("/ID")
if not (isinstance(ids, list) and len(ids) == 2):
    problems.append("no trailer ID")

# XMP packet: unfiltered, identifying PDF/A-2u, agreeing with Info.
meta = obj(root.get("/Metadata"))
if not meta:
    problems.append("no XMP metadata in the catalog")
else:
    if meta["dict"].get("/Type") != "/Metadata" or meta["dict"].get("/Subtype") != "/XML":
        problems.append("the metadata stream is not /Type /Metadata /Subtype /XML")
    if "/Filter" in meta["dict"]:
        problems.append("the metadata stream is filtered")
    ns = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
          "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/", "pdf": "http://ns.adobe.com/pdf/1.3/"}
    x = ET.fromstring(re.sub(rb"<\?xpacket[^>]*\?>", b"", stream_bytes(meta)))
    d = x.find(".//rdf:Description", ns)
    get = lambda path: (lambda e: e.text if e is not None else None)(d.find(path, ns))
    if get("pdfaid:part") != "2" or get("pdfaid:conformance") != "U":
        problems.append("XMP does not say PDF/A-2u: part %s conformance %s" % (get("pdfaid:part"), get("pdfaid:conformance")))

    def iso(pdfdate):
        m = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(Z|[+-]\d\d'\d\d'?)?", pdfdate or "")
        if not m:
            return None
        zone = m.group(7) or ""
        zone = "Z" if zone == "Z" else (zone[:3] + ":" + zone[4:6] if zone else "")
        return "%s-%s-%sT%s:%s:%s" % m.groups()[:6] + zone

    pairs = [("/Title", get("dc:title/rdf:Alt/rdf:li")), ("/Author", get("dc:creator/rdf:Seq/rdf:li")),
             ("/Creator", get("xmp:CreatorTool")), ("/Producer", get("pdf:Producer"))]
    for key, value in pairs:
        if key in info and text(info[key]) != value:
            problems.append("Info %s %r but XMP %r" % (key, text(info[key]), value))
    for key, path in [("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")]:
        if key not in info:
            problems.append("Info has no %s" % key)
        elif iso(text(info[key])) != get(path):
            problems.append("Info %s %r but XMP %s %r" % (key, text(info[key]), path, get(path)))
    if not get("dc:title/rdf:Alt/rdf:li"):
        problems.append("no dc:title")

if text(root.get("/Lang")) != "nl-NL":
    problems.append("the catalog's /Lang is %r, not nl-NL" % text(root.get("/Lang")))

# Tagged where cairo 1.16 reaches: the tree declared, with headings, paragraphs, lists and tables in it.
marked = obj(root.get("/MarkInfo")) or {}
if marked.get("/Marked") is not True or "/StructTreeRoot" not in root:
    problems.append("not tagged: MarkInfo %r, structure tree %s" % (marked, "/StructTreeRoot" in root))
kinds = {(o.get("value") or {}).get("/S") for o in doc.values() if isinstance(o.get("value"), dict) and o["value"].get("/Type") == "/StructElem"}
for kind in ("/H1", "/H2", "/P", "/L", "/LI", "/Table", "/TR", "/TH", "/TD"):
    if kind not in kinds:
        problems.append("no %s in the structure tree (it has %s)" % (kind, sorted(k for k in kinds if k)))

# One output intent, GTS_PDFA1, carrying exactly the sRGB profile (3 components).
intents = obj(root.get("/OutputIntents")) or []
if len(intents) != 1:
    problems.append("%d output intents, not one" % len(intents))
for i in intents:
    i = obj(i)
    if i.get("/S") != "/GTS_PDFA1":
        problems.append("output intent subtype %s" % i.get("/S"))
    icc = obj(i.get("/DestOutputProfile"))
    if not icc or icc["dict"].get("/N") != 3:
        problems.append("the output intent's profile is missing or not RGB")
    elif hashlib.sha256(stream_bytes(icc)).digest() != hashlib.sha256(profile).digest():
        problems.append("the output intent's profile is not the sRGB profile")

# Nothing that runs or hides: no JavaScript, launch actions or extra actions; every annotation prints.
for key, o in doc.items():
    if not key.startswith("obj:"):
        continue
    v = o.get("value", o.get("stream", {}).get("dict"))
    if not isinstance(v, dict):
        continue
    if v.get("/S") in ("/JavaScript", "/Launch") or "/JS" in v:
        problems.append("%s is a %s action" % (key, v.get("/S")))
    if "/AA" in v:
        problems.append("%s has additional actions" % key)
    if v.get("/Type") == "/Annot" or v.get("/Subtype") == "/Link":
        flags = v.get("/F", 0)
        if not flags & 4 or flags & (1 | 2 | 32 | 256):
            problems.append("annotation %s with flags %s (print must be set, hidden not)" % (key, flags))
    if v.get("/Interpolate") is True:
        problems.append("%s is interpolated (PDF/A-2 6.2.8)" % key)
    if v.get("/Subtype") == "/CIDFontType2" and "/CIDToGIDMap" not in v:
        problems.append("CID font %s without CIDToGIDMap (PDF/A-2 6.2.11.3.2)" % v.get("/BaseFont"))
    if v.get("/Type") == "/FontDescriptor" and not any(k in v for k in ("/FontFile", "/FontFile2", "/FontFile3")):
        problems.append("font %s is not embedded" % v.get("/FontName"))
if "/Names" in root and "/JavaScript" in (obj(root["/Names"]) or {}):
    problems.append("document JavaScript")

for p in problems:
    print(p)
sys.exit(1 if problems else 0)
