"""Stance across layers: claim kinds from content, reported events, pairs by the same act."""
