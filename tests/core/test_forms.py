"""Every form field sits in a box of its own (core/forms/field.html), which the stylesheet
spaces: the label of one field never hugs the input before it."""

import re

import pytest
from django import forms

pytestmark = pytest.mark.django_db


class ExampleForm(forms.Form):
    name = forms.CharField(label="Name", help_text="As on your ID.")
    email = forms.EmailField(label="E-mail")


def boxes(html):
    return re.findall(r'<div class="form-field( form-field--invalid)?">\s*<label', html)


def test_a_field_group_is_a_box_with_its_label_help_and_input():
    html = ExampleForm().as_div()
    assert len(boxes(html)) == 2
    name = str(ExampleForm()["name"].as_field_group())
    assert name.startswith('<div class="form-field">')
    assert name.index("<label") < name.index('class="helptext"') < name.index("<input")
    invalid = ExampleForm({"name": "", "email": "x"})
    assert invalid["email"].as_field_group().startswith(
        '<div class="form-field form-field--invalid">')


def test_the_sign_up_and_the_guest_registration_forms_use_the_boxes(client):
    from tests.events.helpers import make_event

    signup = client.get("/en/accounts/signup/").content.decode()
    assert len(boxes(signup)) == 3  # e-mail, password, password again
    event = make_event(capacity=10)
    registration = client.get(f"/en/events/{event.pk}/register/").content.decode()
    assert len(boxes(registration)) >= 3  # name, e-mail, organisation

