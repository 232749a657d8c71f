"""Workshop App: run participatory workshops and surveys offline, keep every answer, export for the ULG."""

__all__ = ["__version__"]

__version__ = "0.1.0"
