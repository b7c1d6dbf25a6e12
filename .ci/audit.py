"""Dependency audit: pip-audit over the installed environment (not the portal itself).

Fails on any known vulnerability. A package pip-audit could not look up is not a pass: it is
listed, and with AUDIT_REQUIRED=true (a CI with internet access) it fails the run too. Where
the vulnerability service cannot be reached, as on the development machine, whose PyPI mirror
has no per-release JSON and which has no route to OSV, every package is "not found" and the
audit says so plainly instead of printing "No known vulnerabilities found".
"""

import json
import os
import subprocess
import sys

venv = sys.argv[1] if len(sys.argv) > 1 else ".venv"
result = subprocess.run(  # noqa: S603  (our own venv's pip-audit, fixed arguments)
    [f"{venv}/bin/pip-audit", "--skip-editable", "--format", "json", "--progress-spinner", "off",
     "--timeout", "30"],
    capture_output=True, text=True, check=False)
try:
    report = json.loads(result.stdout)
except json.JSONDecodeError:
    print(result.stdout, result.stderr, sep="\n")
    sys.exit("pip-audit gave no report")

dependencies = report["dependencies"]
vulnerable = [d for d in dependencies if d.get("vulns")]
unaudited = [d for d in dependencies if d.get("skip_reason")]
for dependency in vulnerable:
    for vuln in dependency["vulns"]:
        fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed release"
        print(f"VULNERABLE {dependency['name']} {dependency['version']}: {vuln['id']} "
              f"(fixed in {fixed})")
audited = len(dependencies) - len(unaudited)
print(f"audited {audited} of {len(dependencies)} packages, {len(vulnerable)} vulnerable")
if unaudited:
    print(f"NOT AUDITED ({len(unaudited)}): the vulnerability service did not know them or "
          "could not be reached: " + ", ".join(sorted(d["name"] for d in unaudited)))
if vulnerable:
    sys.exit(1)
if unaudited and os.environ.get("AUDIT_REQUIRED", "").lower() == "true":
    sys.exit("AUDIT_REQUIRED is set and some packages could not be audited")
