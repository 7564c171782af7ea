"""Personal data through its life on the server: retention rules, the retention job,
erasure on request (see docs/retention.md)."""
