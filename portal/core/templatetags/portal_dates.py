"""Template filters for dates and times the county's way (see portal.core.dates):
{{ event.start|date_range:event.end }}, {{ deadline|moment }}, {{ day|short_date }}.

In HTML the date and the time each stay on one line; where autoescaping is off (the text
versions of e-mails) the filters give plain text."""

from django import template

from portal.core.dates import format_date, format_moment, format_range

register = template.Library()


@register.filter(needs_autoescape=True)
def date_range(start, end, autoescape=True):
    return format_range(start, end, html=autoescape) if start else ""


@register.filter(needs_autoescape=True)
def moment(value, autoescape=True):
    return format_moment(value, html=autoescape) if value else ""


@register.filter
def short_date(value):
    return format_date(value) if value else ""
