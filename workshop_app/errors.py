"""Errors that reach a person as one clear sentence."""


class UserError(Exception):
    """A problem the user can act on; its message is a complete sentence shown as is."""


class DatabaseError(UserError):
    """A database file cannot be opened or used; the file has not been modified."""


class DatabaseBusyError(DatabaseError):
    """Another Workshop App process is writing to the same database."""
