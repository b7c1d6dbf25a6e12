"""The registration form of an event page: the event's questions, and who registers."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.core.questions import question_field as _question_field
from portal.core.questions import question_field_name  # noqa: F401  (the form's field names)

SELF = "self"


class RegistrationForm(forms.Form):
    """For a signed-in user: for whom (themselves, or on behalf of an organisation they act
    for) and the answers. For a guest: name, e-mail, organisation and the answers."""

    def __init__(self, *args, questions, user, organisations=(), **kwargs):
        kwargs.setdefault("auto_id", "registration-%s")
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        self.signed_in = user.is_authenticated
        if self.signed_in:
            if organisations:
                self.fields["on_behalf"] = forms.ChoiceField(
                    label=_("I register"), widget=forms.RadioSelect, initial=SELF,
                    choices=[(SELF, _("for myself"))] + [
                        (str(organisation.pk),
                         _("on behalf of %(organisation)s") % {"organisation": organisation.name})
                        for organisation in organisations],
                    error_messages={"required": _("Choose for whom you register.")})
        else:
            self.fields["name"] = forms.CharField(
                label=_("Your name"), max_length=200,
                error_messages={"required": _("Enter your name.")})
            self.fields["email"] = forms.EmailField(
                label=_("Your e-mail address"), max_length=254,
                help_text=_("We send a link to this address: your registration holds a place "
                            "once you confirm it through the link."),
                error_messages={"required": _("Enter your e-mail address."),
                                "invalid": _("Enter an e-mail address such as "
                                             "name@example.fi.")})
            self.fields["organisation_name"] = forms.CharField(
                label=_("Organisation"), max_length=200, required=False,
                help_text=_("The company or association you represent, if any."))
        for question in self.questions:
            field = _question_field(question)
            if field.required:
                field.error_messages["required"] = _("Answer this question.")
            self.fields[question_field_name(question)] = field

    def answers(self):
        return {str(question.translation_key): self.cleaned_data.get(
            question_field_name(question)) for question in self.questions}

    def organisation_id(self):
        value = self.cleaned_data.get("on_behalf") or SELF
        return None if value == SELF else int(value)


class AttendanceForm(forms.Form):
    """Staff's attendance list: one radio group per confirmed registration (came / did not
    come / not marked), all saved with one button so it works without JavaScript."""

    CHOICES = [("yes", _("Came")), ("no", _("Did not come")), ("", _("Not marked"))]

    def __init__(self, *args, registrations, **kwargs):
        super().__init__(*args, **kwargs)
        self.registrations = list(registrations)
        for registration in self.registrations:
            self.fields[f"r{registration.pk}"] = forms.ChoiceField(
                label=registration.name, choices=self.CHOICES, required=False,
                widget=forms.RadioSelect,
                initial={True: "yes", False: "no", None: ""}[registration.attended])

    def rows(self):
        return [(registration, self[f"r{registration.pk}"])
                for registration in self.registrations]

    def marks(self):
        value = {"yes": True, "no": False, "": None}
        return [(registration, value[self.cleaned_data.get(f"r{registration.pk}") or ""])
                for registration in self.registrations]


class CloseEventForm(forms.Form):
    attendee_count = forms.IntegerField(
        label=_("Number of attendees"), min_value=0,
        help_text=_("Filled in from the attendance list; correct it if people came who were "
                    "not registered."),
        error_messages={"required": _("Enter the number of attendees.")})


class MessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200,
                              error_messages={"required": _("Enter a subject.")})
    body = forms.CharField(label=_("Message"), max_length=8000,
                           widget=forms.Textarea(attrs={"rows": 8}),
                           error_messages={"required": _("Write the message.")})
    include_waiting = forms.BooleanField(label=_("Send it also to those on the waiting list"),
                                         required=False, initial=True)


class CancelEventForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the registrants"), max_length=8000, required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Sent with the cancellation notice, in the language written here."))
    confirm = forms.BooleanField(
        label=_("Yes, cancel the event and tell every registrant"),
        error_messages={"required": _("Tick the box to cancel the event.")})
