"""The expression-of-interest form of a tender page, in the visitor's language."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .enums import BIDDING_MODES, ParticipationMode


class InterestForm(forms.Form):
    # The organisation the form was shown for: a switch of organisation in another tab must
    # not send this form for another one.
    organisation = forms.IntegerField(widget=forms.HiddenInput)
    mode = forms.ChoiceField(
        label=_("How does your organisation intend to take part?"),
        choices=ParticipationMode.choices, widget=forms.RadioSelect,
        error_messages={"required": _("Choose how your organisation intends to take part.")})
    lots = forms.MultipleChoiceField(
        label=_("Lots you could bid for"), required=False, widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose lots of this procurement only.")})
    capacity = forms.CharField(
        label=_("Capacity"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example how many clients, places or hours you could take."))
    questions = forms.CharField(
        label=_("Questions for market dialogue"), required=False, max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The county may answer them in the market dialogue, for everyone."))

    def __init__(self, *args, lots, **kwargs):
        """`lots`: LotViews (presenters.LotView) of the tender page in the reader's language."""
        kwargs.setdefault("auto_id", "interest-%s")
        super().__init__(*args, **kwargs)
        self.lot_views = lots
        self.fields["lots"].choices = [(str(view.lot.translation_key), str(view.lot))
                                       for view in lots]
        if not lots:
            del self.fields["lots"]

    def clean(self):
        data = super().clean()
        if self.lot_views and data.get("mode") in BIDDING_MODES and not data.get("lots") \
                and "lots" not in self.errors:
            self.add_error("lots", _("Choose at least one lot you could bid for, or choose "
                                     "“Only following”."))
        return data

    # What the template draws: the choices with their state, so that radios and checkboxes
    # are written out with their own ids, hints and the SME label.
    def mode_choices(self):
        chosen = self["mode"].value()
        return [{"value": value, "label": label, "id": f"interest-mode-{index}",
                 "checked": value == chosen}
                for index, (value, label) in enumerate(ParticipationMode.choices)]

    def lot_choices(self):
        chosen = {str(key) for key in (self["lots"].value() or [])} if "lots" in self.fields \
            else set()
        return [{"value": str(view.lot.translation_key), "number": view.lot.number,
                 "title": view.lot.title, "sme_sized": view.sme_sized,
                 "id": f"interest-lots-{index}",
                 "checked": str(view.lot.translation_key) in chosen}
                for index, view in enumerate(self.lot_views)]

    def error_links(self):
        """(anchor, label, message) for the error summary: each links to its first input."""
        anchors = {"mode": "interest-mode-0", "lots": "interest-lots-0"}
        links = []
        for name in ("mode", "lots", "capacity", "questions"):
            if name in self.fields:
                for message in self.errors.get(name, []):
                    links.append((anchors.get(name, f"interest-{name}"),
                                  self.fields[name].label, message))
        return links
