"""glossary: a Chinese-to-English terminology tool.

The package is a library that returns data; ``glossary.cli`` is a thin click layer on top.
"""

__version__ = "0.1.0"
