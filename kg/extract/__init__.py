"""Extraction stage: read a spaCy Doc, return plain records (mentions, facts, events)."""
