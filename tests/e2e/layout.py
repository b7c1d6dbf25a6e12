"""Layout checks in the browser: what is wider than the viewport or clipped, and where a
listing's first result lies.

`layout_problems(page)` returns one line per offending element, naming it (tag, id, classes,
the start of its text) and saying by how much it overflows, so a failure says what to fix.
"""

# Run in the page. The rules:
# - the document itself may not scroll sideways (documentElement.scrollWidth);
# - no rendered element or text may reach past the viewport's right edge, unless it lies
#   inside a box that scrolls or clips sideways (then that box is what is judged);
# - a box that hides its overflow (overflow hidden or clip) may not hide content sideways;
# - a box that scrolls sideways must be a deliberate scrolling region: focusable
#   (tabindex="0") and named (aria-label or aria-labelledby), so keyboard users can scroll it,
#   and is only accepted on a phone (allowScrollRegions);
# - visually hidden helpers (the 1 px clipped "visually-hidden" pattern) are left out, and
#   form controls, whose text scrolls inside them by design.
LAYOUT_SCRIPT = """(allowScrollRegions) => {
    const width = document.documentElement.clientWidth;
    const found = [];
    const name = el => {
        let text = (el.innerText || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
        const classes = typeof el.className === 'string' && el.className.trim()
            ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
        return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${classes}>`
            + (text ? ` "${text}"` : '');
    };
    const hidden = el => {
        for (let node = el; node && node !== document.body; node = node.parentElement) {
            const style = getComputedStyle(node);
            const rect = node.getBoundingClientRect();
            if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)'
                || (rect.width <= 1 && rect.height <= 1 && style.overflow !== 'visible')) {
                return true;
            }
        }
        return false;
    };
    const sideways = style => style.overflowX !== 'visible';
    // The nearest ancestor that scrolls or clips sideways, if any.
    const container = el => {
        for (let node = el.parentElement; node && node !== document.body;
             node = node.parentElement) {
            if (sideways(getComputedStyle(node))) return node;
        }
        return null;
    };
    const formControl = el => ['INPUT', 'SELECT', 'TEXTAREA', 'OPTION'].includes(el.tagName);
    const doc = document.documentElement.scrollWidth;
    if (doc > width) found.push(`the page is ${doc} px wide in a ${width} px viewport`);
    const reported = new Set();
    const report = (el, why) => {
        for (let node = el.parentElement; node; node = node.parentElement) {
            if (reported.has(node)) return;  // its box is reported already
        }
        reported.add(el);
        found.push(`${name(el)} ${why}`);
    };
    for (const el of document.body.querySelectorAll('*')) {
        if (!el.checkVisibility() || hidden(el)) continue;
        const style = getComputedStyle(el);
        if (sideways(style) && !formControl(el) && el.scrollWidth > el.clientWidth + 1) {
            const extra = el.scrollWidth - el.clientWidth;
            if (style.overflowX === 'hidden' || style.overflowX === 'clip') {
                report(el, `hides ${extra} px of its content (overflow ${style.overflowX})`);
            } else if (!allowScrollRegions) {
                report(el, `scrolls ${extra} px sideways (content cut off at this width)`);
            } else if (el.getAttribute('tabindex') !== '0'
                       || !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))) {
                report(el, `scrolls ${extra} px sideways without being a focusable, named region`);
            }
        }
        if (container(el)) continue;
        const right = el.getBoundingClientRect().right;
        if (right > width + 0.5) {
            report(el, `reaches ${Math.round(right - width)} px past the viewport's right edge`);
            continue;
        }
        // Text that does not wrap (a long word, a nowrap cell) overflows its own box.
        for (const child of el.childNodes) {
            if (child.nodeType !== Node.TEXT_NODE || !child.textContent.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(child);
            const textRight = range.getBoundingClientRect().right;
            if (textRight > width + 0.5) {
                report(el, `has text reaching ${Math.round(textRight - width)} px past the `
                           + `viewport's right edge`);
                break;
            }
        }
    }
    return found;
}"""

# The first result of a listing: a tender, event or pilot-call card, or a search hit.
FIRST_RESULT = ".results .tender-list > li:first-child, .results .search-results > li:first-child"

MEASURE_SCRIPT = """(selector) => {
    const first = document.querySelector(selector);
    const header = document.querySelector('.site-header');
    const title = first && (first.querySelector('h2, h3, a') || first);
    return {
        scrollWidth: document.documentElement.scrollWidth,
        header: header ? Math.round(header.getBoundingClientRect().height) : null,
        firstResult: first ? Math.round(first.getBoundingClientRect().top + scrollY) : null,
        firstResultTitleBottom: title
            ? Math.round(title.getBoundingClientRect().bottom + scrollY) : null,
    };
}"""


def layout_problems(page, *, allow_scroll_regions=None):
    """What overflows the viewport or is clipped on the page as it is now (scrolled to the
    top), one line per element.

    A region that scrolls sideways is tolerated on a phone, when it is focusable and named;
    on a desktop (from 800 px by default) nothing should need sideways scrolling: a table
    that scrolls there has its last columns cut off at first sight.
    """
    if allow_scroll_regions is None:
        allow_scroll_regions = page.viewport_size["width"] < 800
    page.evaluate("window.scrollTo(0, 0)")
    return page.evaluate(LAYOUT_SCRIPT, allow_scroll_regions)


def measure(page):
    """{scrollWidth, header, firstResult, firstResultTitleBottom} in CSS pixels from the top
    of the document; the result figures are None on a page without a listing."""
    return page.evaluate(MEASURE_SCRIPT, FIRST_RESULT)
