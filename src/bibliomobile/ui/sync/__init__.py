"""The GUI side of sync: the background sync controller, the Synchronisation workspace,
enrolment in Réglages."""
