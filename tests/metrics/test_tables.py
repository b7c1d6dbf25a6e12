"""The rows of a breakdown table written in Python are the HTML the template's loop wrote:
labels escaped and linked, values formatted for the language, "–" for none."""

from decimal import Decimal

from django.template import Context, Template
from django.utils import translation

from portal.metrics.figures import BreakdownRow
from portal.metrics.templatetags.metrics_tables import breakdown_rows

# The loop breakdown_rows replaces.
LOOP = Template(
    '{% for row in rows %}<tr><th scope="row">{% if row.url %}<a href="{{ row.url }}">'
    '{{ row.label }}</a>{% else %}{{ row.label }}{% endif %}</th><td class="metrics-number">'
    '{{ row.value|default_if_none:"–" }}</td></tr>{% endfor %}')


def test_breakdown_rows_are_the_html_of_the_template_loop():
    rows = [
        BreakdownRow(key="a", label="Kotihoito & <asuminen>", value=1234567,
                     url="/admin/metrics/tender/1/?a=1&b=2"),
        BreakdownRow(key="b", label="Ilman linkkiä", value=Decimal("12.5")),
        BreakdownRow(key="c", label="Ei arvoa", value=None),
        BreakdownRow(key="d", label="Nolla", value=0),
    ]
    for language in ("fi", "sv", "en"):
        with translation.override(language):
            assert breakdown_rows(rows) == LOOP.render(Context({"rows": rows}))
    with translation.override("fi"):
        assert "Kotihoito &amp; &lt;asuminen&gt;" in breakdown_rows(rows)
        assert "12,5" in breakdown_rows(rows)
