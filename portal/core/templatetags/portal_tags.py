"""Template tags for the site chrome: language switch and hreflang alternates."""

from django import template

from portal.core.navigation import breadcrumb_trail, hreflang_alternates, language_links

register = template.Library()


def _page(context):
    page = context.get("page")
    # Only saved Wagtail pages have translations; previews of unsaved pages have no id.
    return page if getattr(page, "translation_key", None) and page.id else None


@register.inclusion_tag("core/includes/language_switch.html", takes_context=True)
def language_switch(context):
    request = context["request"]
    return {"links": language_links(request, _page(context))}


@register.inclusion_tag("core/includes/hreflang.html", takes_context=True)
def hreflang(context):
    page = _page(context)
    if page is None:
        return {"alternates": []}
    return {"alternates": hreflang_alternates(context["request"], page)}


@register.inclusion_tag("core/includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The main menu, with the item that holds the current page marked."""
    page = _page(context)
    items = []
    for item in context["chrome"].main_menu:
        current = None
        if page is not None and page.path.startswith(item["path"]):
            current = "page" if page.id == item["id"] else "true"
        items.append({**item, "current": current})
    return {"items": items}


@register.inclusion_tag("core/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """Ancestors below the root, so the home page is the first crumb."""
    page = _page(context)
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    return {"ancestors": breadcrumb_trail(context["request"], page), "page": page}
