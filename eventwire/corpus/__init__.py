"""Across articles: event coreference (dedup) and canonical events."""
