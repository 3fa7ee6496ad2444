"""newskg: English news articles in, a knowledge graph (Turtle and an HTML view) out."""

__version__ = "0.1.0"
