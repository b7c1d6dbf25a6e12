"""Background work of the interests: telling a tender's followers of its changes."""

from django_tasks import task

from .followers import tell_followers


@task()
def tell_followers_of_change(tender_key, entry_ids):
    return len(tell_followers(tender_key, entry_ids))
