"""Pages made of a fixed list of sections that other apps fill: the home page's live blocks
(`portal.pages.home_sections`) and the supplier's own page (`suppliers.dashboard`).

Such a page always shows the same sections in the same order. The app that owns a kind of
record registers the function that lists its items; a section whose app has not registered
yet, or has nothing to show, says so instead of disappearing, so the layout never depends
on which features are installed.
"""

from dataclasses import dataclass, field


@dataclass
class Section:
    key: str
    heading: str
    empty_text: str
    template: str
    # The link to the full list: its whole name, as a screen reader reads it out of context.
    more_text: str = ""
    # Called with (request, the page's subject); returns (items, *links), the links named by
    # the registry's `links`, each a URL or None.
    provider: object = field(default=None, repr=False)


class SectionRegistry(dict):
    """The sections of one page by key, in the order shown.

    `links` names what a provider returns after its items (for example the link to the full
    list); `subject` is the name under which the templates read what the providers are called
    with, or None when they don't need it."""

    def __init__(self, sections, *, links=("more_url",), subject=None):
        super().__init__((section.key, section) for section in sections)
        self.links = links
        self.subject = subject

    def register_provider(self, key, provider):
        """Let a feature app fill one of the page's sections."""
        self[key].provider = provider

    def render(self, request, subject):
        return [self._context(section, request, subject) for section in self.values()]

    def _context(self, section, request, subject):
        if section.provider is None:
            items, *links = [], *(None for _name in self.links)
        else:
            items, *links = section.provider(request, subject)
        context = {"section": section, "items": list(items), **dict(zip(self.links, links,
                                                                         strict=True))}
        if self.subject:
            context[self.subject] = subject
        return context
