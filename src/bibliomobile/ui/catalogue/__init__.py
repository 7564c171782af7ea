"""The Catalogue workspace: search, lazy browse, item detail."""
