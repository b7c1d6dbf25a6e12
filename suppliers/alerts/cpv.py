"""Which CPV codes of a subscription match an item's CPV code, up and down the hierarchy.

The hierarchy is in the digits (see portal.taxonomy.models.CPVCode): trailing zeros mark the
level, so 85311100 sits under 85311000, under 85310000, under 85300000, under the division
85000000.

The rule, UNGM-style but over any number of levels:

- down: a subscription's code matches every item code under it (a subscriber who chose
  85300000 "Social work and related services" hears of a tender on 85311100), as the
  calendar's CPV filter does;
- up: a subscription's code matches an item code above it (a subscriber who chose 85311100
  hears of a tender classified only as 85311000 or 85310000: it may well include their
  service), but never an item's bare division: a tender classified only as 85000000 "Health
  and social work services" matches those who chose 85000000 (or no CPV code), not every
  subscriber of the whole branch.
"""

DIVISION_DIGITS = 2


def significant(code):
    """The digits that place a code in the hierarchy: 85311000 → "85311"."""
    return code.rstrip("0").ljust(DIVISION_DIGITS, "0")


def is_division(code):
    return len(significant(code)) <= DIVISION_DIGITS


def ancestors(code):
    """The code itself and every code above it, up to its division: 85311100 → 85311100,
    85311000, 85310000, 85300000, 85000000."""
    digits = significant(code)
    return [digits[:length].ljust(8, "0") for length in range(len(digits), DIVISION_DIGITS - 1,
                                                               -1)]


def matches(subscribed, item_code):
    """Does a subscription's code match an item's code? (The rule above, for one pair.)"""
    if subscribed in ancestors(item_code):
        return True
    return not is_division(item_code) and subscribed.startswith(significant(item_code))


def matching_terms(item_codes):
    """(codes, prefixes): a subscription's CPV code matches one of the item's codes when it
    is one of `codes` (the item codes and their ancestors) or starts with one of `prefixes`
    (it lies under one of the item's codes that is not a division)."""
    codes, prefixes = set(), set()
    for code in item_codes:
        codes.update(ancestors(code))
        if not is_division(code):
            prefixes.add(significant(code))
    return codes, prefixes
