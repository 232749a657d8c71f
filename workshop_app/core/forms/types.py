"""The question types a form can hold, and the XLSForm spellings that mean each of them."""

from __future__ import annotations

ANSWERABLE = ("text", "integer", "decimal", "select_one", "select_multiple", "rank", "range", "date", "time",
              "acknowledge")
"""Types a participant answers in the kiosk."""
DISPLAY = ("note",)
CALCULATED = ("calculate",)
CONTAINERS = ("group", "repeat")
SELECTS = ("select_one", "select_multiple", "rank")
"""Types that take their answers from a choice list."""
METADATA = ("start", "end", "today", "deviceid", "username", "email", "phonenumber", "simserial", "subscriberid",
            "audit", "hidden", "start-geopoint")
"""Types kept as they are (so an export gives them back) but never shown: devices fill them in."""
ALL_TYPES = ANSWERABLE + DISPLAY + CALCULATED + CONTAINERS + METADATA
NEEDS_LABEL = ANSWERABLE + DISPLAY
"""pyxform refuses these without a label or a hint."""

# pyxform's own names for types (after its alias table) → ours; legacy spellings are still seen in old forms.
ALIASES: dict[str, str] = {
    "string": "text", "q string": "text", "add text prompt": "text",
    "int": "integer", "q int": "integer", "add integer prompt": "integer",
    "q decimal": "decimal", "add decimal prompt": "decimal",
    "select one": "select_one", "select1": "select_one", "select one using": "select_one",
    "add select one prompt using": "select_one", "select one from": "select_one",
    "select all that apply": "select_multiple", "select multiple using": "select_multiple",
    "add select multiple prompt using": "select_multiple", "select all that apply from": "select_multiple",
    "select multiple from": "select_multiple", "q select": "select_multiple",
    "q date": "date", "add date prompt": "date",
    "q note": "note", "add note prompt": "note",
    "trigger": "acknowledge", "q acknowledge": "acknowledge", "add acknowledge prompt": "acknowledge",
    "q calculate": "calculate", "add calculate prompt": "calculate",
    "get start time": "start", "start time": "start", "get end time": "end", "end time": "end",
    "get today": "today", "device id": "deviceid", "get device id": "deviceid", "imei": "deviceid",
    "get sim id": "simserial", "sim id": "simserial", "subscriber id": "subscriberid",
    "get subscriber id": "subscriberid", "get phone number": "phonenumber", "phone number": "phonenumber",
}

# What to call a type we cannot show, in the warning; pyxform renames "image" to "photo".
UNSUPPORTED_NAMES = {"photo": "image", "q picture": "image", "q image": "image", "add image prompt": "image",
                     "gps": "geopoint", "location": "geopoint", "q location": "geopoint", "q geopoint": "geopoint",
                     "add location prompt": "geopoint", "q audio": "audio", "add audio prompt": "audio",
                     "q video": "video", "add video prompt": "video", "q barcode": "barcode",
                     "add barcode prompt": "barcode", "q date time": "datetime", "add date time prompt": "datetime",
                     "date time": "datetime", "add file prompt": "file"}


def canonical_type(pyxform_type: str) -> str | None:
    """Our name for a pyxform type, or None when the app cannot show that type offline."""
    name = pyxform_type.strip()
    name = ALIASES.get(name, name)
    return name if name in ALL_TYPES else None


def is_container(kind: str) -> bool:
    """True for group and repeat."""
    return kind in CONTAINERS
