"""Moving through a page with the keyboard only (Tab, Shift+Tab, Enter, Space), as a person
without a mouse does, checking at every stop that the focus can be seen."""

# What the focused element is, and whether it shows a focus indicator: an outline or a ring
# (box-shadow) of its own.
_FOCUS = """(selector) => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    // A number for each element, so that two alike are told apart.
    window.__stopIds = window.__stopIds || new WeakMap();
    window.__nextStop = window.__nextStop || 1;
    if (!window.__stopIds.has(element)) window.__stopIds.set(element, window.__nextStop++);
    return {
        key: window.__stopIds.get(element), tag: element.tagName.toLowerCase(), id: element.id,
        name: element.getAttribute('name') || '', value: element.getAttribute('value') || '',
        text: (element.innerText || '').trim().slice(0, 60),
        indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
                   || style.boxShadow !== 'none',
        shown: box.width > 0 && box.height > 0,
        matches: Boolean(selector) && element.matches(selector),
    };
}"""


def focused(page, selector=None):
    return page.evaluate(_FOCUS, selector)


def focus_matches(page, selector):
    return page.evaluate("selector => document.activeElement.matches(selector)", selector)


def comes_before(page, selector):
    """Whether `selector` is before the focused element in the page (reached by Shift+Tab)."""
    return page.evaluate("""selector => Boolean(document.activeElement.compareDocumentPosition(
        document.querySelector(selector)) & Node.DOCUMENT_POSITION_PRECEDING)""", selector)


def press(page, key, selector=None):
    """Press Tab or Shift+Tab; the element that gets the focus must show it. The state
    returned says whether it `matches` the selector."""
    assert key in ("Tab", "Shift+Tab")
    page.keyboard.press(key)
    state = focused(page, selector)
    if state["tag"] != "body":  # (past the last element, the focus leaves the page)
        assert state["shown"], f"the focus went to something not on screen: {state}"
        assert state["indicated"], f"no visible focus indicator on {state}"
    return state


def tab_to(page, selector, *, back=False, limit=80):
    """Tab (or Shift+Tab) until the focus is on `selector`; returns the stops on the way.
    Every stop must be new: the focus never sticks (no keyboard trap)."""
    stops = []
    for _ in range(limit):
        state = press(page, "Shift+Tab" if back else "Tab", selector)
        assert not stops or state["key"] != stops[-1]["key"], f"the focus is stuck on {state}"
        if state["matches"]:
            return stops
        stops.append(state)
    raise AssertionError(f"{selector} was not reached in {limit} key presses: {stops}")


def type_into(page, selector, text, *, back=False):
    tab_to(page, selector, back=back)
    page.keyboard.type(text)


def tab_through_the_page(page, *, limit=400):
    """Tab from the top of the page until the focus leaves it: every focusable element is
    passed, each once, and none holds the focus (no keyboard trap)."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    stops = []
    for _ in range(limit):
        state = press(page, "Tab")
        if state["tag"] == "body":
            break
        assert state["key"] not in {stop["key"] for stop in stops}, \
            f"Tab came back to {state} before leaving the page"
        stops.append(state)
    else:
        raise AssertionError(f"Tab never left the page after {limit} presses")
    return stops
