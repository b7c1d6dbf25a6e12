"""The demo's content: the YAML files of portal/demo/data, read into the shapes the seeders use.

Each file holds one content area (pages, taxonomy, tenders, events, pilots, suppliers, users,
metrics). A record's texts sit under `texts`, field by field with the languages side by side,
so that a translator reads the Finnish and the Swedish together:

    texts:
      title:
        fi: Hankintakalenteri
        sv: Upphandlingskalender
        en: Procurement calendar
      slug: {fi: hankintakalenteri, sv: upphandlingskalender, en: procurement-calendar}

A value that is the same in every language is written once. Reading gives each language its
own version of the texts (`record["fi"]["title"]`), as the seeders build one page per language.
A taxonomy term or a supplier's alert, which have no such versions, say `name: {fi: ..., sv:
...}` directly. Days and dates relative to the day of seeding are offsets in the data
(`days_from_now`, `opens_days`...), counted by the seeders.
"""

import functools
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("fi", "sv", "en")
TEXTS = "texts"

__all__ = ["AREAS", "DATA", "LANGUAGES", "load", "is_language_mapping"]

AREAS = ("pages", "tenders", "events", "pilots", "suppliers", "users", "metrics")


@functools.cache
def load(area):
    """The content of one area (a file of portal/demo/data), its texts split by language.
    Read once per process; the seeders copy what they change."""
    with open(DATA / f"{area}.yaml", encoding="utf-8") as file:
        return _read(yaml.safe_load(file))


def is_language_mapping(node):
    """A value given per language: a mapping whose keys are all language codes."""
    return isinstance(node, dict) and bool(node) and set(node) <= set(LANGUAGES)


def _read(node):
    if isinstance(node, dict):
        read = {}
        for key, value in node.items():
            if key == TEXTS:
                languages = _languages(value)
                if not languages:
                    raise ValueError(f"Texts without a language: {value!r:.200}")
                for language in languages:
                    read[language] = _split(value, language)
            else:
                read[key] = _read(value)
        return read
    if isinstance(node, list):
        return [_read(item) for item in node]
    return node


def _languages(node, found=None):
    """The languages the texts are written in, in LANGUAGES order."""
    found = set() if found is None else found
    if is_language_mapping(node):
        found.update(node)
    elif isinstance(node, dict):
        for value in node.values():
            _languages(value, found)
    elif isinstance(node, list):
        for value in node:
            _languages(value, found)
    return [language for language in LANGUAGES if language in found]


def _split(node, language):
    """The texts in one language: each per-language value replaced by its `language` one."""
    if is_language_mapping(node):
        if language not in node:
            raise ValueError(f"No {language!r} text in {node!r:.200}")
        return node[language]
    if isinstance(node, dict):
        return {key: _split(value, language) for key, value in node.items()}
    if isinstance(node, list):
        return [_split(value, language) for value in node]
    return node
