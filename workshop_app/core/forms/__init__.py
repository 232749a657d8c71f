"""Forms (surveys) as plain Python: the model, validation, and the logic a kiosk runs.

Nothing here touches the database or Qt, so screens can import it at start-up.
"""

from workshop_app.core.forms.answers import (
    DEFAULT_MESSAGES,
    AnswerProblem,
    check_answer,
    is_required,
    missing_required,
    type_problem,
)
from workshop_app.core.forms.languages import DEFAULT, display_name, language_column, split_language
from workshop_app.core.forms.logic import FormLogic, Instance
from workshop_app.core.forms.model import Choice, ChoiceList, Form, Question, Translations, text_in
from workshop_app.core.forms.state import FormState, Slot, format_instance, parse_instance
from workshop_app.core.forms.types import (
    ALL_TYPES,
    ANSWERABLE,
    CALCULATED,
    CONTAINERS,
    DISPLAY,
    METADATA,
    SELECTS,
    canonical_type,
)
from workshop_app.core.forms.validation import FormProblem, check_form, validate_form

__all__ = [
    "ALL_TYPES", "ANSWERABLE", "CALCULATED", "CONTAINERS", "DEFAULT", "DEFAULT_MESSAGES", "DISPLAY", "METADATA",
    "SELECTS", "AnswerProblem", "Choice", "ChoiceList", "Form", "FormLogic", "FormProblem", "FormState",
    "Instance", "Question", "Slot", "Translations", "canonical_type", "check_answer", "check_form",
    "display_name", "format_instance", "is_required", "language_column", "missing_required", "parse_instance",
    "split_language", "text_in", "type_problem", "validate_form",
]
