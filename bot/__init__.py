"""artikelbot: answers questions about articles, in German or English, with a
checkable citation for every statement. ``import bot`` loads no model and no
heavy library; each step imports what it needs when it runs."""

__version__ = "0.1.0"
