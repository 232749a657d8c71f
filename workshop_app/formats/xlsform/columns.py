"""Which XLSForm column each part of pyxform's JSON came from, so extra columns survive a round trip."""

from __future__ import annotations

# pyxform "bind" and "control" keys → the column a form writes them in (others: bind::key, body::key).
BIND_COLUMNS = {"readonly": "read_only", "jr:requiredMsg": "required_message",
                "jr:noAppErrorString": "no_app_error_string"}
CONTROL_COLUMNS = {"jr:count": "repeat_count", "rows": "rows", "autoplay": "autoplay"}
TRANSLATABLE = ("required_message", "guidance_hint", "no_app_error_string")
"""Extra columns whose values carry languages (like ``label``); ``media::*`` columns do too."""

# The columns the writer puts first, in this order; extra columns follow in the order they are met.
SURVEY_COLUMNS = ("type", "name", "label", "hint", "required", "required_message", "relevant", "constraint",
                  "constraint_message", "calculation", "default", "appearance", "choice_filter", "parameters",
                  "repeat_count", "read_only")
CHOICES_COLUMNS = ("list_name", "name", "label")

# pyxform's normalised type names → how forms usually write them.
XLSFORM_TYPES = {"photo": "image", "select one": "select_one", "select all that apply": "select_multiple",
                 "select one external": "select_one_external", "q picture": "image"}
FILE_LIST = (".csv", ".xml", ".geojson")
"""Lists read from a file (``select_one_from_file``), which the app cannot offer."""


def is_translatable(column: str) -> bool:
    """True for extra columns that XLSForm writes once per language."""
    return column in TRANSLATABLE or column.startswith("media::")
