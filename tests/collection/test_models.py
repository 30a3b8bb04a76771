import pytest
from django.core.exceptions import ValidationError

from collection.models import Edition, isbn13_validate


@pytest.mark.parametrize("isbn", ["978-5-907000-00-1", "9785907000001", "978 5 907000 00 1"])
def test_valid_isbn_is_accepted_with_or_without_hyphens(isbn):
    isbn13_validate(isbn)


@pytest.mark.parametrize(
    ("isbn", "code"),
    [
        ("978-5-907000-00-6", "isbn_checksum"),
        ("978-5-907000-00", "isbn_format"),
        ("978-5-9070X0-00-6", "isbn_format"),
    ],
)
def test_invalid_isbn_is_refused_with_a_reason(isbn, code):
    with pytest.raises(ValidationError) as error:
        isbn13_validate(isbn)
    assert error.value.code == code


def test_edition_form_validation_reports_a_wrong_checksum(db):
    edition = Edition(title="Сборник", year=2026, isbn="978-5-907000-00-7")
    with pytest.raises(ValidationError) as error:
        edition.full_clean()
    assert "isbn" in error.value.message_dict


def test_defaults_follow_the_programme(db):
    edition = Edition.objects.create(title="Сборник", year=2026)
    assert (edition.print_run, edition.trim_size, edition.bleed_mm) == (500, "a5", 3)
    assert edition.trim_mm == (148, 210)


@pytest.mark.parametrize(
    "trim_size, sheet_format, pages, sheets, label",
    [
        # Pages over the sheet's leaves, times its area over 60×90 cm to two decimals.
        ("a5", "", 96, "5.58", "60×84/16"),  # 96 / 16 × 0.93
        ("a5", "70x100/16", 96, "7.80", "70×100/16"),  # 96 / 16 × 1.30
        ("a4", "", 40, "4.65", "60×84/8"),  # 40 / 8 × 0.93
        ("a5", "84x108/32", 208, "10.92", "84×108/32"),  # 208 / 32 × 1.68
    ],
)
def test_conventional_printed_sheets_follow_the_sheet_format(
    trim_size, sheet_format, pages, sheets, label
):
    edition = Edition(title="Сборник", year=2026, trim_size=trim_size, sheet_format=sheet_format)
    assert edition.sheet_format_label == label
    assert str(edition.conventional_sheets(pages)) == sheets


def test_age_mark_takes_only_the_marks_of_the_law(db):
    edition = Edition(title="Сборник", year=2026, age_mark="14+")
    with pytest.raises(ValidationError) as error:
        edition.full_clean()
    assert "age_mark" in error.value.message_dict
