"""Following a link or a form in the browser and waiting for the page it leads to.

Playwright's click() returns once a navigation has started. Reading the page straight after
it (page.url, the cards on it, a row the request writes) or calling wait_for_load_state(),
which the page being left already satisfies, can read the old page: a race that failed CI
once. Every click that leads to another page goes through follow(), which returns only
after the next document has loaded.
"""


def follow(target):
    """Click a link or a submit button (a Playwright locator) and wait for the next page."""
    page = target.page
    with page.expect_navigation():
        target.click()
    return page
