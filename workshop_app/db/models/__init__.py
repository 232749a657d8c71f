"""All models; importing this package registers every table on ``Base.metadata``."""

from workshop_app.db.models.activities import Idea, IdeaCluster, Vote
from workshop_app.db.models.maps import (
    MapSnapshot,
    SnapshotPosition,
    Stakeholder,
    StakeholderAssessment,
    StakeholderMap,
    StakeholderRelationship,
)
from workshop_app.db.models.people import (
    Attendance,
    Consent,
    Participant,
    PersonalData,
    ProfileAnswer,
    ProfileChoice,
    ProfileQuestion,
)
from workshop_app.db.models.privacy import AuditEntry, DiversityTarget
from workshop_app.db.models.surveys import (
    Answer,
    Choice,
    ChoiceList,
    ChoiceTranslation,
    Question,
    QuestionTranslation,
    Response,
    Survey,
)
from workshop_app.db.models.sync import Tombstone
from workshop_app.db.models.workshops import Activity, Workshop

__all__ = [
    "Activity", "Answer", "Attendance", "AuditEntry", "Choice", "ChoiceList", "ChoiceTranslation", "Consent",
    "DiversityTarget", "Idea", "IdeaCluster", "MapSnapshot", "Participant", "PersonalData", "ProfileAnswer",
    "ProfileChoice", "ProfileQuestion", "Question", "QuestionTranslation", "Response", "SnapshotPosition",
    "Stakeholder", "StakeholderAssessment", "StakeholderMap", "StakeholderRelationship", "Survey", "Tombstone", "Vote",
    "Workshop",
]
