"""sitroom: recurring situation reports turned into one tracked, searchable, consolidated picture."""

__version__ = "0.1.0"
