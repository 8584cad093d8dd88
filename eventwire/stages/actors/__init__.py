"""Actors: knowledge base, recognition, resolution and in-article coreference."""
