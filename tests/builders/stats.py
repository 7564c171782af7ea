"""A demo network with simulated activity, for the statistics tests (built once a session).

``simulate --days 365`` on the demo takes far longer than a test session can afford on
the shared two-core machine (about 6 s a simulated day there, most of it the home-delivery
rounds), so the network is the demo's own circulation history up to ``TODAY`` (the
bulk loader: months of loans, returns and renewals at every stop) followed by
``SIMULATED_DAYS`` simulated days through the real services (visits opened and
closed with visitor counts, drive requests and bags, home-delivery rounds with
outcomes). Fixed seeds: the same database every time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bibliomobile.cli import main

TODAY = dt.date(2026, 3, 1)
SIMULATED_DAYS = 14
YEAR = "2026"


def build_simulated_network(path: Path) -> Path:
    """Create the demo at ``path`` and play the simulated days on it."""
    demo = ["demo", "--db", str(path), "--items", "1500", "--patrons", "300"]
    assert main([*demo, "--seed", "1", "--today", TODAY.isoformat()]) == 0
    start = (TODAY + dt.timedelta(days=1)).isoformat()
    played = ["simulate", "--db", str(path), "--days", str(SIMULATED_DAYS), "--start", start]
    assert main([*played, "--seed", "3"]) == 0
    return path
