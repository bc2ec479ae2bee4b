"""lint: the quality of a framework's text."""
