#!/usr/bin/env bash
# Build (or reuse from the cache) a root filesystem tarball that stands in for the official
# python:3.11-slim-bookworm image where no registry is reachable, and print its path.
#
#   scripts/docker-standin.sh [PIP_COMMAND...]
#
# It is Debian bookworm (debootstrap --variant=minbase) with Debian's python3 (3.11, the same
# minor version as the official image) and python3-venv. As in the official image, `python`
# and `pip` come first on PATH (a venv at /usr/local) and `pip install` works as root without
# the "externally managed" error. The host's CA bundle and pip settings (see
# standin_pipconf.py) go in too, so pip inside a build reaches the index this host uses.
# The Debian mirror is the one apt is configured with here.
#
# The tarball is cached in $TUTORBOT_CI_CACHE (default /var/cache/tutorbot-ci) under a key
# made of this recipe, the pip settings and the CA bundle; set TUTORBOT_CI_REFRESH=1 to
# rebuild. Needs root and debootstrap.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cache="${TUTORBOT_CI_CACHE:-/var/cache/tutorbot-ci}"
suite=bookworm
packages=python3,python3-venv,python3-pip,ca-certificates
host_ca=/etc/ssl/certs/ca-certificates.crt
if [[ $# -gt 0 ]]; then pip_cmd=("$@"); else pip_cmd=(python3 -m pip); fi

log() { printf '[standin] %s\n' "$*" >&2; }

# The first Debian mirror apt uses for the main suite, from sources.list or deb822 .sources.
apt_mirror() {
    if [[ -n "${TUTORBOT_CI_MIRROR:-}" ]]; then echo "$TUTORBOT_CI_MIRROR"; return; fi
    local f found
    found="$(for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f $f ]] || continue
        awk -v s="$suite" '$1 == "deb" {
            i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
            if ($(i + 1) != s) next
            for (j = i + 2; j <= NF; j++) if ($j == "main") { print $i; exit }
        }' "$f"
    done)"
    found+=$'\n'"$(for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f $f ]] || continue
        # deb822 stanzas are separated by blank lines; RS="" reads one stanza per record.
        awk -v s="$suite" 'BEGIN { RS = ""; FS = "\n" } {
            uri = ""; deb = 0; hit = 0; main = 0
            for (i = 1; i <= NF; i++) {
                if ($i ~ /^#/) continue
                split($i, kv, ":[ \t]*"); k = kv[1]; v = substr($i, length(k) + 2)
                gsub(/^[ \t]+|[ \t]+$/, "", v)
                if (k == "Types" && v ~ /(^| )deb( |$)/) deb = 1
                if (k == "URIs") { split(v, u, " "); uri = u[1] }
                if (k == "Suites" && (" " v " ") ~ (" " s " ")) hit = 1
                if (k == "Components" && (" " v " ") ~ / main /) main = 1
                if (k == "Enabled" && v == "no") deb = 0
            }
            if (deb && hit && main && uri != "") { print uri; exit }
        }' "$f"
    done)"
    found="$(grep -m1 . <<<"$found" || true)"
    if [[ -n $found ]]; then echo "$found"; return; fi
    log "no Debian $suite mirror found in apt's sources; set TUTORBOT_CI_MIRROR"
    return 1
}

[[ $(id -u) -eq 0 ]] || { log "must run as root (debootstrap, chroot)"; exit 1; }
[[ -f $host_ca ]] || { log "no CA bundle at $host_ca"; exit 1; }

pipconf="$(python3 "$here/standin_pipconf.py" "${pip_cmd[@]}")"
key="$( { cat "$0"; printf '%s\n' "$pipconf"; cat "$host_ca"; } | sha256sum | cut -c1-16)"
tarball="$cache/standin-$suite-$key.tar"
if [[ -f $tarball && -z "${TUTORBOT_CI_REFRESH:-}" ]]; then
    log "cached: $tarball"
    echo "$tarball"
    exit 0
fi

command -v debootstrap >/dev/null || { log "debootstrap is not installed"; exit 1; }
mirror="$(apt_mirror)"
mkdir -p "$cache"
work="$(mktemp -d "$cache/build.XXXXXX")"
cleanup() {
    # debootstrap mounts /proc and /sys inside the target; leave nothing mounted behind.
    local m
    awk -v w="$work/" 'index($5, w) == 1 { print $5 }' /proc/self/mountinfo | sort -r |
        while read -r m; do umount -l "$m" || true; done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
root="$work/rootfs"

start=$SECONDS
log "debootstrap $suite from $mirror"
if ! debootstrap --variant=minbase --include="$packages" "$suite" "$root" "$mirror" \
        >"$work/debootstrap.log" 2>&1; then
    tail -n 40 "$work/debootstrap.log" >&2
    [[ -f $root/debootstrap/debootstrap.log ]] && tail -n 40 "$root/debootstrap/debootstrap.log" >&2
    log "debootstrap failed"
    exit 1
fi
log "debootstrap took $((SECONDS - start)) s"

# The host's CAs (including any local ones) so TLS through this network is trusted in builds.
cp "$host_ca" "$root/etc/ssl/certs/ca-certificates.crt"
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
fi
printf '%s\n' "$pipconf" >"$root/etc/pip.conf"

# `python`, `pip` first on PATH and pip usable as root, like the official image: a venv whose
# prefix is /usr/local (Debian's python3 stays untouched under /usr).
chroot "$root" /usr/bin/python3 -m venv /usr/local
rm -f "$root"/usr/local/bin/[Aa]ctivate*
chroot "$root" /usr/local/bin/pip --version >&2
chroot "$root" /usr/local/bin/python -c 'import ssl, sqlite3, venv, ensurepip' >&2

# Slim it like the official image: no package lists, no downloaded .debs, no docs.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb \
    "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/var/log/*.log \
    "$root"/debootstrap
: >"$root/etc/hostname"

tar --numeric-owner --xattrs -C "$root" -cf "$work/rootfs.tar" .
rm -f "$cache"/standin-"$suite"-*.tar
mv "$work/rootfs.tar" "$tarball"
log "built $tarball ($(du -h "$tarball" | cut -f1)) in $((SECONDS - start)) s"
echo "$tarball"
