"""The drive (clic et collecte): patrons book a pickup slot at a bookmobile visit, the
library prepares their bag, the crew hands it over at the stop.

Modules, in the order of the work: :mod:`.slots` (pickup slots and booking rules),
:mod:`.requests` (taking requests, their statuses, the inbox), :mod:`.selection` (what
is free to go in a bag, surprise selections), :mod:`.picklist` (what to fetch, as a
PDF), :mod:`.bags` (preparing bags, their stock), :mod:`.handover` (at the stop),
:mod:`.desk` (a bag scanned at the stop desk); :mod:`.common` holds what they share.
Services never commit: the caller commits once per use case.
"""
