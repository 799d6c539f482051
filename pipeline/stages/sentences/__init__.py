"""Sentence splitting: line breaks as hard boundaries before the parser, trimmed spans after."""
