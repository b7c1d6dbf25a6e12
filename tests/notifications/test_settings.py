"""E-mail settings from the environment: the webhook secret, the ESP's own settings."""

import json

from tests.core.test_settings import PRODUCTION, run_manage

SHOW = ("import json; from django.conf import settings as s; "
        "print(json.dumps([s.EMAIL_BACKEND, s.ANYMAIL, s.EMAIL_MAX_ATTEMPTS]))")


def test_the_webhook_secret_and_the_esps_settings_come_from_anymail_variables():
    result = run_manage("shell", "-v", "0", "-c", SHOW, ANYMAIL_ESP="postmark",
                        ANYMAIL_POSTMARK_SERVER_TOKEN="token-from-postmark",
                        ANYMAIL_WEBHOOK_SECRET="postmark:s3cret", EMAIL_MAX_ATTEMPTS="8",
                        **PRODUCTION)
    backend, anymail, max_attempts = json.loads(result.stdout)
    assert backend == "anymail.backends.postmark.EmailBackend"
    assert anymail == {"POSTMARK_SERVER_TOKEN": "token-from-postmark",
                       "WEBHOOK_SECRET": "postmark:s3cret"}
    assert max_attempts == 8


def test_without_anymail_variables_e_mail_goes_to_the_console_six_attempts_at_most():
    result = run_manage("shell", "-v", "0", "-c", SHOW, **PRODUCTION)
    assert json.loads(result.stdout) == [
        "django.core.mail.backends.console.EmailBackend", {}, 6]


def test_check_deploy_warns_when_the_esps_webhook_has_no_secret():
    esp = {"ANYMAIL_ESP": "postmark", "ANYMAIL_POSTMARK_SERVER_TOKEN": "token", **PRODUCTION}
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **esp)
    assert result.returncode != 0
    assert "notifications.W001" in result.stderr

    result = run_manage("check", "--deploy", "--fail-level", "WARNING",
                        ANYMAIL_WEBHOOK_SECRET="postmark:s3cret", **esp)
    assert result.returncode == 0, result.stderr
