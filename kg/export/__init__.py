"""Exports of the knowledge graph: Turtle and the interactive HTML view."""
