"""The Lecteurs workspace: patron search and detail."""
