"""Two parties fill in their contribution sheets as an office would: in LibreOffice Calc (headless,
driven through python3-uno), typing into the cells and choosing from the drop-down lists, a date
typed as a date and an amount as a number, and saving the sheet as XLSX again. LibreOffice
rewrites the whole file (shared strings, serial dates, its own styles): the kiosk reads it back.

usage: fill_sheets.py WORKDIR GEMEENTE.xlsx PARTNER.xlsx
The soffice this starts is ended by its pid before the script returns."""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

work, gemeente, partner = sys.argv[1:4]


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


pipe = "wijkkiosk_%d" % os.getpid()
office = subprocess.Popen(
    ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
     "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.join(work, "lo-profile")),
     "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    # Wait for the office to listen (a condition, not a fixed time); give up if it died.
    deadline = time.monotonic() + 300
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except NoConnectException:
            if office.poll() is not None or time.monotonic() > deadline:
                sys.exit("LibreOffice did not start (exit %s)" % office.poll())
            time.sleep(0.2)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def fill(path, opgaven, rows):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        sheets = doc.Sheets
        bijdragen, lijst = sheets.getByName("Bijdragen"), sheets.getByName("Opgaven")
        # The columns by their heading, as a person would find them.
        heads = {bijdragen.getCellByPosition(c, 0).getString(): c for c in range(12)}
        free = 1
        while lijst.getCellByPosition(0, free).getString():
            free += 1
        for title, description in opgaven:  # new opgaven: typed under the plan's own
            lijst.getCellByPosition(0, free).setString(title)
            lijst.getCellByPosition(1, free).setString(description)
            free += 1
        for r, row in enumerate(rows, start=1):
            for heading, value in row.items():
                cell = bijdragen.getCellByPosition(heads[heading], r)
                if heading == "Klaar op":  # typed as a date: Calc stores a serial number
                    cell.setFormula(value)
                elif isinstance(value, float):
                    cell.setValue(value)
                else:
                    cell.setString(value)
        doc.storeToURL(url, (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
        doc.close(True)

    fill(gemeente, [("Schoon en heel", "Minder zwerfafval rond het winkelcentrum")], [
        {"Opgave": "Schoon en heel", "Wat gaan we doen?": "Extra veegronde rond het winkelcentrum",
         "Waaraan zien we dat het gelukt is?": "Minder meldingen over afval", "Wie (persoon of afdeling)": "Team buitenruimte",
         "Klaar op": "2027-06-30", "Budget": "wijkbudget", "Bedrag (euro)": 1250.5, "Status": "gepland",
         "Bespreken of beslissen": "Beslispunt"},
        {"Opgave": "Schoon en heel", "Wat gaan we doen?": "Afvalbakken op het speelveld legen op zaterdag",
         "Bespreken of beslissen": "Bespreekpunt"},
    ])
    fill(partner, [("Veilig thuis", "Oudere bewoners voelen zich veilig in hun straat")], [
        {"Opgave": "Veilig thuis", "Wat gaan we doen?": "Huisbezoek bij 75-plussers in de Brouwhorst",
         "Wie (persoon of afdeling)": "Woonpartners, wijkconsulent", "Klaar op": "2027-09-01", "Status": "lopend",
         "Bespreken of beslissen": "Beslispunt"},
    ])
    try:
        desktop.terminate()
    except Exception:  # the bridge closes as the office quits
        pass
    office.wait(timeout=120)
finally:
    if office.poll() is None:
        office.kill()
        office.wait()
