"""The demo network: a deterministic, realistic French départemental library network.

The Médiathèque départementale du Puy-de-Dôme: a central library and two annexes,
3 bookmobile tours with 27 stops in real communes, schedule rules (every 2 or 4 weeks,
nth weekday, morning or afternoon, summer and end-of-year breaks), visits from four
months ago to three months ahead, patrons, a catalogue with real classics among made-up
titles, a few months of circulation, home-delivery beneficiaries and volunteers.

:mod:`.create` loads it (``create_demo``); the other modules generate its parts:
:mod:`.geography` (communes, sites, tours), :mod:`.network` (stops, rules, visits),
:mod:`.people` (patrons, beneficiaries, volunteers), :mod:`.catalogue` (records and
items, from :mod:`.works` and :mod:`.names`), :mod:`.circulation` (past loans), and
:mod:`.ids` (deterministic ids).
"""
