"""The smaller sheets of the ULG workbook as plain rows: Workshops, Ideas & votes, Stakeholders, Relationships,
Codebook. Each function returns the headers and the rows (lists of Python values); the writer makes them safe.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select

from workshop_app.core.forms import CONTAINERS, DEFAULT, SELECTS, Form, display_name
from workshop_app.core.map_rules import MapData
from workshop_app.core.workbook_columns import form_rows
from workshop_app.core.workbook_scope import ResolvedScope, erased_participants, local
from workshop_app.db.database import Database
from workshop_app.db.models import Activity, Attendance, Idea, IdeaCluster, ProfileQuestion, Vote, Workshop

Rows = list[list[Any]]


def workshop_headers(words: Any, personal: bool) -> list[str]:
    """The Workshops sheet's columns; facilitators are named only with personal data."""
    headers = [words[k] for k in ("col_workshop_id", "col_title", "col_starts", "col_place", "col_theme")]
    headers += [words["col_facilitator"]] if personal else []
    return headers + [words[k] for k in ("col_language", "col_status", "col_activities", "col_participants",
                                         "col_responses", "col_ideas", "col_dots", "col_notes")]


def workshop_rows(db: Database, resolved: ResolvedScope, responses: Counter[str], ideas: Counter[str],
                  dots: Counter[str]) -> Rows:
    """One row per workshop in scope, oldest first, in the columns of ``workshop_headers``."""
    personal = resolved.scope.include_personal_data
    with db.session() as session:
        erased = erased_participants(session)
        people: Counter[str] = Counter(wid for wid, pid in session.execute(
            select(Attendance.workshop_id, Attendance.participant_id)
            .where(Attendance.workshop_id.in_(resolved.workshop_ids))) if pid not in erased)
        activities = dict(session.execute(
            select(Activity.workshop_id, func.count()).where(Activity.workshop_id.in_(resolved.workshop_ids))
            .group_by(Activity.workshop_id)).all())
        found = {w.id: w for w in session.scalars(select(Workshop).where(Workshop.id.in_(resolved.workshop_ids)))}
        rows = []
        for wid in resolved.workshop_ids:
            w = found[wid]
            row = [w.id, w.title, local(w.starts_at), w.place, w.theme]
            row += [w.facilitator] if personal else []
            row += [w.language, w.status, activities.get(wid, 0), people[wid], responses[wid], ideas[wid], dots[wid],
                    w.notes]
            rows.append(row)
    return rows


def idea_rows(db: Database, resolved: ResolvedScope, words: Any) -> tuple[list[str], Rows, Counter[str], Counter[str]]:
    """Every idea of the workshops in scope with the dots it got; also ideas and dots per workshop."""
    headers = [words[k] for k in ("col_workshop", "col_workshop_date", "col_activity", "col_cluster", "col_idea",
                                  "col_dots")]
    dots_of = (select(Vote.idea_id, func.coalesce(func.sum(Vote.dots), 0).label("dots"))
               .group_by(Vote.idea_id).subquery())
    query = (select(Workshop.id, Workshop.title, Workshop.starts_at, Activity.title, Activity.kind,
                    IdeaCluster.name, Idea.text, dots_of.c.dots, Activity.position, IdeaCluster.position,
                    Idea.position)
             .join(Activity, Activity.id == Idea.activity_id).join(Workshop, Workshop.id == Activity.workshop_id)
             .outerjoin(IdeaCluster, IdeaCluster.id == Idea.cluster_id)
             .outerjoin(dots_of, dots_of.c.idea_id == Idea.id)
             .where(Workshop.id.in_(resolved.workshop_ids)))
    order = {wid: index for index, wid in enumerate(resolved.workshop_ids)}
    with db.session() as session:
        found = session.execute(query).all()
    found.sort(key=lambda r: (order[r[0]], r[8], r[9] is None, r[9] or 0, r[10]))
    rows: Rows = []
    ideas: Counter[str] = Counter()
    dots: Counter[str] = Counter()
    for wid, title, starts, activity, kind, cluster, text, dot_count, *_ in found:
        starts = local(starts)
        rows.append([title, starts.date() if starts else None, activity or kind, cluster, text, int(dot_count or 0)])
        ideas[wid] += 1
        dots[wid] += int(dot_count or 0)
    return headers, rows, ideas, dots


def stakeholder_rows(maps: list[MapData], words: Any, personal: bool) -> tuple[list[str], Rows]:
    """Stakeholders of the maps in scope; positions under the axes' own names when every map shares them."""
    axes = {(m.x_title, m.y_title) for m in maps}
    shared = len(axes) == 1 and all(next(iter(axes)))
    x_header, y_header = next(iter(axes)) if shared else (words["col_x"], words["col_y"])
    headers = [words["col_map"], words["col_name"], words["col_organisation"], words["col_sector"]]
    headers += [x_header, y_header] if shared else [words["col_x_axis"], x_header, words["col_y_axis"], y_header]
    headers += [words["col_attitude"], words["col_engagement"], words["col_notes"]]
    headers += [words["col_contact"]] if personal else []
    rows: Rows = []
    for m in maps:
        for s in m.stakeholders:
            position = [s.x, s.y] if shared else [m.x_title, s.x, m.y_title, s.y]
            row = [m.title, s.name, s.organisation, s.sector, *position, s.attitude, s.engagement, s.notes]
            rows.append(row + ([s.contact] if personal else []))
    return headers, rows


def relationship_rows(maps: list[MapData], words: Any) -> tuple[list[str], Rows]:
    """Ties between stakeholders of the maps in scope, by name."""
    headers = [words[k] for k in ("col_map", "col_from", "col_to", "col_kind", "col_strength", "col_directed")]
    rows: Rows = []
    for m in maps:
        names = {s.id: s.name for s in m.stakeholders}
        rows += [[m.title, names.get(r.from_id), names.get(r.to_id), r.kind, r.strength, bool(r.directed)]
                 for r in m.relationships]
    return headers, rows


def codebook(db: Database, surveys: list[list[tuple[int, Form]]], language: str, words: Any) -> tuple[list[str], Rows]:
    """Every question (and choice) of the exported surveys and of the participant profile, in every language.

    ``surveys`` holds each questionnaire's ``(version, form)`` pairs, newest first.
    """
    languages = _codebook_languages(surveys, language)
    headers = [words[k] for k in ("col_survey", "col_versions", "col_question", "col_type", "col_choice_list",
                                  "col_choice_code")]
    headers += [words["col_label_in"].format(language=_language_name(code)) for code in languages]
    rows: Rows = []
    for versions in surveys:
        rows += _form_codebook(versions, languages)
    with db.session() as session:
        for question in session.scalars(select(ProfileQuestion).order_by(ProfileQuestion.position,
                                                                         ProfileQuestion.name)):
            rows.append([words["profile_survey"], None, question.name, "select_one", question.name, None,
                         *[_label_of(question.labels, code) for code in languages]])
            rows += [[words["profile_survey"], None, question.name, None, question.name, choice.code,
                      *[_label_of(choice.labels, code) for code in languages]] for choice in question.choices]
    return headers, rows


def _form_codebook(versions: list[tuple[int, Form]], languages: list[str]) -> Iterator[list[Any]]:
    """Questions of one questionnaire (the newest version's definition) with the versions that have each."""
    found: dict[str, list[int]] = {}
    ordered: list[tuple[str, list[list[Any]]]] = []
    for version, form in versions:
        for question, _, _ in form_rows(form):
            found.setdefault(question.name, []).append(version)
            if len(found[question.name]) > 1 or question.type in CONTAINERS:
                continue
            lines = [[form.title, None, question.name, question.type, question.list_name or None, None,
                      *[question.label.get(code) or None for code in languages]]]
            choice_list = form.choice_list(question.list_name) if question.type in SELECTS else None
            for choice in choice_list.choices if choice_list else []:
                lines.append([form.title, None, question.name, None, question.list_name, choice.name,
                              *[choice.label.get(code) or None for code in languages]])
            ordered.append((question.name, lines))
    for name, lines in ordered:
        listed = ", ".join(str(v) for v in sorted(set(found[name])))
        for line in lines:
            line[1] = listed
            yield line


def _codebook_languages(surveys: list[list[tuple[int, Form]]], language: str) -> list[str]:
    found = dict.fromkeys([language])
    for versions in surveys:
        for _, form in versions:
            found.update(dict.fromkeys(form.languages))
    return list(found)


def _language_name(code: str) -> str:
    return code if code == DEFAULT else f"{display_name(code)}, {code}"


def _label_of(labels: Any, code: str) -> str | None:
    return labels.get(code) or None if isinstance(labels, dict) else None


__all__ = ["codebook", "idea_rows", "relationship_rows", "stakeholder_rows", "workshop_headers", "workshop_rows"]
