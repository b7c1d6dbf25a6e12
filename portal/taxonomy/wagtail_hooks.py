"""The taxonomy in the Wagtail admin: one menu group, a viewset per term type."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ContractType, CPVCode, Municipality, ServiceArea


class ServiceAreaViewSet(SnippetViewSet):
    model = ServiceArea
    icon = "tag"
    list_display = ["name_fi", "name_sv", "code"]
    search_fields = ["name_fi", "name_sv", "name_en", "code"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name_fi", "name_sv", "code", "majority_language"]
    search_fields = ["name_fi", "name_sv", "name_en", "code"]


class ContractTypeViewSet(SnippetViewSet):
    model = ContractType
    icon = "doc-full"
    list_display = ["name_fi", "name_sv", "code"]
    search_fields = ["name_fi", "name_sv", "name_en", "code"]


class CPVCodeViewSet(SnippetViewSet):
    model = CPVCode
    icon = "list-ol"
    list_display = ["full_code", "name_fi", "name_sv"]
    search_fields = ["name_fi", "name_sv", "name_en", "code"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    items = [ServiceAreaViewSet, MunicipalityViewSet, ContractTypeViewSet, CPVCodeViewSet]


register_snippet(TaxonomyGroup)
