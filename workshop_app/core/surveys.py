"""Surveys in the database: store a ``Form``, load it back, version it, and the XLSForm commands.

Each stored version is one ``Survey`` row; versions of one questionnaire share ``form_id``. Saving an edited
survey that already has responses writes a new version, so old responses keep the questions they answered.
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import SAWarning
from sqlalchemy.orm import Session

from workshop_app.core.events import Event
from workshop_app.core.forms import (
    CONTAINERS,
    DEFAULT,
    METADATA,
    Choice,
    ChoiceList,
    Form,
    Question,
    check_form,
    display_name,
)
from workshop_app.core.forms.model import specify_other
from workshop_app.db.base import new_id
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import Choice as ChoiceRow
from workshop_app.db.models import ChoiceList as ChoiceListRow
from workshop_app.db.models import ChoiceTranslation, QuestionTranslation, Response, Survey
from workshop_app.db.models import Question as QuestionRow
from workshop_app.db.snapshots import RowSnapshot, delete_with_snapshot, restore_snapshot

# Keys of Survey.settings and Question.parameters that hold what the schema has no column for.
XLSFORM_KEY = "_xlsform"
"""In ``Question.parameters``: ``required_if``, ``extra`` columns and ``source_type``; other keys are the
XLSForm ``parameters`` themselves (e.g. a range's ``start``/``end``/``step``)."""


@dataclass(frozen=True)
class SurveySummary:
    """One stored survey version, as lists and the command line show it."""

    id: str
    form_id: str
    version: int
    title: str
    default_language: str
    languages: tuple[str, ...]
    question_count: int
    response_count: int


class SurveyService:
    """Stores, loads, versions and deletes surveys; each change is one transaction, then ``changed`` is emitted
    with the id of the survey version concerned."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.changed = Event()

    # -- reading -------------------------------------------------------------------------------------------
    def list(self) -> list[SurveySummary]:
        """Every survey version, by title then version."""
        with self.db.session() as session:
            surveys = session.scalars(select(Survey).order_by(Survey.title, Survey.version)).all()
            return [_summary(session, survey) for survey in surveys]

    def get(self, survey_id: str) -> SurveySummary:
        """The summary of one survey version; ``UserError`` if it does not exist."""
        with self.db.session() as session:
            return _summary(session, _load(session, survey_id))

    def versions(self, form_id: str) -> list[SurveySummary]:
        """Every stored version of one questionnaire, oldest first."""
        with self.db.session() as session:
            rows = session.scalars(select(Survey).where(Survey.form_id == form_id).order_by(Survey.version)).all()
            return [_summary(session, survey) for survey in rows]

    def load_form(self, survey_id: str) -> Form:
        """The survey version as a ``Form`` the builder can edit and ``FormLogic`` can run."""
        with self.db.session() as session:
            return _read_form(session, _load(session, survey_id))

    # -- writing -------------------------------------------------------------------------------------------
    def import_form(self, form: Form) -> SurveySummary:
        """Store ``form`` as a new survey; if its ``form_id`` is already stored, as that form's next version."""
        check_form(form)
        with self.db.transaction() as session:
            survey = _insert_form(session, form, _next_version(session, form.form_id))
            summary = _summary(session, survey)
        self.changed.emit(summary.id)
        return summary

    def save_form(self, survey_id: str, form: Form) -> SurveySummary:
        """Save an edited form: a new version when this version has responses, else in place.

        Returns the summary of the version that now holds ``form`` (its id differs when a version was added).
        """
        check_form(form)
        with self.db.transaction() as session:
            survey = _load(session, survey_id)
            if _read_form(session, survey) == form:
                return _summary(session, survey)
            if _response_count(session, survey.id):
                survey = _insert_form(session, form, _next_version(session, form.form_id))
            else:
                if form.form_id != survey.form_id:
                    survey.version = _next_version(session, form.form_id)
                _update_form(session, survey, form)
            session.flush()
            summary = _summary(session, survey)
        self.changed.emit(summary.id)
        return summary

    def delete(self, survey_id: str) -> RowSnapshot:
        """Delete a survey version with its responses; the snapshot lets ``restore`` undo it."""
        with self.db.transaction() as session, warnings.catch_warnings():
            # Rows inside a group go with it by the database's ON DELETE CASCADE before SQLAlchemy deletes them
            # itself, which it reports as fewer rows matched; every row is still in the snapshot and tombstoned.
            warnings.filterwarnings("ignore", r"DELETE statement on table 'questions' expected", SAWarning)
            snapshot = delete_with_snapshot(session, _load(session, survey_id))
        self.changed.emit(survey_id)
        return snapshot

    def restore(self, snapshot: RowSnapshot) -> None:
        """Undo a deletion."""
        with self.db.transaction() as session:
            restore_snapshot(session, snapshot)
        self.changed.emit(snapshot.rows[0][1]["id"] if snapshot.rows else None)


# -- the command line -------------------------------------------------------------------------------------
def import_xlsform(db: Database, path: Path | str) -> dict[str, Any]:
    """``workshop-app import-xlsform FILE``: read, check and store an XLSForm; nothing is stored on error.

    Returns ``{"id", "title", "version", "question_count", "languages", "warnings"}``.
    """
    from workshop_app.formats.xlsform import read_xlsform

    form, warnings = read_xlsform(path)
    summary = SurveyService(db).import_form(form)
    return {"id": summary.id, "title": summary.title, "version": summary.version,
            "question_count": summary.question_count, "languages": list(summary.languages), "warnings": warnings}


def export_xlsform(db: Database, survey_id: str, out_path: Path | str) -> Path:
    """``workshop-app export-xlsform SURVEY --out FILE``: write one survey version as an XLSForm (.xlsx)."""
    from workshop_app.formats.xlsform import write_xlsform

    return write_xlsform(SurveyService(db).load_form(survey_id), out_path)


# -- rows → Form ------------------------------------------------------------------------------------------
def _load(session: Session, survey_id: str) -> Survey:
    return get_existing(session, Survey, survey_id, "survey")


def _next_version(session: Session, form_id: str) -> int:
    return (session.scalar(select(func.max(Survey.version)).where(Survey.form_id == form_id)) or 0) + 1


def _response_count(session: Session, survey_id: str) -> int:
    return session.scalar(select(func.count()).select_from(Response).where(Response.survey_id == survey_id)) or 0


def _summary(session: Session, survey: Survey) -> SurveySummary:
    rows = session.execute(select(QuestionRow.type, QuestionRow.parameters).where(QuestionRow.survey_id == survey.id))
    questions = sum(1 for kind, parameters in rows
                    if kind not in CONTAINERS + METADATA and not _is_generated(parameters))
    return SurveySummary(survey.id, survey.form_id, survey.version, survey.title, survey.default_language,
                         tuple(survey_languages(session, survey)), questions, _response_count(session, survey.id))


def _is_generated(parameters: dict[str, Any] | None) -> bool:
    return bool(((parameters or {}).get(XLSFORM_KEY) or {}).get("generated"))


def survey_languages(session: Session, survey: Survey) -> list[str]:
    """The languages a survey version is written in, its default first."""
    stored = (survey.settings or {}).get("languages")
    if stored:
        return list(stored)
    # Surveys written without our settings (the demo's): every language with a text, the default first.
    codes = set(session.scalars(
        select(QuestionTranslation.language).join(QuestionRow).where(QuestionRow.survey_id == survey.id)).all())
    return sorted(codes or {survey.default_language}, key=lambda code: (code != survey.default_language, code))


def _read_form(session: Session, survey: Survey) -> Form:
    settings = dict(survey.settings or {})
    languages = survey_languages(session, survey)
    names = settings.get("language_names") or {code: display_name(code) for code in languages if code != DEFAULT}
    lists = _read_choice_lists(session, survey, settings)
    rows = session.scalars(select(QuestionRow).where(QuestionRow.survey_id == survey.id)).all()
    texts: dict[str, list[QuestionTranslation]] = defaultdict(list)
    for text in session.scalars(
            select(QuestionTranslation).join(QuestionRow).where(QuestionRow.survey_id == survey.id)):
        texts[text.question_id].append(text)
    list_names = {row.id: row.name for row in session.scalars(
        select(ChoiceListRow).where(ChoiceListRow.survey_id == survey.id))}
    rows = [row for row in rows if not _is_generated(row.parameters)]
    questions = {row.id: _to_question(row, texts[row.id], list_names) for row in rows}
    children: dict[str | None, list[QuestionRow]] = defaultdict(list)
    for row in rows:
        children[row.parent_id if row.parent_id in questions else None].append(row)
    for row_id, question in questions.items():
        question.children = [questions[c.id] for c in sorted(children.get(row_id, []), key=lambda r: r.position)]
    top = [questions[row.id] for row in sorted(children[None], key=lambda r: r.position)]
    return Form(form_id=survey.form_id, title=survey.title, questions=top, choice_lists=lists,
                languages=languages, default_language=survey.default_language, language_names=dict(names),
                settings=dict(settings.get("xlsform") or {}), allow_anonymous=survey.allow_anonymous)


def _read_choice_lists(session: Session, survey: Survey, settings: dict[str, Any]) -> list[ChoiceList]:
    extras = settings.get("choice_extra") or {}
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for text in session.scalars(select(ChoiceTranslation).join(ChoiceRow).join(ChoiceListRow)
                                .where(ChoiceListRow.survey_id == survey.id)):
        if text.label:
            labels[text.choice_id][text.language] = text.label
    found: dict[str, ChoiceList] = {}
    by_id: dict[str, ChoiceList] = {}
    for row in session.scalars(select(ChoiceListRow).where(ChoiceListRow.survey_id == survey.id)):
        found[row.name] = by_id[row.id] = ChoiceList(row.name)
    for row in session.scalars(select(ChoiceRow).join(ChoiceListRow).where(ChoiceListRow.survey_id == survey.id)
                               .order_by(ChoiceRow.position)):
        choice_list = by_id[row.list_id]
        extra = dict((extras.get(choice_list.name) or {}).get(row.name) or {})
        choice_list.choices.append(Choice(row.name, labels.get(row.id, {}), extra))
    order = settings.get("list_order") or []
    return sorted(found.values(), key=lambda c: (order.index(c.name) if c.name in order else len(order), c.name))


def _to_question(row: QuestionRow, texts: list[QuestionTranslation], list_names: dict[str, str]) -> Question:
    parameters = dict(row.parameters or {})
    stored = parameters.pop(XLSFORM_KEY, None) or {}
    return Question(
        name=row.name, type=row.type,
        label={t.language: t.label for t in texts if t.label},
        hint={t.language: t.hint for t in texts if t.hint},
        constraint_message={t.language: t.constraint_message for t in texts if t.constraint_message},
        list_name=list_names.get(row.list_id or "", ""), or_other=row.or_other, required=row.required,
        required_if=stored.get("required_if", ""), relevant=row.relevant or "", constraint=row.constraint or "",
        calculation=row.calculation or "", default=row.default or "", appearance=row.appearance or "",
        parameters={str(k): _text(v) for k, v in parameters.items()}, extra=dict(stored.get("extra") or {}),
        source_type=stored.get("source_type", ""),
    )


def _text(value: Any) -> str:
    # The demo stores a range's bounds as numbers; a form keeps XLSForm text.
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# -- Form → rows ------------------------------------------------------------------------------------------
def _survey_settings(form: Form) -> dict[str, Any]:
    settings: dict[str, Any] = {"languages": list(form.languages), "language_names": dict(form.language_names),
                                "list_order": [c.name for c in form.choice_lists]}
    if form.settings:
        settings["xlsform"] = dict(form.settings)
    extras = {c.name: {choice.name: choice.extra for choice in c.choices if choice.extra} for c in form.choice_lists}
    if any(extras.values()):
        settings["choice_extra"] = {name: found for name, found in extras.items() if found}
    return settings


def _question_values(question: Question) -> dict[str, Any]:
    stored = {key: value for key, value in (("required_if", question.required_if), ("extra", question.extra),
                                            ("source_type", question.source_type)) if value}
    parameters: dict[str, Any] = dict(question.parameters)
    if stored:
        parameters[XLSFORM_KEY] = stored
    return {"type": question.type, "or_other": question.or_other, "required": question.required,
            "relevant": question.relevant, "constraint": question.constraint, "calculation": question.calculation,
            "default": question.default, "appearance": question.appearance, "parameters": parameters}


def _question_texts(question: Question) -> dict[str, dict[str, str]]:
    codes = dict.fromkeys([*question.label, *question.hint, *question.constraint_message])
    return {code: {"label": question.label.get(code, ""), "hint": question.hint.get(code, ""),
                   "constraint_message": question.constraint_message.get(code, "")} for code in codes}


def _placed(form: Form) -> list[tuple[Question, Question | None, int, bool]]:
    """Every row with its parent, its position among its siblings and whether the app made it; parents first.

    An ``or_other`` select is followed by its ``<name>_other`` row, so the kiosk's "specify other" answers have
    a question to belong to; ``_read_form`` leaves these rows out again.
    """
    found: list[tuple[Question, Question | None, int, bool]] = []
    pending: list[tuple[list[Question], Question | None]] = [(form.questions, None)]
    while pending:
        siblings, parent = pending.pop()
        position = 0
        for question in siblings:
            found.append((question, parent, position, False))
            position += 1
            if question.or_other:
                found.append((specify_other(question, form.languages), parent, position, True))
                position += 1
        pending.extend((q.children, q) for q in reversed(siblings) if q.children)
    return found


def _insert_form(session: Session, form: Form, version: int) -> Survey:
    survey = Survey(id=new_id(), form_id=form.form_id, version=version, title=form.title,
                    default_language=form.default_language, allow_anonymous=form.allow_anonymous,
                    settings=_survey_settings(form))
    session.add(survey)
    _update_form(session, survey, form, new=True)
    return survey


def _update_form(session: Session, survey: Survey, form: Form, *, new: bool = False) -> None:
    """Make the rows of ``survey`` say what ``form`` says, keeping the ids of rows whose name stays."""
    survey.form_id, survey.title = form.form_id, form.title
    survey.default_language, survey.allow_anonymous = form.default_language, form.allow_anonymous
    survey.settings = _survey_settings(form)
    old_lists = {} if new else {row.name: row for row in session.scalars(
        select(ChoiceListRow).where(ChoiceListRow.survey_id == survey.id))}
    list_ids: dict[str, str] = {}
    for choice_list in form.choice_lists:
        row = old_lists.pop(choice_list.name, None)
        if row is None:
            row = ChoiceListRow(id=new_id(), survey_id=survey.id, name=choice_list.name)
            session.add(row)
        list_ids[choice_list.name] = row.id
        _sync_choices(session, row, choice_list, new=new or not row.choices)
    # Questions refer to their list by id alone (no relationship), so lists must reach the database first.
    session.flush()
    old_rows = {} if new else {row.name: row for row in session.scalars(
        select(QuestionRow).where(QuestionRow.survey_id == survey.id))}
    placed = _placed(form)
    ids = {question.name: old_rows[question.name].id if question.name in old_rows else new_id()
           for question, _, _, _ in placed}
    # New rows first, parents before children, then changes to kept rows: an UPDATE may point a kept row
    # at a new group, which must exist by then.
    kept = []
    for question, parent, position, generated in placed:
        row = old_rows.pop(question.name, None)
        if row is None:
            row = QuestionRow(id=ids[question.name], survey_id=survey.id, name=question.name)
            session.add(row)
            _fill_question(session, row, question, ids[parent.name] if parent else None, position, list_ids,
                           generated)
        else:
            kept.append((row, question, ids[parent.name] if parent else None, position, generated))
    session.flush()
    for row, question, parent_id, position, made in kept:
        _fill_question(session, row, question, parent_id, position, list_ids, made)
    session.flush()
    for row in [*old_rows.values(), *old_lists.values()]:
        session.delete(row)


def _fill_question(session: Session, row: QuestionRow, question: Question, parent_id: str | None, position: int,
                   list_ids: dict[str, str], generated: bool) -> None:
    values = _question_values(question)
    if generated:
        values["parameters"] = {XLSFORM_KEY: {"generated": "or_other"}}
    values.update(parent_id=parent_id, position=position,
                  list_id=list_ids.get(question.list_name) if question.list_name else None)
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
    _sync_texts(session, row, QuestionTranslation, "question_id", _question_texts(question))


def _sync_choices(session: Session, row: ChoiceListRow, choice_list: ChoiceList, *, new: bool) -> None:
    old = {} if new else {choice.name: choice for choice in row.choices}
    for position, choice in enumerate(choice_list.choices):
        choice_row = old.pop(choice.name, None)
        if choice_row is None:
            choice_row = ChoiceRow(id=new_id(), list_id=row.id, name=choice.name)
            session.add(choice_row)
        if choice_row.position != position:
            choice_row.position = position
        _sync_texts(session, choice_row, ChoiceTranslation, "choice_id",
                    {code: {"label": label} for code, label in choice.label.items()})
    for choice_row in old.values():
        session.delete(choice_row)


def _sync_texts(session: Session, owner: Any, model: type, key: str, wanted: dict[str, dict[str, str]]) -> None:
    """Make ``owner``'s translation rows (one per language) hold ``wanted``."""
    existing = {} if owner not in session or owner in session.new else {
        t.language: t for t in session.scalars(select(model).where(getattr(model, key) == owner.id))}
    for language, values in wanted.items():
        text = existing.pop(language, None)
        if text is None:
            session.add(model(id=new_id(), language=language, **{key: owner.id}, **values))
            continue
        for field, value in values.items():
            if getattr(text, field) != value:
                setattr(text, field, value)
    for text in existing.values():
        session.delete(text)
