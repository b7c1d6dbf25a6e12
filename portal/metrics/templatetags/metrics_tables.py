"""The rows of a breakdown table, written in Python: at scale a dashboard shows thousands of
them (every lot, tender and event), and the template engine spends most of the page's time on
a loop over them."""

from django import template
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join

register = template.Library()

ROW = '<tr><th scope="row">{}</th><td class="metrics-number">{}</td></tr>'


def _label(row):
    return format_html('<a href="{}">{}</a>', row.url, row.label) if row.url else row.label


@register.simple_tag
def breakdown_rows(rows):
    """<tr> of each row: its label (linked to its drill-down when it has one) and its value
    formatted for the language in use, "–" when there is none (as {{ value|localize }}
    would)."""
    return format_html_join("", ROW, ((_label(row), "\u2013" if row.value is None
                                       else localize(row.value)) for row in rows))
