"""The registry behind the home page's and the supplier page's sections."""

from portal.core.sections import Section, SectionRegistry


def _registry():
    return SectionRegistry([Section("a", "A", "No a.", "a.html"), Section("b", "B", "No b.",
                                                                          "b.html")],
                           links=("more_url", "add_url"), subject="organisation")


def test_a_section_nobody_fills_is_shown_empty_in_its_place():
    registry = _registry()
    registry.register_provider("b", lambda request, subject: ([subject], "/all/", None))
    first, second = registry.render(None, "org")
    assert first == {"section": registry["a"], "items": [], "more_url": None, "add_url": None,
                     "organisation": "org"}
    assert second["items"] == ["org"] and second["more_url"] == "/all/"


def test_without_a_subject_name_the_context_holds_only_the_section_and_its_links():
    registry = SectionRegistry([Section("a", "A", "No a.", "a.html")])
    assert set(registry.render(None, "fi")[0]) == {"section", "items", "more_url"}
