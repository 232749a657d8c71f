"""XLSForm in and out: ``read_xlsform`` through pyxform's own reader, ``write_xlsform`` with openpyxl."""

from workshop_app.formats.xlsform.reader import read_xlsform
from workshop_app.formats.xlsform.writer import write_xlsform

__all__ = ["read_xlsform", "write_xlsform"]
