# The tutor bot as a container: `docker compose up -d` (see docker-compose.yml and README).

# --- builder: the package and its dependencies in a venv that the final stage copies ---
FROM python:3.11-slim-bookworm AS builder

ENV PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src

# Dependencies first, from pyproject alone, so a code change does not download them again.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
    && pip install --no-cache-dir -r /tmp/requirements.txt

COPY README.md ./
COPY bot ./bot
COPY content ./content
RUN pip install --no-cache-dir --no-deps . \
    && tutorbot check-content content

# --- final: the venv, the notes and an unprivileged user; nothing else ---
FROM python:3.11-slim-bookworm

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH \
    TUTOR_DB=/data/tutor.db \
    TUTOR_CONTENT_DIR=/app/content \
    TUTOR_HEARTBEAT=/tmp/tutorbot.heartbeat \
    TUTOR_ON_FATAL=wait \
    MPLCONFIGDIR=/tmp/matplotlib

# The root filesystem may be read-only (see docker-compose.yml): the bot writes only to /data
# (the database) and /tmp (heartbeat, matplotlib's cache).
RUN groupadd --gid 10001 tutor \
    && useradd --no-log-init --uid 10001 --gid tutor --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin tutor \
    && mkdir -p /data /app \
    && chown tutor:tutor /data

COPY --from=builder /opt/venv /opt/venv
COPY content /app/content
WORKDIR /app
USER 10001:10001
VOLUME /data

# `tutorbot health` fails when the repeating job that touches the heartbeat file has stopped,
# that is, when the bot's event loop is stuck or gone.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["tutorbot", "health"]
CMD ["tutorbot", "run"]
