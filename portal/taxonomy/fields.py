"""A list of codes stored as JSON: the languages of a procurement or of an event.

Taxonomy terms are not code lists: records relate to the term's one row (models.py). A
language is a code of settings.LANGUAGES, the same in every language version of a page, so
wagtail-localize copies the list as it is.
"""

from django import forms
from django.db import models
from django.utils.module_loading import import_string


class CodeListField(models.JSONField):
    def __init__(self, *args, choices_source=None, **kwargs):
        # The choices are looked up when a form is built: municipalities live in the database.
        self.choices_source = choices_source
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_source"] = self.choices_source
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self._code_choices,
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def _code_choices(self):
        return import_string(self.choices_source)()
