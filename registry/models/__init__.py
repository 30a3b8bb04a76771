from .communities import (
    Community,
    CommunityForm,
    CommunityPhoto,
    CommunityStatus,
    CuratorAssignment,
    VerificationLevel,
)
from .evidence import Activity, CuratorConfirmation
from .monitoring import Snapshot
from .people import (
    IDENTIFIED_LEADERS_PER_MUNICIPALITY,
    TEAM_SIZE,
    IdentifiedLeader,
    Leadership,
    Person,
    TeamMember,
    TeamRole,
)
from .reference import FederalDistrict, Municipality, MunicipalityKind, Region, Sphere

__all__ = [
    "IDENTIFIED_LEADERS_PER_MUNICIPALITY",
    "TEAM_SIZE",
    "Activity",
    "Community",
    "CommunityForm",
    "CommunityPhoto",
    "CommunityStatus",
    "CuratorAssignment",
    "CuratorConfirmation",
    "FederalDistrict",
    "IdentifiedLeader",
    "Leadership",
    "Municipality",
    "MunicipalityKind",
    "Person",
    "Region",
    "Snapshot",
    "Sphere",
    "TeamMember",
    "TeamRole",
    "VerificationLevel",
]
