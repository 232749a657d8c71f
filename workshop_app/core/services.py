"""One instance of each service per open database, shared by every screen.

Sharing matters: the response service caches compiled survey logic, and its ``answered`` event is how the
projector learns that the kiosk saved an answer. Services are made on first use, so opening a database
costs nothing for the sections nobody visits.
"""

from __future__ import annotations

import weakref
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from workshop_app.core.brainstorm import BrainstormService
    from workshop_app.core.consent import ConsentService
    from workshop_app.core.diversity_targets import TargetService
    from workshop_app.core.feedback import FeedbackService
    from workshop_app.core.kiosk_pins import KioskPinService
    from workshop_app.core.live_results import LiveResults
    from workshop_app.core.maps import MapService
    from workshop_app.core.participants import ParticipantService
    from workshop_app.core.profiles import ProfileService
    from workshop_app.core.responses import ResponseService
    from workshop_app.core.surveys import SurveyService
    from workshop_app.core.voting import VotingService
    from workshop_app.core.workshops import WorkshopService
    from workshop_app.db.database import Database


class Services:
    """The services of one open database; ``Services.of(db)`` gives every screen the same container."""

    _shared: ClassVar[weakref.WeakKeyDictionary[Database, Services]] = weakref.WeakKeyDictionary()

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def of(cls, db: Database) -> Services:
        """The shared container of ``db`` (made on first use, gone with the database object)."""
        services = cls._shared.get(db)
        if services is None:
            services = cls._shared[db] = cls(db)
        return services

    @cached_property
    def workshops(self) -> WorkshopService:
        from workshop_app.core.workshops import WorkshopService

        return WorkshopService(self.db)

    @cached_property
    def participants(self) -> ParticipantService:
        from workshop_app.core.participants import ParticipantService

        return ParticipantService(self.db)

    @cached_property
    def consent(self) -> ConsentService:
        from workshop_app.core.consent import ConsentService

        return ConsentService(self.db)

    @cached_property
    def profiles(self) -> ProfileService:
        from workshop_app.core.profiles import ProfileService

        return ProfileService(self.db)

    @cached_property
    def targets(self) -> TargetService:
        from workshop_app.core.diversity_targets import TargetService

        return TargetService(self.db)

    @cached_property
    def surveys(self) -> SurveyService:
        from workshop_app.core.surveys import SurveyService

        return SurveyService(self.db)

    @cached_property
    def responses(self) -> ResponseService:
        from workshop_app.core.responses import ResponseService

        return ResponseService(self.db)

    @cached_property
    def brainstorm(self) -> BrainstormService:
        from workshop_app.core.brainstorm import BrainstormService

        return BrainstormService(self.db)

    @cached_property
    def voting(self) -> VotingService:
        from workshop_app.core.voting import VotingService

        return VotingService(self.db)

    @cached_property
    def feedback(self) -> FeedbackService:
        from workshop_app.core.feedback import FeedbackService

        return FeedbackService(self.db, self.responses)

    @cached_property
    def live_results(self) -> LiveResults:
        from workshop_app.core.live_results import LiveResults

        return LiveResults(self.db)

    @cached_property
    def kiosk_pins(self) -> KioskPinService:
        from workshop_app.core.kiosk_pins import KioskPinService

        return KioskPinService(self.db)

    @cached_property
    def maps(self) -> MapService:
        from workshop_app.core.maps import MapService

        return MapService(self.db)
