"""Filtering records by the taxonomy terms they are related to."""

from django.db.models import Exists, OuterRef


def with_any_term(queryset, relation, codes, lookup="in"):
    """Records related through `relation` to a term with one of `codes` (`lookup="startswith"`
    with one code for a CPV code and everything under it).

    An EXISTS subquery rather than a join: a join repeats a record once per matching term and
    needs DISTINCT, which makes sorting thousands of records slow.
    """
    field = queryset.model._meta.get_field(relation)
    through = field.remote_field.through
    return queryset.filter(Exists(through.objects.filter(**{
        field.m2m_field_name(): OuterRef("pk"),
        f"{field.m2m_reverse_field_name()}__code__{lookup}": codes,
    })))
