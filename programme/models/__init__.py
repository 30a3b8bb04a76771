from .events import Attendance, EventRegistration, Registration, RegistrationStatus
from .municipal import MunicipalProgramme
from .open_data import OpenDataArchive, OpenDataBuildRequest
from .personal_data import ConsentWithdrawal
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
    "ConsentWithdrawal",
    "Criterion",
    "EventRegistration",
    "MunicipalProgramme",
    "OpenDataArchive",
    "OpenDataBuildRequest",
    "Registration",
    "RegistrationStatus",
    "Score",
    "ScoreSheet",
    "SelectionRound",
    "Target",
    "TargetCode",
]
