"""The portal's form renderer: Django's templates, each field wrapped in a .form-field box."""

from django.forms.renderers import DjangoTemplates


class FormRenderer(DjangoTemplates):
    field_template_name = "core/forms/field.html"
