# syntax=docker/dockerfile:1

# --- Build stage: compile psycopg2 and install the requirements into a venv.
FROM python:3.11-slim-bookworm AS builder
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential libpq-dev \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /venv
ENV PATH=/venv/bin:$PATH
COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir -r /tmp/requirements.txt

# --- Runtime stage: the venv, the code, collected static files, no compilers.
FROM python:3.11-slim-bookworm
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 wyhp
COPY --from=builder /venv /venv
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=wyhp_site.settings.production \
    PORT=8000
WORKDIR /app
COPY . /app
# collectstatic needs settings to load, not real secrets: these values exist only in this step.
RUN SECRET_KEY=collectstatic-only-not-a-secret ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --no-input -v 0 \
    && mkdir -p /app/media && chown wyhp:wyhp /app/media
USER wyhp
EXPOSE 8000
# Migrations are a separate release step: docker compose run --rm web python manage.py migrate
CMD ["gunicorn", "-c", "gunicorn.conf.py", "wyhp_site.wsgi:application"]
