from collection.fonts import font_codepoints, merged_font

BASHKIR_LETTERS = "ӘәӨөҮүҒғҠҡҢңҘҙҪҫҺһ"


def test_merged_fonts_draw_bashkir_letters():
    for family in ("PT Serif", "PT Sans"):
        assert {ord(char) for char in BASHKIR_LETTERS + "«»—"} <= font_codepoints(family)


def test_merged_font_is_the_same_bytes_on_every_machine(settings, tmp_path):
    first = merged_font("PT Serif", 700, "italic").read_bytes()
    settings.COLLECTION_FONT_DIR = tmp_path
    assert merged_font("PT Serif", 700, "italic").read_bytes() == first
