"""The outbox in the Wagtail admin, under Settings: staff read the messages (no adding or
editing) and may take an address off the suppression list."""

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import OutboundEmail, SuppressedAddress


class LimitedActionsPermissionPolicy(ModelPermissionPolicy):
    """The model's Django permissions, for the given actions only: nobody, not even a
    superuser, may do the others in the admin."""

    def __init__(self, model, actions):
        super().__init__(model)
        self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in self.actions])


OUTBOX_ACTIONS = {"view"}
SUPPRESSION_ACTIONS = {"view", "delete"}
# Registered before the viewsets, so that they use these policies instead of the default.
register_permission_policy(OutboundEmail,
                           LimitedActionsPermissionPolicy(OutboundEmail, OUTBOX_ACTIONS),
                           exact_class=True)
register_permission_policy(SuppressedAddress,
                           LimitedActionsPermissionPolicy(SuppressedAddress,
                                                          SUPPRESSION_ACTIONS),
                           exact_class=True)


class NoAddOrEditViewSet(ModelViewSet):
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_settings_menu = True
    actions = OUTBOX_ACTIONS
    # Never used (no one may add or edit), but a model viewset wants to know.
    form_fields = []

    def get_permissions_to_register(self):
        # Only the permissions that mean something here appear in the group editor.
        content_type = ContentType.objects.get_for_model(self.model, for_concrete_model=False)
        return Permission.objects.filter(
            content_type=content_type,
            codename__in=[get_permission_codename(action, self.model_opts)
                          for action in self.actions])


class OutboundEmailViewSet(NoAddOrEditViewSet):
    model = OutboundEmail
    name = "outbox"
    icon = "mail"
    menu_label = _("Outbox")
    menu_order = 900
    list_display = ["to", "subject", "status", "delivery_status", "attempts", "created_at",
                    "sent_at"]
    list_filter = ["status", "delivery_status", "language", "template"]
    search_fields = ["to", "subject"]
    inspect_view_fields = [
        "to", "language", "template", "subject", "status", "attempts", "next_attempt_at",
        "last_attempt_at", "last_error", "created_at", "sent_at", "esp_message_id",
        "delivery_status", "delivery_updated_at", "idempotency_key", "headers", "text_body",
        "html_body",
    ]


class SuppressedAddressViewSet(NoAddOrEditViewSet):
    model = SuppressedAddress
    name = "suppressed_addresses"
    url_prefix = "suppressed-addresses"
    icon = "circle-xmark"
    menu_label = _("Suppressed addresses")
    menu_order = 901
    actions = SUPPRESSION_ACTIONS
    list_display = ["address", "reason", "created_at"]
    list_filter = ["reason"]
    search_fields = ["address"]
    inspect_view_fields = ["address", "reason", "detail", "created_at"]


@hooks.register("register_admin_viewset")
def register_outbox_viewsets():
    return [OutboundEmailViewSet(), SuppressedAddressViewSet()]
