"""How allauth fits the portal: users stay in their language, e-mail speaks as the portal."""

from email.utils import formataddr, parseaddr

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils.translation import get_language

from .models import OrganisationDetails


def user_display(user):
    """People know themselves by their e-mail address, not the username made up for them."""
    return user.email or user.get_username()


class PortalSite:
    """What allauth's e-mails call "the site": the portal's name in the reader's language."""

    def __init__(self, request):
        details = OrganisationDetails.for_active_locale()
        self.name = details.portal_name if details else settings.WAGTAIL_SITE_NAME
        self.domain = request.get_host() if request else ""


class AccountAdapter(DefaultAccountAdapter):
    def _home(self):
        return f"/{get_language()}/"

    def get_login_redirect_url(self, request):
        return self._home()

    def get_logout_redirect_url(self, request):
        return self._home()

    def get_signup_redirect_url(self, request):
        return self._home()

    def get_from_email(self):
        _name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
        return formataddr((PortalSite(None).name, address))

    def send_mail(self, template_prefix, email, context):
        context = {"current_site": PortalSite(self.request), **context}
        super().send_mail(template_prefix, email, context)
