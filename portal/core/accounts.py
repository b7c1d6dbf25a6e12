"""How allauth fits the portal: users stay in their language, e-mail speaks as the portal."""

from email.utils import formataddr, parseaddr

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils.translation import get_language

from portal.notifications.domain import queue_rendered_email

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
        """Account e-mails go through the outbox like every other message, so an ESP outage
        delays a verification link instead of losing it. They hold sign-in and password
        links: the outbox keeps them confidential."""
        context = {"current_site": PortalSite(self.request), "request": self.request,
                   "email": email, **context}
        message = self.render_mail(template_prefix, email, context)
        html_body = next((content for content, mimetype in getattr(message, "alternatives", [])
                          if mimetype == "text/html"), "")
        text_body = message.body if message.content_subtype == "plain" else ""
        if message.content_subtype == "html":
            html_body = message.body
        queue_rendered_email(
            to=email, template=template_prefix, language=get_language(),
            subject=message.subject, text_body=text_body, html_body=html_body,
            headers={**message.extra_headers, "From": message.from_email}, confidential=True)
