"""yamen: read Chinese official news into evidence-linked records."""

__version__ = "0.1.0"
