from .base import BasePage, BodyPage, HomePage, SectionPage
from .cases import CasePage, CasePhoto, CaseResult, GoldenRuleCase, GoldenRulePage, RulebookPage
from .content import (
    ArticleKind,
    ArticlePage,
    ConferenceMaterial,
    ConferencePage,
    LectureKind,
    LecturePage,
    MaterialKind,
)
from .documents import PrivateDocument
from .events import EventKind, EventPage, FairPresence
from .recommendations import RecommendationsPage
from .snippets import Expert, ExpertRole, Theme

__all__ = [
    "ArticleKind",
    "ArticlePage",
    "BasePage",
    "BodyPage",
    "CasePage",
    "CasePhoto",
    "CaseResult",
    "ConferenceMaterial",
    "ConferencePage",
    "EventKind",
    "EventPage",
    "Expert",
    "FairPresence",
    "ExpertRole",
    "GoldenRuleCase",
    "GoldenRulePage",
    "HomePage",
    "LectureKind",
    "LecturePage",
    "MaterialKind",
    "PrivateDocument",
    "RecommendationsPage",
    "RulebookPage",
    "SectionPage",
    "Theme",
]
