"""The demo's data files: every text in Finnish and Swedish side by side, read back into one
version per language; and the demo app left out of production settings."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from portal.demo.content import AREAS, DATA, LANGUAGES, TEXTS, is_language_mapping, load

ROOT = Path(__file__).resolve().parents[2]

# The lists of records that staff would write in both languages (pages, tenders, events,
# calls, taxonomy terms). Supplier-written records (proposals, interests, alerts) are in the
# supplier's own language.
TRANSLATED_RECORDS = {
    "pages": ["content_pages", "news"],
    "tenders": ["tenders"],
    "events": ["events"],
    "pilots": ["calls"],
    "metrics": ["events"],
}


def raw(area):
    with open(DATA / f"{area}.yaml", encoding="utf-8") as file:
        return yaml.safe_load(file)


def language_mappings(node, path=""):
    """(path, mapping) of every value given per language in a nested structure."""
    if is_language_mapping(node):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from language_mappings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for number, value in enumerate(node):
            yield from language_mappings(value, f"{path}[{number}]")


def test_every_area_has_its_data_file_and_no_other():
    assert sorted(path.stem for path in DATA.glob("*.yaml")) == sorted(AREAS)


@pytest.mark.parametrize("area", AREAS)
def test_every_text_of_the_data_has_both_finnish_and_swedish(area):
    missing = [path for path, mapping in language_mappings(raw(area))
               if not {"fi", "sv"} <= set(mapping)]
    assert missing == []


@pytest.mark.parametrize(("area", "lists"), TRANSLATED_RECORDS.items())
def test_every_record_staff_write_has_its_texts_in_finnish_and_swedish(area, lists):
    data = raw(area)
    for name in lists:
        assert data[name], name
        for number, record in enumerate(data[name]):
            mappings = list(language_mappings(record))
            assert mappings, f"{area}.{name}[{number}] has no texts"
            assert all({"fi", "sv"} <= set(mapping) for _path, mapping in mappings)


def test_texts_are_read_back_as_one_version_per_language():
    index = raw("events")["index"]
    assert index[TEXTS]["title"] == {"fi": "Tapahtumat", "sv": "Evenemang", "en": "Events"}
    read = load("events")["index"]
    assert TEXTS not in read
    assert [read[language]["title"] for language in LANGUAGES] == \
        ["Tapahtumat", "Evenemang", "Events"]
    # A value the same in every language is written once and read into each language.
    venue = load("events")["venues"]["vaasa"]
    assert {venue[language]["street_address"] for language in ("fi", "en")} == \
        {"Hietalahdenkatu 2–4"}


def test_production_settings_leave_the_demo_out():
    environment = {key: value for key, value in os.environ.items()
                   if key not in {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE"}}
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings",
                       SECRET_KEY=secrets.token_urlsafe(64), ALLOWED_HOSTS="portal.example.fi")
    result = subprocess.run([sys.executable, "manage.py", "help", "seed_demo"], cwd=ROOT,
                            env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "Unknown command: 'seed_demo'" in result.stderr
