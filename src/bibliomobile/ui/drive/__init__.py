"""The Drive workspace: requests, slots, pick list, bag preparation, labels, notifications."""
