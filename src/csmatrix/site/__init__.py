"""The static site of ``csmatrix site``: which frameworks, versions and members, where each page goes.

Core only (no typer, rich or renderers): ``plan`` gathers what the site shows,
``layout`` names every page and the links between them, ``write`` puts pages
on disk through ``files.writing``.  ``render.site_*`` turn a plan into HTML.
"""
