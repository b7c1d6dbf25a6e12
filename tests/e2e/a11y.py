"""axe-core in the browser tests: the WCAG 2.1 A/AA rules run on a page, violations listed."""

from axe_playwright_python.base import AXE_SCRIPT

WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Only what fails: axe's passes and "incomplete" results would cost time on every page.
OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_A_AA}, "resultTypes": ["violations"]}


def axe_violations(page, *, chrome=True):
    """axe's WCAG 2.1 A/AA violations on the page as it is now.

    chrome=False leaves out the header and footer, which are the same on every page: a sweep
    of many pages checks them once for each state (signed out, signed in) and saves the time.
    Contrast only means something with the portal's stylesheet loaded, so that is checked
    first. axe goes in through the DevTools protocol (page.evaluate), which the portal's
    content-security policy does not block, once per document.
    """
    styled, has_axe = page.evaluate("""() => [
        getComputedStyle(document.documentElement).getPropertyValue('--color-focus').trim(),
        typeof window.axe === 'object']""")
    assert styled == "#ffbf47", f"the portal's stylesheet did not load on {page.url}"
    if not has_axe:
        page.evaluate(AXE_SCRIPT)
    context = {"exclude": [[".site-header"], [".site-footer"]]} if not chrome else None
    return page.evaluate("""([context, options]) =>
        axe.run(context || document, options).then(result => result.violations)""",
                         [context, OPTIONS])


def format_violations(found):
    """`found`: {page name: violations}. One line per rule and page, with its elements."""
    lines = []
    for name, violations in found.items():
        for violation in violations:
            targets = [node["target"] for node in violation["nodes"]][:5]
            lines.append(f"{name}: {violation['id']}: {violation['help']} {targets}")
    return "\n".join(lines)
