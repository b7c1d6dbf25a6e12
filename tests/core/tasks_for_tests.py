"""Background tasks used by the tests of task handling."""

from django_tasks import task


@task()
def add(a, b):
    return a + b


@task()
def fail_on_purpose():
    raise ValueError("this task fails on purpose")
