"""Read an XLSForm through pyxform's own reader, into the app's ``Form``.

pyxform accepts every spelling real forms use (``label::English (en)``, ``label:English``, ``list name``,
mixed case, extra sheets and columns, blank rows); this module turns its JSON into a ``Form``, keeping
extra columns for export, and turns types the app cannot ask offline into notes with a warning.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workshop_app.core.forms import DEFAULT, Choice, ChoiceList, Form, Question, canonical_type, validate_form
from workshop_app.core.forms.languages import LanguageRegistry
from workshop_app.core.forms.model import Extra, Translations
from workshop_app.core.forms.types import CONTAINERS, SELECTS, UNSUPPORTED_NAMES
from workshop_app.errors import UserError
from workshop_app.formats.xlsform import guard
from workshop_app.formats.xlsform.columns import BIND_COLUMNS, CONTROL_COLUMNS, FILE_LIST, XLSFORM_TYPES
from workshop_app.formats.xlsform.messages import describe_problem, describe_pyxform_error, sheet_place
from workshop_app.texts import QT_TRANSLATE_NOOP, translate

_HANDLED = {"type", "name", "label", "hint", "bind", "control", "media", "instance", "trigger", "guidance_hint",
            "choice_filter", "default", "parameters", "itemset", "list_name", "choices", "children"}
_SETTINGS_DERIVED = {"type", "name", "title", "id_string", "sms_keyword", "default_language", "children", "choices"}
_YES = {"yes", "true", "true()", "1"}
_NO = {"", "no", "false", "false()", "0"}
_NOISE = ("max-pixels",)  # pyxform advice about photos, which the app turns into notes anyway


def read_xlsform(path: Path | str) -> tuple[Form, list[str]]:
    """The form in the XLSForm at ``path`` and warnings for a person (e.g. types kept as notes).

    Raises ``UserError`` with one sentence naming the sheet, row and column when the file is not a valid
    XLSForm, or when the app could not keep it faithfully.
    """
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import workbook_to_json
    from pyxform.xls2json_backends import get_xlsform

    path = Path(path)
    guard.check_file(path)
    pyxform_warnings: list[str] = []
    try:
        # What parse_file_to_json does, in two steps: the raw rows give row numbers for messages.
        workbook = get_xlsform(xlsform=str(path))
        data = workbook_to_json(workbook_dict=workbook, fallback_form_name=workbook.fallback_form_name,
                                default_language=DEFAULT, warnings=pyxform_warnings)
    except PyXFormError as exc:
        raise UserError(describe_pyxform_error(path.name, str(exc))) from None
    except RecursionError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file} nests groups too deeply to be read."),
                        file=path.name) from None
    except UserError:
        raise
    except Exception as exc:  # pyxform has crashes of its own on malformed files; the person needs one sentence
        details = str(exc)[:160]
        if not details:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{file} could not be read as an XLSForm ({error}: no "
                                                        "details)."),
                            file=path.name, error=type(exc).__name__) from None
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file} could not be read as an XLSForm ({error}: {details})."),
                        file=path.name, error=type(exc).__name__, details=details) from None
    rows = _row_numbers(workbook.survey or [])
    converter = _Converter(data, rows, path.name)
    form = converter.form()
    _check_xform(path.name, data)
    problems = validate_form(form)
    if problems:
        raise UserError(describe_problem(path.name, problems[0], rows))
    warnings = converter.warnings + [_one_line(w) for w in pyxform_warnings if not any(n in w for n in _NOISE)]
    return form, list(dict.fromkeys(warnings))


def _check_xform(filename: str, data: dict[str, Any]) -> None:
    """Build the XForm as ``pyxform.xls2xform.convert`` would, so forms Kobo would refuse are refused here."""
    from pyxform.builder import create_survey_element_from_dict
    from pyxform.errors import PyXFormError

    try:
        create_survey_element_from_dict(data).to_xml(validate=False, warnings=[])
    except PyXFormError as exc:
        raise UserError(describe_pyxform_error(filename, str(exc))) from None
    except RecursionError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file} nests groups too deeply to be read."),
                        file=filename) from None
    except Exception as exc:
        details = str(exc)[:160]
        if not details:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{file} could not be turned into a form ({error}: no "
                                                        "details)."), file=filename, error=type(exc).__name__) from None
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file} could not be turned into a form ({error}: {details})."),
                        file=filename, error=type(exc).__name__, details=details) from None


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _row_numbers(survey: list[dict[str, Any]]) -> dict[str, int]:
    """Question name → its row on the survey sheet (row 1 holds the headers)."""
    rows: dict[str, int] = {}
    for position, row in enumerate(survey):
        for header, value in row.items():
            if str(header).strip().lower() in ("name", "value", "tag") and value:
                rows.setdefault(str(value).strip(), position + 2)
                break
    return rows


class _Converter:
    """pyxform's JSON → ``Form``; collects warnings as it goes."""

    def __init__(self, data: dict[str, Any], rows: dict[str, int], filename: str) -> None:
        self.data = data
        self.filename = filename
        self.fallback_id = Path(filename).stem
        self.rows = rows
        self.warnings: list[str] = []
        self.languages = LanguageRegistry()
        self.shown_languages: list[str] = []
        self.pyxform_default = str(data.get("default_language") or DEFAULT)
        self.or_other_lists: set[str] = set()

    # -- texts -----------------------------------------------------------------------------------------
    def texts(self, value: Any, shown: bool = False) -> Translations:
        """A pyxform text (a string, or ``{language: text}``) as ``{code: text}``."""
        if value is None or value == "" or value == {}:
            return {}
        items = value.items() if isinstance(value, dict) else [(self.pyxform_default, value)]
        found: Translations = {}
        for language, text in items:
            if isinstance(text, dict | list):
                continue
            code = self.languages.code(str(language))
            found[code] = str(text)
            if shown and code not in self.shown_languages:
                self.shown_languages.append(code)
        return found

    # -- the whole form --------------------------------------------------------------------------------
    def form(self) -> Form:
        data = self.data
        questions = self.questions(data.get("children", []))
        choice_lists = [self.choice_list(name, items) for name, items in (data.get("choices") or {}).items()]
        languages = self.shown_languages or [self.languages.code(self.pyxform_default)]
        default = self.languages.codes.get(self.pyxform_default, languages[0])
        if default not in languages:
            default = languages[0]
        form_id = str(data.get("id_string") or self.fallback_id)
        return Form(
            form_id=form_id, title=str(data.get("title") or form_id), questions=questions,
            choice_lists=choice_lists, languages=languages, default_language=default,
            language_names=dict(self.languages.names), settings=self.settings(),
        )

    def settings(self) -> dict[str, str]:
        settings: dict[str, str] = {}
        for key, value in self.data.items():
            if key in _SETTINGS_DERIVED:
                continue
            if isinstance(value, bool):
                settings[key] = "yes" if value else "no"
            elif isinstance(value, str | int | float):
                settings[key] = str(value)
            elif isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
                settings.update({f"{key}::{k}": v for k, v in value.items()})
            else:
                self.warnings.append(translate("core", "The form's '{key}' setting is not supported and was left "
                                                       "out.").format(key=key))
        if self.data.get("sms_keyword") not in (None, self.data.get("id_string")):
            settings["sms_keyword"] = str(self.data["sms_keyword"])
        if self.data.get("name") not in (None, "data"):
            settings["name"] = str(self.data["name"])
        return settings

    # -- rows ------------------------------------------------------------------------------------------
    def questions(self, children: list[dict[str, Any]]) -> list[Question]:
        """Convert a tree of pyxform rows without recursion (a hostile file may nest very deeply)."""
        top: list[Question] = []
        pending: list[tuple[list[dict[str, Any]], list[Question]]] = [(children, top)]
        while pending:
            items, target = pending.pop()
            for position, item in enumerate(items):
                if not isinstance(item, dict) or self.skip(item, target):
                    continue
                following = items[position + 1] if position + 1 < len(items) else None
                if _is_generated_count(item, following):
                    continue
                question = self.question(item)
                if question.type == "repeat" and position and _is_generated_count(items[position - 1], item):
                    question.extra["repeat_count"] = items[position - 1]["bind"]["calculate"]
                target.append(question)
                if question.is_container:
                    pending.append((item.get("children") or [], question.children))
        return top

    def skip(self, item: dict[str, Any], siblings: list[Question]) -> bool:
        """True for rows pyxform adds by itself; an "or other" text row marks its select instead."""
        name = str(item.get("name", ""))
        if name == "meta" and item.get("type") == "group" and (item.get("control") or {}).get("bodyless"):
            return True
        if name.startswith("reserved_name_for_field_list_labels_"):
            return True
        previous = siblings[-1] if siblings else None
        if (previous is not None and previous.type in ("select_one", "select_multiple")
                and item.get("type") == "text" and name == f"{previous.name}_other"
                and item.get("label") == "Specify other."
                and item.get("bind") == {"relevant": f"selected(../{previous.name}, 'other')"}
                and len(item) == 4):
            previous.or_other = True
            self.or_other_lists.add(previous.list_name)
            return True
        return False

    def question(self, item: dict[str, Any]) -> Question:
        name = str(item.get("name", ""))
        pyxform_type = str(item.get("type", ""))
        bind = dict(item.get("bind") or {})
        control = dict(item.get("control") or {})
        parameters = {str(k): str(v) for k, v in (item.get("parameters") or {}).items()}
        for key in list(control):
            if key in parameters and str(control[key]) == parameters[key]:
                del control[key]  # pyxform copies range parameters into the control
        kind, source_type, list_name = self.kind(item, pyxform_type, name)
        required = str(bind.pop("required", "")).strip()
        question = Question(
            name=name, type=kind, label=self.texts(item.get("label"), shown=True),
            hint=self.texts(item.get("hint"), shown=True), list_name=list_name,
            required=required.lower() in _YES,
            required_if="" if required.lower() in _YES | _NO else required,
            relevant=str(bind.pop("relevant", "")), constraint=str(bind.pop("constraint", "")),
            constraint_message=self.texts(bind.pop("jr:constraintMsg", None), shown=True),
            calculation=str(bind.pop("calculate", "")), default=str(item.get("default", "")),
            appearance=str(control.pop("appearance", "")), parameters=parameters, source_type=source_type,
        )
        question.extra = self.extra(item, bind, control)
        return question

    def kind(self, item: dict[str, Any], pyxform_type: str, name: str) -> tuple[str, str, str]:
        """``(our type, the XLSForm type kept for export when we cannot show it, list name)``."""
        if pyxform_type in CONTAINERS:
            return pyxform_type, "", ""
        if pyxform_type == "loop":
            row = self.rows.get(name)
            self.warnings.append(
                translate("core", "Row {row}: '{name}' is a loop, which the app reads as a group.").format(
                    row=row, name=name) if row else
                translate("core", "'{name}' is a loop, which the app reads as a group.").format(name=name))
            return "group", "", ""
        kind = canonical_type(pyxform_type)
        list_name = str(item.get("list_name") or item.get("itemset") or "")
        if kind in SELECTS and list_name.lower().endswith(FILE_LIST):
            kind = None
        if kind is not None:
            return kind, "", list_name if kind in SELECTS else ""
        from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

        if pyxform_type not in QUESTION_TYPE_DICT:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{file} is not a valid XLSForm ({where}): '{name}' has "
                                                        "the type '{pyxform_type}', which XLSForm does not know."),
                            file=self.filename, where=sheet_place("survey", self.rows.get(name)), name=name,
                            pyxform_type=pyxform_type)
        spelled = XLSFORM_TYPES.get(pyxform_type, pyxform_type)
        if list_name.lower().endswith(FILE_LIST):
            spelled = "select_one_from_file" if pyxform_type == "select one" else "select_multiple_from_file"
        source = f"{spelled} {list_name}" if list_name else spelled
        shown = UNSUPPORTED_NAMES.get(pyxform_type, spelled)
        row = self.rows.get(name)
        self.warnings.append(
            translate("core", "Row {row}: '{name}' is of type '{type}', which the app cannot ask offline; it is kept "
                              "as a note and exported as it was.").format(row=row, name=name, type=shown) if row else
            translate("core", "'{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note "
                              "and exported as it was.").format(name=name, type=shown))
        return "note", source, ""

    def extra(self, item: dict[str, Any], bind: dict[str, Any], control: dict[str, Any]) -> Extra:
        extra: Extra = {}
        for key, value in bind.items():
            column = BIND_COLUMNS.get(key, f"bind::{key}")
            extra[column] = self.texts(value) if column == "required_message" else str(value)
        for key, value in control.items():
            extra[CONTROL_COLUMNS.get(key, f"body::{key}")] = str(value)
        for key, value in (item.get("media") or {}).items():
            extra[f"media::{key}"] = self.texts(value)
        for key, value in (item.get("instance") or {}).items():
            extra[f"instance::{key}"] = str(value)
        if item.get("trigger"):
            trigger = item["trigger"]
            extra["trigger"] = " ".join(f"${{{t}}}" for t in trigger) if isinstance(trigger, list | tuple) \
                else str(trigger)
        if item.get("guidance_hint"):
            extra["guidance_hint"] = self.texts(item["guidance_hint"])
        if item.get("choice_filter"):
            extra["choice_filter"] = str(item["choice_filter"])
        self.add_unknown(extra, item, _HANDLED)
        return {k: v for k, v in extra.items() if v != "" and v != {}}

    def add_unknown(self, extra: Extra, item: dict[str, Any], handled: set[str]) -> None:
        """Columns pyxform passes through unchanged (``foo``, ``foo::bar``) are kept under their own names."""
        for key, value in item.items():
            if key in handled or key.startswith("_"):  # pyxform's own marks, e.g. _dynamic_default
                continue
            if isinstance(value, dict):
                extra.update({f"{key}::{k}": str(v) for k, v in value.items() if not isinstance(v, dict | list)})
            elif not isinstance(value, list):
                extra[str(key)] = str(value)

    # -- choices ---------------------------------------------------------------------------------------
    def choice_list(self, name: str, items: list[dict[str, Any]]) -> ChoiceList:
        choices = []
        for position, item in enumerate(items):
            if name in self.or_other_lists and position == len(items) - 1 and _is_added_other(item):
                continue  # pyxform appended it for "or_other"; an export's or_other adds it again
            choice = Choice(str(item.get("name", "")), self.texts(item.get("label"), shown=True))
            for key, value in (item.get("media") or {}).items():
                choice.extra[f"media::{key}"] = self.texts(value)
            self.add_unknown(choice.extra, item, {"name", "label", "media"})
            choices.append(choice)
        return ChoiceList(str(name), choices)


def _is_generated_count(item: Any, following: Any) -> bool:
    """pyxform turns a repeat_count that is not a plain reference into a calculate ``<repeat>_count`` before it."""
    if not isinstance(item, dict) or not isinstance(following, dict) or following.get("type") != "repeat":
        return False
    name = f"{following.get('name')}_count"
    bind = item.get("bind")
    return (set(item) == {"name", "bind", "type"} and item["type"] == "calculate" and item["name"] == name
            and isinstance(bind, dict) and set(bind) == {"readonly", "calculate"}
            and (following.get("control") or {}).get("jr:count") == f"${{{name}}}")


def _is_added_other(item: dict[str, Any]) -> bool:
    from pyxform import constants

    if item is constants.OR_OTHER_CHOICE:
        return True
    label = item.get("label")
    labels = label.values() if isinstance(label, dict) else [label]
    return set(item) == {"name", "label"} and item["name"] == "other" and all(text == "Other" for text in labels)

