"""Names of taxonomy terms in the visitor's language, looked up by code and cached.

A term is one row with its name in each language; listings that show many terms look the
names up by code here instead of loading the rows. The whole taxonomy is a few hundred rows,
so every name in every language is read once and kept in the cache until a term is saved or
deleted.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea
from portal.taxonomy.ordering import alphabetical

TAXONOMIES = {
    "service_area": ServiceArea,
    "municipality": Municipality,
    "contract_type": ContractType,
    "cpv": CPVCode,
}
CACHE_KEY = "taxonomy:labels"


def _load():
    languages = [code for code, _name in settings.LANGUAGES]
    labels = {language: {kind: {} for kind in TAXONOMIES} for language in languages}
    for kind, model in TAXONOMIES.items():
        for row in model.objects.values("code", *(f"name_{code}" for code in languages)):
            for language in languages:
                if row[f"name_{language}"]:
                    labels[language][kind][row["code"]] = row[f"name_{language}"]
    return labels


def _cached():
    labels = cache.get(CACHE_KEY)
    if labels is None:
        labels = _load()
        cache.set(CACHE_KEY, labels, 3600)
    return labels


def labels_by_language():
    """{language: {kind: {code: name}}}: every term's name in every language it has."""
    return _cached()


def taxonomy_labels(language):
    """{kind: {code: name}} in `language`, with default-language names where one is missing."""
    labels = _cached()
    default = labels.get(settings.LANGUAGE_CODE, {})
    own = labels.get(language, {})
    return {kind: {**default.get(kind, {}), **own.get(kind, {})} for kind in TAXONOMIES}


def options(language, kind):
    """(code, name) pairs of one taxonomy: CPV codes by code, others alphabetically as
    readers of the language expect."""
    names = taxonomy_labels(language)[kind]
    if kind == "cpv":
        return sorted(names.items())
    return sorted(names.items(), key=lambda item: alphabetical(item[1]))


@receiver(post_save)
@receiver(post_delete)
def _forget_labels(sender, **kwargs):
    if sender in TAXONOMIES.values():
        cache.delete(CACHE_KEY)
