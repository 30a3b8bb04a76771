"""Loads the demo content into the site tree made by the site-structure migration.

Idempotent: every object is looked up first (pages by slug under their parent, experts by
name, themes by slug, translations by locale) and only what is missing is created, so a
second run changes nothing. Pages are published through revisions with `first_published_at`
taken from their own dates, so "latest" lists are ordered as the programme went.

The editorial steps and the registry's demo run here; the apps above (programme, collection)
add their own steps through the Wagtail hook `register_demo_step`: a function of the
SeedReport and the keyword `build_files` (whether to build files such as the edition's PDFs
now), run in the hook's order after everything here.
"""

import datetime
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from urllib.parse import urlsplit

from anyascii import anyascii
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.text import slugify
from wagtail import hooks
from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms import factories
from cms.models import (
    ArticlePage,
    CasePage,
    CasePhoto,
    CaseResult,
    ConferenceMaterial,
    ConferencePage,
    EventPage,
    Expert,
    GoldenRuleCase,
    GoldenRulePage,
    HomePage,
    LecturePage,
    RecommendationsPage,
    Theme,
)
from cms.services import translation_create
from registry import factories as registry_factories
from registry.models import (
    Community,
    CommunityStatus,
    Municipality,
    Sphere,
    VerificationLevel,
)

from . import illustrations, translations
from .articles import ARTICLES
from .blocks import stream_value
from .case_stories import STORIES, case_body
from .cases import CASES, SPHERE_ALIASES
from .events import CONFERENCE_EVENT, EVENTS, FAIR_EVENTS, recorded_fair, recorded_fair_stands
from .home import HOME, SECTION_INTROS
from .materials import CONFERENCE, LECTURES, VIDEO
from .people import EXPERTS, THEMES
from .recommendations import RECOMMENDATIONS
from .registry import PRESENCE_NOTE, seed_registry
from .rules import RULES
from .slides import slides_pdf

FAKER_SEED = 2026
PHOTO_CREDIT = "Фото: архив сообщества"


@dataclass
class SeedReport:
    created: Counter = field(default_factory=Counter)
    existing: Counter = field(default_factory=Counter)
    registry: dict = field(default_factory=dict)

    def record(self, kind: str, *, created: bool) -> None:
        (self.created if created else self.existing)[kind] += 1

    def lines(self) -> list[str]:
        kinds = sorted(set(self.created) | set(self.existing))
        lines = [f"{k}: {self.created[k]} created, {self.existing[k]} already there" for k in kinds]
        touched = ", ".join(f"{name} {count}" for name, count in self.registry.items())
        return lines + [f"registry demo (found or created): {touched}"] if touched else lines


def _published_at(date: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(10)))


def _rich(text: str) -> str:
    return f"<p>{text}</p>"


def _rich_paragraphs(*texts: str) -> str:
    return "".join(_rich(text) for text in texts)


def _event_page(spec: dict, municipality: Municipality | None) -> EventPage:
    """An event of cms/demo/events.py; its report's paragraphs are separated by blank lines
    (a recorded fair has none)."""
    return EventPage(
        title=spec["title"],
        intro=spec["intro"],
        kind=spec["kind"],
        start_date=spec["start_date"],
        end_date=spec.get("end_date"),
        place=spec["place"],
        municipality=municipality,
        participants_count=spec["participants_count"],
        report=_rich_paragraphs(*spec["report"].split("\n\n")) if spec["report"] else "",
    )


class DemoSeeding:
    """One run of the demo seeding; each public method is one step."""

    def __init__(self, *, build_files: bool = True):
        self.report = SeedReport()
        self.build_files = build_files
        self.ru = Locale.objects.get(language_code="ru")
        self.home = HomePage.objects.get(locale=self.ru, depth=2)
        self.sections = {page.slug: page.specific for page in self.home.get_children()}
        self._children_cache: dict[int, dict[str, Page]] = {}
        self._image_count = 0
        self.themes: dict[str, Theme] = {}
        self.experts: dict[str, Expert] = {}
        self.events: dict[str, EventPage] = {}
        self.cases: dict[str, CasePage] = {}
        self.rules: dict[str, GoldenRulePage] = {}

    # Helpers -------------------------------------------------------------------------------

    def _children(self, parent: Page) -> dict[str, Page]:
        if parent.pk not in self._children_cache:
            self._children_cache[parent.pk] = {
                page.slug: page for page in parent.get_children().specific()
            }
        return self._children_cache[parent.pk]

    def _page(self, kind: str, parent: Page, slug: str, build: Callable[[], Page], date):
        """The child of `parent` with this slug; built, added and published if missing."""
        page = self._children(parent).get(slug)
        self.report.record(kind, created=page is None)
        if page is None:
            page = build()
            page.slug = slug
            page.live = False
            page.first_published_at = _published_at(date)
            parent.add_child(instance=page)
            page.save_revision().publish()
            page.refresh_from_db()  # publishing works on a copy; translations read `live`
            self._children(parent)[slug] = page
        return page

    def _image(self, label: str, alt: str, *, drawing=illustrations.landscape):
        """A locally drawn picture; the alt text goes into the image's description."""
        self._image_count += 1
        return factories.ImageFactory(
            title=label, description=alt, file=drawing(self._image_count, name=label)
        )

    def _body(self, blocks):
        return stream_value(blocks, image=self._image, rules=self.rules)

    # Steps ---------------------------------------------------------------------------------

    def themes_and_experts(self):
        themes = {t.slug: t for t in Theme.objects.filter(locale=self.ru)}
        for order, spec in enumerate(THEMES):
            theme = themes.get(spec["slug"])
            self.report.record("themes", created=theme is None)
            if theme is None:
                theme = Theme.objects.create(locale=self.ru, sort_order=order, **spec)
            self.themes[spec["slug"]] = theme
        experts = {e.name: e for e in Expert.objects.filter(locale=self.ru)}
        for spec in EXPERTS:
            expert = experts.get(spec["name"])
            self.report.record("experts", created=expert is None)
            if expert is None:
                expert = Expert.objects.create(
                    locale=self.ru,
                    name=spec["name"],
                    role=spec["role"],
                    affiliation=spec["affiliation"],
                    bio=_rich(spec["bio"]),
                    photo=self._image(
                        spec["name"], f"Портрет: {spec['name']}", drawing=illustrations.portrait
                    ),
                )
            self.experts[spec["name"]] = expert

    def home_and_sections(self):
        """The migration leaves the home page and sections without leads: fill them once."""
        pages = [(self.home, HOME["intro"], HOME["body"])] + [
            (self.sections[slug], intro, None) for slug, intro in SECTION_INTROS.items()
        ]
        for page, intro, body in pages:
            self.report.record("home and section texts", created=not page.intro)
            if not page.intro:
                page.intro = intro
                if body:
                    page.body = self._body(body)
                page.save_revision().publish()

    def programme_events(self):
        municipalities = {
            m.oktmo: m
            for m in Municipality.objects.filter(oktmo__in={e["municipality"] for e in EVENTS})
        }
        for spec in EVENTS:
            self.events[spec["slug"]] = self._page(
                "events",
                self.sections["events"],
                spec["slug"],
                lambda spec=spec: _event_page(spec, municipalities.get(spec["municipality"])),
                spec.get("end_date") or spec["start_date"],
            )

    def round_table_recommendations(self):
        spec = RECOMMENDATIONS
        self._page(
            "round-table recommendations",
            self.sections["events"],
            spec["slug"],
            lambda: RecommendationsPage(
                title=spec["title"],
                intro=spec["intro"],
                adopted_on=spec["adopted_on"],
                event=self.events[spec["event"]],
                recommendations=[
                    ("recommendation", {"addressee": addressee, "text": _rich(text)})
                    for addressee, text in spec["items"]
                ],
            ),
            spec["adopted_on"],
        )

    def _spheres(self) -> dict[str, Sphere]:
        """Sphere keys of the demo cases matched to the registry's spheres by slug or name."""
        spheres = Sphere.objects.filter(locale=self.ru)
        by_alias = {s.slug.lower(): s for s in spheres} | {s.name.lower(): s for s in spheres}
        return {
            key: next((by_alias[a.lower()] for a in aliases if a.lower() in by_alias), None)
            for key, aliases in SPHERE_ALIASES.items()
        }

    def case_stories(self):
        municipalities = {
            m.oktmo: m
            for m in Municipality.objects.filter(oktmo__in={c["municipality"] for c in CASES})
        }
        spheres = self._spheres()
        start = datetime.date(2026, 6, 1)
        for number, spec in enumerate(CASES):
            self.cases[spec["slug"]] = self._page(
                "cases",
                self.sections["cases"],
                spec["slug"],
                lambda spec=spec: self._case(spec, municipalities, spheres),
                start + datetime.timedelta(days=9 * number),
            )

    def _case(self, spec, municipalities, spheres) -> CasePage:
        photos = [
            CasePhoto(
                image=self._image(label, alt), alt_text=alt, caption=label, credit=PHOTO_CREDIT
            )
            for label, alt in spec["photos"]
        ]
        municipality = municipalities.get(spec["municipality"])
        sphere = spheres[spec["sphere"]]
        story = STORIES[spec["slug"]]
        return CasePage(
            title=spec["title"],
            intro=spec["intro"],
            community_name=spec["community_name"],
            community=municipality and self._community(spec, municipality, sphere),
            municipality=municipality,
            sphere=sphere,
            problem=_rich_paragraphs(spec["problem"], *story["problem"]),
            actions=_rich_paragraphs(spec["actions"], *story["actions"]),
            lessons=_rich_paragraphs(spec["lessons"], *story["lessons"]),
            body=self._body(case_body(spec["slug"])),
            listing_image=photos[0].image,
            results=[CaseResult(value=value, label=label) for value, label in spec["results"]],
            photos=photos,
        )

    def _community(self, spec, municipality, sphere) -> Community:
        """The case's community in the registry, found or made by its slug (from its name, as
        the registry's own demo communities: /ru/registry/tos-zvezdnyy/)."""
        return registry_factories.CommunityFactory(
            slug=slugify(anyascii(spec["community_name"])),
            name=spec["community_name"],
            municipality=municipality,
            form=spec["form"],
            description=spec["intro"],
            founding_year=spec["founded"],
            members_reported=spec["members"],
            spheres=[sphere] if sphere else [],
        )

    def golden_rules(self):
        start = datetime.date(2026, 7, 1)
        for number, spec in enumerate(RULES):
            self.rules[spec["slug"]] = self._page(
                "golden rules",
                self.sections["rules"],
                spec["slug"],
                lambda spec=spec: GoldenRulePage(
                    title=spec["statement"],
                    statement=spec["statement"],
                    explanation=_rich(spec["explanation"]),
                    theme=self.themes[spec["theme"]],
                    supporting_cases=[GoldenRuleCase(case=self.cases[s]) for s in spec["cases"]],
                ),
                start + datetime.timedelta(days=5 * number),
            )

    def conference(self):
        self._page(
            "conference",
            self.sections["materials"],
            CONFERENCE["slug"],
            self._conference,
            CONFERENCE["end_date"],
        )

    def _conference(self) -> ConferencePage:
        materials = [
            ConferenceMaterial(
                kind="talk",
                title=spec["title"],
                speaker=self.experts[spec["speaker"]],
                slides=factories.DocumentFactory(
                    title=f"Презентация: {spec['title']}",
                    file=slides_pdf(
                        title=spec["title"],
                        speaker=spec["speaker"],
                        points=spec["points"],
                        name=f"conference-talk-{number}.pdf",
                    ),
                ),
                video_url=f"{VIDEO}conference-2026/{number}",
                text=_rich_paragraphs(*spec["points"]),
            )
            for number, spec in enumerate(CONFERENCE["materials"], start=1)
        ]
        return ConferencePage(
            title=CONFERENCE["title"],
            intro=CONFERENCE["intro"],
            start_date=CONFERENCE["start_date"],
            end_date=CONFERENCE["end_date"],
            place=CONFERENCE["place"],
            event=self.events[CONFERENCE_EVENT],
            body=self._body(CONFERENCE["body"]),
            materials=materials,
        )

    def lectures(self):
        for spec in LECTURES:
            event = self.events[spec["event"]]
            self._page(
                "lectures and master classes",
                self.sections["materials"],
                spec["slug"],
                lambda spec=spec, event=event: LecturePage(
                    title=spec["title"],
                    intro=spec["intro"],
                    kind=spec["kind"],
                    lecturers=[self.experts[name] for name in spec["lecturers"]],
                    event=event,
                    date=event.start_date,
                    place=event.place,
                    video_url=f"{VIDEO}{spec['slug']}",
                    summary=_rich(spec["summary"]),
                    body=self._body(spec["body"]),
                ),
                event.start_date,
            )

    def articles(self):
        for spec in ARTICLES:
            self._page(
                "articles",
                self.sections["materials"],
                spec["slug"],
                lambda spec=spec: ArticlePage(
                    title=spec["title"],
                    intro=spec["intro"],
                    kind=spec["kind"],
                    date=spec["date"],
                    authors=[self.experts[name] for name in spec["authors"]],
                    themes=[self.themes[slug] for slug in spec["themes"]],
                    body=self._body(spec["body"]),
                ),
                spec["date"],
            )

    def translated_pages(self):
        """Bashkir and English versions of the home page, the cases section and the rulebook,
        two cases and two rules, with the themes and spheres they show (parents first)."""
        spheres = Sphere.objects.filter(locale=self.ru)
        for code in ("ba", "en"):
            locale = Locale.objects.get(language_code=code)
            home = translations.HOME_BA if code == "ba" else translations.HOME_EN
            self._translate(self.home, locale, home)
            names = translations.SPHERE_NAMES[code]
            for sphere in spheres.filter(slug__in=names):
                self._translate(sphere, locale, {sphere.name: names[sphere.slug]})
            for slug, strings in translations.themes(code).items():
                self._translate(self.themes[slug], locale, strings)
            for slug, strings in translations.sections(code).items():
                self._translate(self.sections[slug], locale, strings)
            for slug, strings in translations.cases(code).items():
                self._translate(self.cases[slug], locale, strings)
            for slug, strings in translations.rules(code).items():
                self._translate(self.rules[slug], locale, strings)

    def _translate(self, instance, locale: Locale, strings: dict[str, str]):
        """A wagtail-localize translation with our texts as its manual string translations."""
        exists = instance.has_translation(locale)
        self.report.record(f"translations ({locale.language_code})", created=not exists)
        if not exists:
            translation_create(instance=instance, locale=locale, translate=strings.get)

    def registry(self):
        """The registry's own demo (after the fairs, which it marks communities present at)."""
        self.report.registry = seed_registry()

    def recorded_fairs(self):
        """Every participant held its fair, as the programme planned: the five above told in
        full, the others as their organisers recorded them. The communities that had a stand
        there are the municipality's published ones with a record of work (the stand confirms
        it), a case's own first."""
        told = {spec["municipality"] for spec in FAIR_EVENTS}
        participants = Municipality.objects.filter(participating=True).exclude(oktmo__in=told)
        for number, municipality in enumerate(participants.order_by("oktmo")):
            presenters = list(
                Community.objects.filter(
                    municipality=municipality, status=CommunityStatus.PUBLISHED
                )
                .exclude(verification_level=VerificationLevel.SELF_DECLARED)
                .annotate(has_case=Exists(CasePage.objects.filter(community=OuterRef("pk"))))
                .order_by("-has_case", "slug")[: recorded_fair_stands(municipality)]
            )
            spec = recorded_fair(municipality, number, presented=len(presenters))
            fair = self._page(
                "events",
                self.sections["events"],
                spec["slug"],
                lambda spec=spec, municipality=municipality: _event_page(spec, municipality),
                spec["start_date"],
            )
            for community in presenters:
                factories.FairPresenceFactory(
                    community=community, fair=fair, date=spec["start_date"], note=PRESENCE_NOTE
                )

    def site_address(self):
        """Serve the demo site at the address the demo runs on, so the links the API and
        e-mails give (html_url, detail_url) open in the browser."""
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        port = address.port or (443 if address.scheme == "https" else 80)
        site = Site.objects.get(is_default_site=True)
        changed = (site.hostname, site.port) != (address.hostname, port)
        self.report.record("site address", created=changed)
        if changed:
            site.hostname, site.port = address.hostname, port
            site.save()

    def steps(self) -> list[Callable[[], None]]:
        return [
            self.site_address,
            self.themes_and_experts,
            self.home_and_sections,
            self.programme_events,
            self.round_table_recommendations,
            self.case_stories,
            self.golden_rules,
            self.conference,
            self.lectures,
            self.articles,
            self.translated_pages,
            self.registry,
            self.recorded_fairs,
            # The apps above build on all of the above (hook `register_demo_step`).
            *(
                partial(step, self.report, build_files=self.build_files)
                for step in hooks.get_hooks("register_demo_step")
            ),
        ]


def seed_demo(*, build_files: bool = True) -> SeedReport:
    """Create whatever demo content is missing; returns what was created and what existed.
    Without `build_files` the demo edition is assembled but not built (minutes saved)."""
    factories.fake.seed_instance(FAKER_SEED)
    seeding = DemoSeeding(build_files=build_files)
    # The reference index in one pass at the end: indexing on every save would queue tasks for
    # inline rows (case photos, rule-case links) that later steps replace, and the worker
    # would then fail to find them.
    with transaction.atomic(), disable_reference_index_auto_update():
        for step in seeding.steps():
            step()
    call_command("rebuild_references_index", verbosity=0)
    return seeding.report
