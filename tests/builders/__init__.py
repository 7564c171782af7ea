"""Test data used by every test suite: small worlds built through the real services.

- ``circulation``: a tour, a stop, a visit, patrons and items for the desk and loans;
- ``drive``: the drive's world, plus booking a slot and preparing a bag;
- ``home_delivery``: beneficiaries, volunteers and a catalogue for rounds;
- ``timetable``: villages with schedule rules, for visits and timetables;
- ``catalogue``: catalogues for the screens (small, or pulled from a server);
- ``marc_files``: the real MARC sample files of ``../shared/data``;
- ``sync_network``: a server, enrolled devices and helpers to work on them.
"""
