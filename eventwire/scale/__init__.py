"""Beyond one process: the Ray Data runner (``ray_runner``) and feed
watching (``watch``)."""
