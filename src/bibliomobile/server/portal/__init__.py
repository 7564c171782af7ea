"""The readers' portal: a small public website of the server (server-rendered HTML).

Readers find titles, sign in with their card and a one-time code sent by e-mail, ask
for titles to collect at a visit of the bookmobile in a pickup slot, and follow their
requests, loans and their stop's timetable. Pages work without JavaScript, in French
(``/``) and English (``/en/``). Requests enter the server as changes of the
``requests`` data, through the change log the vans pull (channel ``portal``).

Modules: :mod:`.settings` (what a library sets), :mod:`.accounts` (codes, sessions),
:mod:`.finding` (search and availability), :mod:`.asking` (requests, loans,
timetable), :mod:`.web` (the router), :mod:`.security` (headers, CSRF, rate limits).
"""
