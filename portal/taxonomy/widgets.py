"""Checkboxes of taxonomy terms for the admin's page and lot editors."""

from django import forms

from .ordering import alphabetical


class TermCheckboxes(forms.CheckboxSelectMultiple):
    """Terms in the alphabetical order of the editor's language.

    A term's label is its name in the active language, while its rows are ordered by the
    Finnish names: unsorted, a Swedish or English editor would find Kristinestad between
    Korsnäs and Kronoby."""

    def optgroups(self, name, value, attrs=None):
        options = [option for _group, group_options, _index
                   in super().optgroups(name, value, attrs) for option in group_options]
        return [(None, sorted(options, key=lambda option: alphabetical(option["label"])), 0)]
