"""The entity stages: persons and their positions, places, organisations, dates."""
