"""spaCy loading, the Doc extensions and the eventwire component registry."""

from eventwire.nlp.extensions import DOC_EXTENSIONS, get_list, register_extensions

__all__ = ["DOC_EXTENSIONS", "get_list", "register_extensions"]
