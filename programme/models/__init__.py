from .events import Attendance, EventRegistration, Registration, RegistrationStatus
from .selection import (
    Application,
    ApplicationMember,
    ConflictOfInterest,
    Criterion,
    Score,
    ScoreSheet,
    SelectionRound,
)
from .targets import Target, TargetCode

__all__ = [
    "Application",
    "ApplicationMember",
    "Attendance",
    "ConflictOfInterest",
    "Criterion",
    "EventRegistration",
    "Registration",
    "RegistrationStatus",
    "Score",
    "ScoreSheet",
    "SelectionRound",
    "Target",
    "TargetCode",
]
