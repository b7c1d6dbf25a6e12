"""Start a new version of the cached site chrome whenever what it shows may have changed."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .models import FooterLink, OrganisationDetails
from .navigation import forget_chrome


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    forget_chrome()


@receiver(post_delete)
@receiver(post_save)
def _chrome_record_changed(sender, **kwargs):
    # A page's title or menu flag can change with a plain save (for example through the
    # admin's "Show in menus" on a page that is then published; publishing is caught above),
    # the organisation's details and the sites are edited as records.
    if sender in (OrganisationDetails, FooterLink, Site) or (
        kwargs.get("signal") is post_delete and issubclass(sender, Page)
    ):
        forget_chrome()
