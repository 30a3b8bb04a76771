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
