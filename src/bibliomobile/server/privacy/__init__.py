"""Personal data on the server: the audit log, a person's data (right of access) and
the register of processing activities (GDPR art. 30)."""
