"""The outlet's evaluative words, kept apart from the event type."""
