"""Generated parts: the golden rules digest, the communities directory and the map, built from
live data into the PDF and recorded in the build."""

import io
import re
import zipfile

import pypdf
import pytest

from cms.factories import GoldenRulePageFactory, ThemeFactory
from cms.models import GoldenRuleCase
from collection.builds import build_request
from collection.factories import PartFactory
from collection.generated import generated_section
from collection.models import BuildKind, BuildStatus, GeneratedContent
from registry import OSM_ATTRIBUTION, OSM_ATTRIBUTION_RU
from registry.factories import CommunityFactory
from registry.models import CommunityStatus, Municipality

from .conftest import published
from .test_epub import built_epub


@pytest.fixture
def rule(rulebook, case):
    rule = GoldenRulePageFactory.build(
        title="Начинайте с малого",
        statement="Начинайте с малого дела, которое видно всем",
        theme=ThemeFactory(name="Запуск сообщества"),
    )
    rulebook.add_child(instance=rule)
    GoldenRuleCase.objects.create(rule=rule, case=case)
    return published(rule)


@pytest.fixture
def communities(db):
    municipality = Municipality.objects.filter(outline__isnull=False).order_by("name").first()
    open_one = CommunityFactory(
        name="Клуб «Родник»",
        municipality=municipality,
        show_contacts=True,
        vk_url="https://vk.com/rodnik_club",
        public_email="rodnik@example.org",
    )
    private_one = CommunityFactory(
        name="ТОС «Заречье»",
        municipality=municipality,
        show_contacts=False,
        vk_url="https://vk.com/zarechye_tos",
        public_phone="+79170000000",
    )
    CommunityFactory(name="Черновик", status=CommunityStatus.SUBMITTED)
    return municipality, open_one, private_one


@pytest.fixture
def generated_edition(small_edition, rule, communities):
    for kind in GeneratedContent.values:
        PartFactory(edition=small_edition, title=GeneratedContent(kind).label, generated=kind)
    return small_edition


def test_a_build_prints_and_records_the_generated_parts(generated_edition, rule, communities, case):
    municipality, open_one, private_one = communities
    build = build_request(edition=generated_edition, kind=BuildKind.SCREEN_PDF)
    build.refresh_from_db()
    assert build.status == BuildStatus.SUCCEEDED, build.log
    with build.file.open("rb") as file:
        pdf = pypdf.PdfReader(io.BytesIO(file.read()))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages))

    # The digest: the rule under its theme, with the case and the page it is printed on.
    assert "Запуск сообщества" in text
    assert "Начинайте с малого дела, которое видно всем" in text
    assert re.search(r"Кейсы: Соседский центр, с\. \d+", text)
    # The directory: published communities of the municipality, public links only if shown.
    assert municipality.name in text and "Клуб «Родник»" in text and "ТОС «Заречье»" in text
    assert "Черновик" not in text
    assert "vk.com/rodnik_club" in text
    assert "zarechye_tos" not in text and "+79170000000" not in text and "@" not in text
    # The map with its attribution, in the book's Russian.
    assert f"Границы: {OSM_ATTRIBUTION_RU}" in text
    assert OSM_ATTRIBUTION not in text

    recorded = {part["kind"]: part for part in build.generated_parts}
    assert recorded.keys() == set(GeneratedContent.values)
    assert recorded["rules_digest"]["rules"] == [rule.pk]
    assert sorted(recorded["communities_directory"]["communities"]) == sorted(
        [open_one.pk, private_one.pk]
    )
    assert recorded["communities_map"]["points"] == 2


def test_the_map_draws_every_outline_and_community_as_vectors(communities):
    section = generated_section(kind=GeneratedContent.COMMUNITIES_MAP)
    svg = section.context["map"].svg
    outlines = Municipality.objects.filter(outline__isnull=False).count()
    assert (
        svg.startswith("<svg")
        and "<image" not in svg
        and "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    )
    assert svg.count("</title></path>") == outlines == section.record["municipalities"]
    assert svg.count("</title></circle>") == 2
    assert "Клуб «Родник»" in svg and OSM_ATTRIBUTION_RU in svg


def test_the_map_names_participants_explains_itself_and_insets_the_neighbours(communities):
    municipality, _open_one, _private_one = communities
    Municipality.objects.filter(pk=municipality.pk).update(participating=True)
    magnitogorsk = Municipality.objects.get(oktmo="75738000")
    CommunityFactory(name="Клуб «Магнит»", municipality=magnitogorsk)
    drawn = generated_section(kind=GeneratedContent.COMMUNITIES_MAP).context["map"]
    svg = drawn.svg
    # The participant shaded and named as maps name districts.
    assert f">{municipality.name.replace(' муниципальный район', ' р-н')}</text>" in svg
    # A legend of what the shading, the dashes and the points mean, and a scale bar.
    for meaning in (
        "участник программы",
        "другое муниципальное образование",
        "сообщество реестра",
        "территория соседнего региона",
    ):
        assert f">{meaning}" in svg
    assert ">Масштаб</text>" in svg and re.search(r">\d+ км</text>", svg)
    # The hole in the north-east is Chelyabinsk oblast's land: outlined and named.
    assert drawn.bays == ["Челябинская область"]
    assert 'stroke-dasharray="5 3" d="M' in svg
    assert ">Челябинская область</text>" in svg
    # The Magnitogorsk community is not drawn off the republic but in the inset.
    assert "Клуб «Магнит»" not in svg
    assert drawn.outside == [("г. Магнитогорск", "Челябинская область", 1)]
    assert "Клуб «Магнит»" in drawn.inset_svg and ">г. Магнитогорск</text>" in drawn.inset_svg
    assert ">Башкортостан</text>" in drawn.inset_svg and ">Масштаб</text>" in drawn.inset_svg


def test_the_epub_carries_the_generated_parts_and_stays_valid(generated_edition, tmp_path):
    path = built_epub(generated_edition, tmp_path)
    with zipfile.ZipFile(path) as book:
        text = " ".join(book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml"))
    assert "Клуб «Родник»" in text and "<svg:path" in text and OSM_ATTRIBUTION_RU in text
