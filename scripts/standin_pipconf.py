"""Print a pip.conf for the stand-in base image that reaches the same package index as this host.

The host's pip settings (config files and PIP_* variables, as `pip config list` reports them)
are carried over, except those that point at this machine's own disk (file:// indexes,
find-links folders, constraint files), which do not exist inside a container. The CA bundle is
always the image's /etc/ssl/certs/ca-certificates.crt, which the stand-in builder replaces with
the host's bundle, so an index behind a TLS-inspecting proxy is trusted too.

Usage: python standin_pipconf.py [PIP_COMMAND...]   (default: the running interpreter's pip)
"""

from __future__ import annotations

import configparser
import io
import os
import shlex
import subprocess
import sys

CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
# Options that name local files or folders of this host: meaningless in the image.
LOCAL_ONLY = {
    "find-links",
    "constraint",
    "constraints",
    "requirement",
    "cache-dir",
    "log",
    "client-cert",
    "cert",
    "build",
    "src",
    "target",
    "prefix",
    "root",
    "user",
}
URL_LISTS = {"index-url", "extra-index-url"}


def pip_settings(pip_cmd: list[str]) -> dict[str, str]:
    """Return pip's effective options as {option: value}, later sources overriding earlier."""
    out = subprocess.run(
        [*pip_cmd, "config", "list"], check=True, capture_output=True, text=True
    ).stdout
    settings: dict[str, str] = {}
    for line in out.splitlines():
        key, sep, value = line.partition("=")
        if not sep:
            continue
        _section, _, option = key.partition(".")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        settings[option.strip()] = value
    return settings


def keep_remote(option: str, value: str) -> str | None:
    """Drop what only exists on this host; return the value to write, or None."""
    if option in LOCAL_ONLY:
        return None
    if option in URL_LISTS:
        urls = [u for u in value.split() if not u.startswith("file:") and "://" in u]
        return " ".join(urls) or None
    return value


def main() -> int:
    pip_cmd = sys.argv[1:] or [sys.executable, "-m", "pip"]
    settings = pip_settings(pip_cmd)
    # A proxy given only through the environment must reach pip inside the build as well.
    for var in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        if os.environ.get(var) and "proxy" not in settings:
            settings["proxy"] = os.environ[var]
    conf = configparser.ConfigParser(interpolation=None)
    conf["global"] = {}
    for option, value in sorted(settings.items()):
        kept = keep_remote(option, value)
        if kept is not None:
            conf["global"][option] = kept
    conf["global"]["cert"] = CA_BUNDLE
    buf = io.StringIO()
    buf.write("# Written by scripts/standin_pipconf.py from: " + shlex.join(pip_cmd) + "\n")
    conf.write(buf)
    sys.stdout.write(buf.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
