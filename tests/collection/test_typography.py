from core.typography import NBSP, typeset_html


def test_short_words_hold_to_the_next_word():
    assert typeset_html("<p>Идём в парк и на реку</p>") == (
        f"<p>Идём в{NBSP}парк и{NBSP}на{NBSP}реку</p>"
    )


def test_spaced_hyphen_becomes_an_em_dash_bound_to_the_word_before():
    assert typeset_html("<p>Сообщество - это люди</p>") == f"<p>Сообщество{NBSP}— это люди</p>"


def test_straight_quotes_become_guillemets_with_inner_quotes():
    html = '<p>Он сказал: "Это "наш" двор".</p>'
    assert typeset_html(html) == "<p>Он сказал: «Это „наш“ двор».</p>"


def test_quotes_across_inline_tags():
    assert typeset_html('<p>Клуб "<em>Рассвет</em>" открыт</p>') == (
        "<p>Клуб «<em>Рассвет</em>» открыт</p>"
    )


def test_tags_attributes_and_code_are_left_alone():
    html = '<a href="/ru/a - b/" title="в "кавычках"">ссылка</a><code>x = "в"</code>'
    assert typeset_html(html) == html


def test_a_place_abbreviation_stays_with_its_name():
    assert typeset_html("<p>Ярмарка г. Бирск, ул. Ленина</p>") == (
        f"<p>Ярмарка г.{NBSP}Бирск, ул.{NBSP}Ленина</p>"
    )
    assert typeset_html("<p>Вег. меню</p>") == "<p>Вег. меню</p>"  # not a word's own ending
