"""The "Aujourd'hui" workspace: the day at a glance."""
