"""Who may read the metrics: one permission (`metrics.view_metrics`) behind the dashboard,
the per-item engagement figures, the organisation timelines and the follow-up reports."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from portal.core.views import permission_denied

PERMISSION = "metrics.view_metrics"


def can_view_metrics(user):
    return user.is_authenticated and user.has_perm(PERMISSION)


def metrics_view(view):
    """403 without the permission. (A PermissionDenied raised in an admin view would become a
    redirect to the dashboard, which says nothing to a file download.)"""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not can_view_metrics(request.user):
            return permission_denied(request, PermissionDenied(
                _("You do not have permission to see the metrics.")))
        return view(request, *args, **kwargs)

    return wrapper
