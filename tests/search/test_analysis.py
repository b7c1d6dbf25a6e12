"""The text analyser: Voikko's lemmas and compound parts for Finnish, Snowball stems and
compounds split against the index's vocabulary for Swedish, and Snowball for Finnish when
Voikko cannot be used (binding, library or dictionary missing)."""

import logging

import libvoikko
import pytest

from portal.core import text_analysis as analysis


@pytest.fixture
def without_voikko(monkeypatch):
    """Analysis as on a server without Voikko: `how` is what is missing."""

    def missing(how):
        if how == "binding":
            monkeypatch.setattr(analysis, "libvoikko", None)
        elif how == "library":
            def no_library(*args, **kwargs):
                raise OSError("libvoikko.so.1: cannot open shared object file")
            monkeypatch.setattr(libvoikko, "Voikko", no_library)
        else:
            def no_dictionary(*args, **kwargs):
                raise libvoikko.VoikkoException("Initialisation of Voikko failed: "
                                                "No valid dictionaries were found")
            monkeypatch.setattr(libvoikko, "Voikko", no_dictionary)
        analysis.reset()

    yield missing
    monkeypatch.undo()
    analysis.reset()


def test_voikko_runs_with_debians_packages():
    analysis.reset()
    assert analysis.finnish_analyser() == "voikko"
    assert analysis.describe()["fi"] == "voikko"


@pytest.mark.parametrize(("word", "lemma", "parts"), [
    ("laitoshoidossa", "laitoshoito", ("laitos", "hoito")),           # gradation: d → t
    ("laitoshoidosta", "laitoshoito", ("laitos", "hoito")),
    ("vuokralääkäripalveluista", "vuokralääkäripalvelu", ("vuokra", "lääkäri", "palvelu")),
    ("asumispalveluissa", "asumispalvelu", ("asua", "palvelu")),
    ("mielenterveyskuntoutujille", "mielenterveyskuntoutuja",
     ("mieli", "terveys", "kuntoutuja")),
    ("hankinnat", "hankinta", None),                                  # nn → nt
    ("tarjouspyynnöt", "tarjouspyyntö", ("tarjous", "pyyntö")),
    ("Vaasassa", "vaasa", None),
])
def test_finnish_words_become_their_lemmas_and_compound_parts(word, lemma, parts):
    found = analysis.word_analysis(word, "fi")
    assert lemma in found.lemmas
    if parts:
        assert parts in found.splits
    else:
        assert not found.splits


def test_the_same_terms_at_indexing_and_at_query_time():
    indexed = analysis.index_terms("Lastensuojelun laitoshoito", "fi").split()
    for query in ("laitoshoidossa", "laitoshoidosta", "laitoshoitoa"):
        [alternatives] = analysis.query_terms(query, "fi")
        assert any(all(term in indexed for term in alternative)
                   for alternative in alternatives)


@pytest.mark.parametrize(("one", "other"), [
    ("hemvård", "hemvården"), ("servicesedel", "servicesedlar"), ("hjälpmedel", "hjälpmedlen"),
    ("skyddshem", "skyddshemmen"), ("Jakobstad", "Jakobstads"), ("terapi", "terapin"),
    ("tjänst", "tjänsterna"), ("barnskydd", "barnskyddet"), ("hem", "hemmet"),
])
def test_swedish_inflected_forms_share_a_stem(one, other):
    assert analysis.stem(one.lower(), "sv") == analysis.stem(other.lower(), "sv")


def test_swedish_compounds_split_against_the_vocabulary_with_a_linking_s():
    vocabulary = analysis.Vocabulary("sv", frozenset(
        analysis.stem(word, "sv") for word in ("hemvård", "tjänster", "hem", "vård", "barn",
                                               "skydd", "och")))
    assert vocabulary.split("hemvårdstjänster") == ("hemvård", "tjänst")   # fewest parts
    assert vocabulary.split("barnskyddet") == ("barn", analysis.stem("skydd", "sv"))
    # An unknown first part before a known last one is a part all the same.
    assert vocabulary.split("mentalvårdstjänsterna") == ("mentalvård", "tjänst")
    assert vocabulary.split("rehabilitering") == ()
    # Function words are no parts ("och" + "…").
    assert vocabulary.split("ochvård") == ()
    terms = analysis.index_terms("Hemvårdstjänster", "sv", vocabulary).split()
    assert terms == ["hemvårdstjänst", "hemvård", "tjänst"]


@pytest.mark.parametrize("missing", ["binding", "library", "dictionary"])
def test_finnish_falls_back_to_snowball_without_voikko(without_voikko, caplog, missing):
    with caplog.at_level(logging.WARNING, logger="search"):
        without_voikko(missing)
        assert analysis.finnish_analyser() == "snowball"
        # Gradation is not undone, but the stem's cut end makes the forms meet.
        assert analysis.word_analysis("kotihoidon", "fi").lemmas == \
            analysis.word_analysis("kotihoito", "fi").lemmas
        assert analysis.word_analysis("kotihoidon", "fi").lemmas != \
            analysis.word_analysis("kotipalvelu", "fi").lemmas
        assert analysis.describe()["fi"] == "snowball+compounds"
        assert analysis.uses_vocabulary("fi")
    # Logged once, saying what is missing.
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 1 and "Snowball" in warnings[0]
    assert {"binding": "binding", "library": "library",
            "dictionary": "dictionary"}[missing] in warnings[0]


def test_analyses_are_cached():
    analysis.clear_caches()
    analysis.word_terms("sijaishenkilöstöä", "fi")
    before = analysis.lemma_analysis.cache_info().hits
    analysis.word_terms("sijaishenkilöstöä", "fi")
    assert analysis.lemma_analysis.cache_info().hits == before + 1
