"""Statistics for the people who fund the service: bookmobile, drive, home delivery
and the annual survey's outreach section, over a period and a scope (Qt-free: the
app, the ``stats`` commands and the server share them)."""
