"""Where: an offline gazetteer, toponym resolution and event places."""
