"""Briefings and exports built from the store: what a reader takes away from sitroom."""
