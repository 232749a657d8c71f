"""What a merge did (or, for a preview, would do): counts per kind, conflicts, renumbered codes, in words too."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

# table → (one, many): the words a person reads for each kind of row.
KIND_WORDS: dict[str, tuple[str, str]] = {
    "workshops": ("workshop", "workshops"), "activities": ("agenda item", "agenda items"),
    "participants": ("participant", "participants"), "personal_data": ("name and contact", "names and contacts"),
    "consents": ("consent record", "consent records"), "profile_questions": ("profile question", "profile questions"),
    "profile_choices": ("profile choice", "profile choices"), "profile_answers": ("profile answer", "profile answers"),
    "attendances": ("check-in", "check-ins"), "surveys": ("survey version", "survey versions"),
    "choice_lists": ("choice list", "choice lists"), "choices": ("choice", "choices"),
    "questions": ("question", "questions"), "question_translations": ("question translation", "question translations"),
    "choice_translations": ("choice translation", "choice translations"),
    "responses": ("survey response", "survey responses"), "answers": ("answer", "answers"),
    "idea_clusters": ("idea cluster", "idea clusters"), "ideas": ("idea", "ideas"), "votes": ("vote", "votes"),
    "stakeholder_maps": ("stakeholder map", "stakeholder maps"), "stakeholders": ("stakeholder", "stakeholders"),
    "stakeholder_assessments": ("stakeholder re-assessment", "stakeholder re-assessments"),
    "relationships": ("relationship", "relationships"), "map_snapshots": ("map snapshot", "map snapshots"),
    "snapshot_positions": ("snapshot position", "snapshot positions"),
    "audit_entries": ("audit entry", "audit entries"), "diversity_targets": ("diversity target", "diversity targets"),
    "tombstones": ("deletion record", "deletion records"),
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
    """``answers`` → "answer" / "answers" as ``count`` asks."""
    one, many = KIND_WORDS.get(table, (table.replace("_", " "), table.replace("_", " ")))
    return one if count == 1 else many


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
            return "this laptop"
        for package in self.packages:
            if package.laptop_id == laptop_id:
                name = PurePath(package.path).name
                who = f"{package.made_by}, " if package.made_by else ""
                return f"{who}{name}"
        return f"laptop {short_laptop(laptop_id)}"

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
        """The report in words, one sentence per line; ``limit`` caps the renumbered codes and conflicts listed."""
        verb = (lambda done, todo: done) if self.written else (lambda done, todo: todo)
        lines: list[str] = []
        if not self.changes_anything and not self.conflicts:
            lines.append("Nothing new: this database already holds everything in "
                         + ("this package." if len(self.packages) == 1 else "these packages."))
        if any(self.added.values()):
            lines.append(verb("Added", "Will add") + ": " + _listing(self.added) + ".")
        if any(self.updated.values()):
            lines.append(verb("Updated", "Will update") + ": " + _listing(self.updated) + ".")
        if any(self.deleted.values()):
            lines.append(verb("Removed", "Will remove") + " because they were deleted or erased on another laptop: "
                         + _listing(self.deleted) + ".")
        if any(self.skipped.values()):
            lines.append("Not added because they were deleted or erased here: " + _listing(self.skipped) + ".")
        lines += _capped([self.renumbered_sentence(item) for item in self.renumbered], limit, "renumbered codes")
        lines += _capped([self.conflict_sentence(item) for item in self.conflicts], limit, "conflicts")
        lines += self.warnings
        return lines

    def renumbered_sentence(self, item: Renumbered) -> str:
        """One renumbering in words."""
        source = self.laptop_label(item.laptop_id)
        if item.kind == "survey":
            return (f"{item.description or 'A survey'} from {source} had the same version number as a different "
                    f"survey of the same form; it is now version {item.new} (was {item.old}).")
        return f"Participant code {item.old} from {source} was already taken; that participant is now {item.new}."

    def conflict_sentence(self, conflict: Conflict) -> str:
        """One conflict in words."""
        return (f"Conflict in {conflict.description}, {conflict.column}: kept {conflict.kept} "
                f"({self.laptop_label(conflict.kept_laptop)}, {conflict.kept_at}), dropped {conflict.dropped} "
                f"({self.laptop_label(conflict.dropped_laptop)}, {conflict.dropped_at}).")


def _capped(lines: list[str], limit: int | None, what: str) -> list[str]:
    if limit is None or len(lines) <= limit:
        return lines
    return [*lines[:limit], f"… and {len(lines) - limit:,} more {what}."]


def _listing(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{n:,} {kind_word(k, n)}" for k, n in ordered(counts))


__all__ = [
    "KIND_ORDER", "KIND_WORDS", "Conflict", "MergeReport", "PackageSummary", "Renumbered", "kind_word", "ordered",
    "short_laptop",
]
