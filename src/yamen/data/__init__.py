"""Package data: lexicons and tables, each with its source noted in the file or in SOURCES.md."""
