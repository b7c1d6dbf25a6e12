"""Relations to taxonomy terms that are the same in every language version of a page.

A term is one row for every language, so a tender's or a pilot call's translations point at
the same service areas and municipalities as the default-language page. wagtail-localize
copies many-to-many relations only when it creates a translation; publishing the
default-language page copies them again (share_relations, on page_published), and a
translation's own drafts never bring back relations of their own.
"""

from django.conf import settings
from django.dispatch import receiver
from wagtail.signals import page_published


class SharedRelations:
    """Mixin of a page type whose `shared_relations` follow its default-language page."""

    shared_relations = ()

    def with_content_json(self, content):
        page = super().with_content_json(content)
        if self.pk and self.locale.language_code != settings.LANGUAGE_CODE:
            for name in self.shared_relations:
                setattr(page, name, list(getattr(self, name).all()))
        return page


def share_relations(page):
    """Give the translations of a default-language page its shared relations."""
    if page.locale.language_code != settings.LANGUAGE_CODE:
        return
    model = type(page)
    translations = list(model.objects.filter(translation_key=page.translation_key)
                        .exclude(pk=page.pk))
    for name in page.shared_relations:
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source_column, term_column = field.m2m_field_name(), field.m2m_reverse_field_name()
        term_ids = list(getattr(page, name).values_list("pk", flat=True))
        through.objects.filter(**{f"{source_column}__in": translations}).delete()
        through.objects.bulk_create([
            through(**{f"{source_column}_id": translation.pk, f"{term_column}_id": term_id})
            for translation in translations for term_id in term_ids
        ])


@receiver(page_published)
def _share_on_publication(sender, instance, **kwargs):
    if isinstance(instance, SharedRelations):
        share_relations(instance)
