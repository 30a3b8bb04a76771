"""The rules that turn evidence into a verification level. Pure functions, no database.

- self-declared: nothing but the community's own word;
- documented: at least DOCUMENTED_ACTIVITIES_REQUIRED dated activities, each with a
  participant count and a public link;
- confirmed by a curator: a curator's dated confirmation;
- confirmed at a fair: seen at a community fair AND documented or confirmed by a curator
  (a fair visit alone proves little without a record of work behind it).
"""

from dataclasses import dataclass

from registry.models import VerificationLevel

DOCUMENTED_ACTIVITIES_REQUIRED = 2


@dataclass(frozen=True)
class Evidence:
    documented_activities: int
    curator_confirmations: int
    fair_presences: int


def verification_level(evidence: Evidence) -> VerificationLevel:
    documented = evidence.documented_activities >= DOCUMENTED_ACTIVITIES_REQUIRED
    confirmed = evidence.curator_confirmations > 0
    if evidence.fair_presences and (documented or confirmed):
        return VerificationLevel.CONFIRMED_AT_FAIR
    if confirmed:
        return VerificationLevel.CONFIRMED_BY_CURATOR
    if documented:
        return VerificationLevel.DOCUMENTED
    return VerificationLevel.SELF_DECLARED
