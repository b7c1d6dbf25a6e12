"""Parts of public pages kept between requests, for every reader, keyed like the page cache.

The page cache (page_cache.py) serves whole pages to anonymous visitors only. A signed-in
supplier, a member of staff, or the first visitor after a publish gets a rendered page; what
makes rendering slow is the same for all of them: the cards of a listing, and the count of
the tenders that match a filter. Those parts hold nothing of the reader but the language, so
they are kept here for everybody.

Every key holds the page-cache generation: publishing, or any change to a record that public
pages show (page_cache_signals.py), starts a new generation, and the next request renders
afresh. Nothing personal may be kept here: a fragment is shared by every reader of its
language.
"""

from django.conf import settings
from django.core.cache import cache

from .page_cache import generation


def _seconds():
    # Longer than the page cache: the generation, not the timeout, keeps fragments fresh.
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 3600)


def template_context():
    """What a template's {% cache %} tag keys a fragment by: `fragment_generation` among its
    vary-on values, kept for `fragment_seconds`."""
    return {"fragment_generation": generation(), "fragment_seconds": _seconds()}


def _key(current, kind, language, part):
    return f"fragment:{current}:{kind}:{language}:{part}"


def cached_value(kind, language, part, compute):
    """The value kept for (kind, language, part) in this generation, else compute()'s."""
    seconds = _seconds()
    if not seconds:
        return compute()
    key = _key(generation(), kind, language, part)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def cached_many(kind, language, parts, render):
    """[fragment of each part, in order]: those kept in this generation from the cache, the
    others from render(missing parts), which returns {part: fragment}, and are kept."""
    seconds = _seconds()
    if not seconds:
        rendered = render(list(parts))
        return [rendered[part] for part in parts]
    current = generation()
    keys = {part: _key(current, kind, language, part) for part in parts}
    found = cache.get_many(list(keys.values()))
    missing = [part for part in parts if keys[part] not in found]
    if missing:
        rendered = render(missing)
        fresh = {keys[part]: rendered[part] for part in missing}
        cache.set_many(fresh, seconds)
        found.update(fresh)
    return [found[keys[part]] for part in parts]
