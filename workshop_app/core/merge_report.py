"""What a merge did (or, for a preview, would do): counts per kind, conflicts, renumbered codes, in words too."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from workshop_app.texts import QT_TRANSLATE_NOOP, Text, TranslationContext, translate

core = TranslationContext("core")


# table → (one, many): the words a person reads for each kind of row (in English; kind_word translates).
KIND_WORDS: dict[str, tuple[str, str]] = {
    "workshops": (QT_TRANSLATE_NOOP("core", "workshop"), QT_TRANSLATE_NOOP("core", "workshops")),
    "activities": (QT_TRANSLATE_NOOP("core", "agenda item"), QT_TRANSLATE_NOOP("core", "agenda items")),
    "participants": (QT_TRANSLATE_NOOP("core", "participant"), QT_TRANSLATE_NOOP("core", "participants")),
    "personal_data": (QT_TRANSLATE_NOOP("core", "name and contact"), QT_TRANSLATE_NOOP("core", "names and contacts")),
    "consents": (QT_TRANSLATE_NOOP("core", "consent record"), QT_TRANSLATE_NOOP("core", "consent records")),
    "profile_questions": (QT_TRANSLATE_NOOP("core", "profile question"),
                          QT_TRANSLATE_NOOP("core", "profile questions")),
    "profile_choices": (QT_TRANSLATE_NOOP("core", "profile choice"), QT_TRANSLATE_NOOP("core", "profile choices")),
    "profile_answers": (QT_TRANSLATE_NOOP("core", "profile answer"), QT_TRANSLATE_NOOP("core", "profile answers")),
    "attendances": (QT_TRANSLATE_NOOP("core", "check-in"), QT_TRANSLATE_NOOP("core", "check-ins")),
    "surveys": (QT_TRANSLATE_NOOP("core", "survey version"), QT_TRANSLATE_NOOP("core", "survey versions")),
    "choice_lists": (QT_TRANSLATE_NOOP("core", "choice list"), QT_TRANSLATE_NOOP("core", "choice lists")),
    "choices": (QT_TRANSLATE_NOOP("core", "choice"), QT_TRANSLATE_NOOP("core", "choices")),
    "questions": (QT_TRANSLATE_NOOP("core", "question"), QT_TRANSLATE_NOOP("core", "questions")),
    "question_translations": (QT_TRANSLATE_NOOP("core", "question translation"),
                              QT_TRANSLATE_NOOP("core", "question translations")),
    "choice_translations": (QT_TRANSLATE_NOOP("core", "choice translation"),
                            QT_TRANSLATE_NOOP("core", "choice translations")),
    "responses": (QT_TRANSLATE_NOOP("core", "survey response"), QT_TRANSLATE_NOOP("core", "survey responses")),
    "answers": (QT_TRANSLATE_NOOP("core", "answer"), QT_TRANSLATE_NOOP("core", "answers")),
    "idea_clusters": (QT_TRANSLATE_NOOP("core", "idea cluster"), QT_TRANSLATE_NOOP("core", "idea clusters")),
    "ideas": (QT_TRANSLATE_NOOP("core", "idea"), QT_TRANSLATE_NOOP("core", "ideas")),
    "votes": (QT_TRANSLATE_NOOP("core", "vote"), QT_TRANSLATE_NOOP("core", "votes")),
    "stakeholder_maps": (QT_TRANSLATE_NOOP("core", "stakeholder map"), QT_TRANSLATE_NOOP("core", "stakeholder maps")),
    "stakeholders": (QT_TRANSLATE_NOOP("core", "stakeholder"), QT_TRANSLATE_NOOP("core", "stakeholders")),
    "stakeholder_assessments": (QT_TRANSLATE_NOOP("core", "stakeholder re-assessment"),
                                QT_TRANSLATE_NOOP("core", "stakeholder re-assessments")),
    "relationships": (QT_TRANSLATE_NOOP("core", "relationship"), QT_TRANSLATE_NOOP("core", "relationships")),
    "map_snapshots": (QT_TRANSLATE_NOOP("core", "map snapshot"), QT_TRANSLATE_NOOP("core", "map snapshots")),
    "snapshot_positions": (QT_TRANSLATE_NOOP("core", "snapshot position"),
                           QT_TRANSLATE_NOOP("core", "snapshot positions")),
    "audit_entries": (QT_TRANSLATE_NOOP("core", "audit entry"), QT_TRANSLATE_NOOP("core", "audit entries")),
    "diversity_targets": (QT_TRANSLATE_NOOP("core", "diversity target"),
                          QT_TRANSLATE_NOOP("core", "diversity targets")),
    "tombstones": (QT_TRANSLATE_NOOP("core", "deletion record"), QT_TRANSLATE_NOOP("core", "deletion records")),
}
# The order in which kinds are listed to a person: what matters most first.
KIND_ORDER = (
    "workshops", "activities", "participants", "personal_data", "consents", "attendances", "profile_answers",
    "surveys", "responses", "answers", "ideas", "idea_clusters", "votes", "stakeholder_maps", "stakeholders",
    "relationships", "stakeholder_assessments", "map_snapshots", "snapshot_positions", "questions", "choice_lists",
    "choices", "question_translations", "choice_translations", "profile_questions", "profile_choices",
    "diversity_targets", "audit_entries", "tombstones",
)


def kind_word(table: str, count: int = 2) -> str:
    """``answers`` → "answer" / "answers" as ``count`` asks, in the interface language."""
    return str(kind_text(table, count))


def kind_text(table: str, count: int = 2) -> Text | str:
    """``kind_word`` translated when it is shown (inside an error, say)."""
    if table not in KIND_WORDS:
        return table.replace("_", " ")
    one, many = KIND_WORDS[table]
    return Text("core", one if count == 1 else many)


def ordered(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Non-zero counts in the order a person reads them."""
    rank = {name: i for i, name in enumerate(KIND_ORDER)}
    return sorted(((k, n) for k, n in counts.items() if n), key=lambda item: (rank.get(item[0], 99), item[0]))


def short_laptop(laptop_id: str) -> str:
    """The first eight characters of a laptop id, enough to tell laptops apart."""
    return laptop_id[:8] if laptop_id else "unknown"


@dataclass(frozen=True)
class Conflict:
    """One field that two laptops changed differently; the newer change was kept."""

    table: str
    row_id: str
    description: str
    """The row in words, e.g. "participant P-0012" (never a person's name)."""
    column: str
    kept: str
    dropped: str
    kept_laptop: str
    kept_at: str
    dropped_laptop: str
    dropped_at: str

    def as_dict(self) -> dict[str, str]:
        """The conflict as plain data (``--json``)."""
        return {"table": self.table, "id": self.row_id, "row": self.description, "field": self.column,
                "kept": self.kept, "dropped": self.dropped, "kept_from_laptop": self.kept_laptop,
                "kept_changed_at": self.kept_at, "dropped_from_laptop": self.dropped_laptop,
                "dropped_changed_at": self.dropped_at}


@dataclass(frozen=True)
class Renumbered:
    """A participant code (or a survey version) that clashed with another and was given the next free one."""

    kind: str
    """``participant`` (a code) or ``survey`` (a version number of a form)."""
    row_id: str
    old: str
    new: str
    laptop_id: str
    """The laptop the renumbered row came from."""
    description: str = ""

    def as_dict(self) -> dict[str, str]:
        """The renumbering as plain data (``--json``)."""
        return {"kind": self.kind, "id": self.row_id, "old": self.old, "new": self.new,
                "from_laptop": self.laptop_id, "row": self.description}


@dataclass(frozen=True)
class PackageSummary:
    """One merged package as its manifest describes it."""

    path: str
    laptop_id: str
    made_by: str
    created_at: str
    scope: str
    """"everything", or the workshop's title."""
    migrated_from: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The package as plain data (``--json``)."""
        return {"path": self.path, "laptop_id": self.laptop_id, "made_by": self.made_by,
                "created_at": self.created_at, "scope": self.scope, "migrated_from": self.migrated_from}


@dataclass(frozen=True)
class MergeReport:
    """What a merge did (``written``) or would do (a preview)."""

    packages: tuple[PackageSummary, ...] = ()
    added: Mapping[str, int] = field(default_factory=dict)
    updated: Mapping[str, int] = field(default_factory=dict)
    deleted: Mapping[str, int] = field(default_factory=dict)
    """Rows here removed because another laptop deleted or erased them."""
    skipped: Mapping[str, int] = field(default_factory=dict)
    """Rows of the packages not added because they were deleted or erased here."""
    conflicts: tuple[Conflict, ...] = ()
    renumbered: tuple[Renumbered, ...] = ()
    warnings: tuple[str, ...] = ()
    written: bool = False
    local_laptop: str = ""

    @property
    def changes_anything(self) -> bool:
        """True when the merge adds, changes or removes at least one row."""
        return bool(any(self.added.values()) or any(self.updated.values()) or any(self.deleted.values())
                    or self.renumbered)

    def laptop_label(self, laptop_id: str) -> str:
        """A laptop as a person knows it: "this laptop", the packer's name and file, or a short id."""
        if laptop_id and laptop_id == self.local_laptop:
            return translate("core", "this laptop")
        for package in self.packages:
            if package.laptop_id == laptop_id:
                name = PurePath(package.path).name
                who = f"{package.made_by}, " if package.made_by else ""
                return f"{who}{name}"
        return translate("core", "laptop {id}").format(id=short_laptop(laptop_id))

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data: DESIGN.md's ``merge --json`` shape, with more keys."""
        return {
            "written": self.written,
            "added": {k: n for k, n in ordered(self.added)}, "updated": {k: n for k, n in ordered(self.updated)},
            "conflicts": [c.as_dict() for c in self.conflicts],
            "renumbered": [r.as_dict() for r in self.renumbered],
            "deleted": {k: n for k, n in ordered(self.deleted)}, "skipped": {k: n for k, n in ordered(self.skipped)},
            "warnings": list(self.warnings), "packages": [p.as_dict() for p in self.packages],
        }

    def sentences(self, limit: int | None = None) -> list[str]:
        """The report in words (interface language), one sentence per line; ``limit`` caps the renumbered codes and
        conflicts listed."""
        lines: list[str] = []
        if not self.changes_anything and not self.conflicts:
            lines.append(translate("core", "Nothing new: this database already holds everything in this package.")
                         if len(self.packages) == 1 else
                         translate("core", "Nothing new: this database already holds everything in these packages."))
        if any(self.added.values()):
            added = (translate("core", "Added: {kinds}.") if self.written else translate("core", "Will add: {kinds}."))
            lines.append(added.format(kinds=_listing(self.added)))
        if any(self.updated.values()):
            updated = (translate("core", "Updated: {kinds}.") if self.written
                       else translate("core", "Will update: {kinds}."))
            lines.append(updated.format(kinds=_listing(self.updated)))
        if any(self.deleted.values()):
            removed = (translate("core", "Removed because they were deleted or erased on another laptop: {kinds}.")
                       if self.written else
                       translate("core", "Will remove because they were deleted or erased on another laptop: "
                                         "{kinds}."))
            lines.append(removed.format(kinds=_listing(self.deleted)))
        if any(self.skipped.values()):
            lines.append(translate("core", "Not added because they were deleted or erased here: {kinds}.").format(
                kinds=_listing(self.skipped)))
        renumbered = [self.renumbered_sentence(item) for item in self.renumbered]
        if limit is not None and len(renumbered) > limit:
            renumbered[limit:] = [str(core.tr("… and {n:,} more renumbered codes.", "", len(renumbered) - limit))]
        conflicts = [self.conflict_sentence(item) for item in self.conflicts]
        if limit is not None and len(conflicts) > limit:
            conflicts[limit:] = [str(core.tr("… and {n:,} more conflicts.", "", len(conflicts) - limit))]
        return [*lines, *renumbered, *conflicts, *self.warnings]

    def renumbered_sentence(self, item: Renumbered) -> str:
        """One renumbering in words."""
        source = self.laptop_label(item.laptop_id)
        if item.kind == "survey" and item.description:
            return translate("core", "{survey} from {source} had the same version number as a different survey of "
                                     "the same form; it is now version {new} (was {old}).").format(
                survey=item.description, source=source, new=item.new, old=item.old)
        if item.kind == "survey":
            return translate("core", "A survey from {source} had the same version number as a different survey of "
                                     "the same form; it is now version {new} (was {old}).").format(
                source=source, new=item.new, old=item.old)
        return translate("core", "Participant code {old} from {source} was already taken; that participant is now "
                                 "{new}.").format(old=item.old, source=source, new=item.new)

    def conflict_sentence(self, conflict: Conflict) -> str:
        """One conflict in words."""
        return translate("core", "Conflict in {row}, {column}: kept {kept} ({kept_from}, {kept_at}), dropped "
                                 "{dropped} ({dropped_from}, {dropped_at}).").format(
            row=conflict.description, column=conflict.column, kept=conflict.kept,
            kept_from=self.laptop_label(conflict.kept_laptop), kept_at=conflict.kept_at, dropped=conflict.dropped,
            dropped_from=self.laptop_label(conflict.dropped_laptop), dropped_at=conflict.dropped_at)


def _listing(counts: Mapping[str, int]) -> str:
    return ", ".join(translate("core", "{n:,} {kind}").format(n=n, kind=kind_word(k, n)) for k, n in ordered(counts))


__all__ = [
    "KIND_ORDER", "KIND_WORDS", "Conflict", "MergeReport", "PackageSummary", "Renumbered", "kind_text", "kind_word",
    "ordered",
    "short_laptop",
]
