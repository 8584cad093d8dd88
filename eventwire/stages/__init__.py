"""In-article stages: each a package with component.py (spaCy factories) and its rules."""
