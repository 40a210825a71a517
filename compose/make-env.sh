#!/bin/bash
# Writes compose/.env with a fresh random secret for every variable compose.yaml needs (docker compose reads it).
# Keeps an existing .env: delete it first to make new secrets (and the volumes that hold the old ones).
set -euo pipefail
cd "$(dirname "$0")"
if [ -e .env ]; then
  echo "compose/.env exists; keeping it" >&2
  exit 0
fi
secret() { LC_ALL=C tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 24; }
umask 077
{
  echo "# made by make-env.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ): the secrets of this deployment (docs/security.md)"
  for name in KAFKA_ADMIN_PASSWORD KAFKA_KEYSTORE_PASSWORD \
      ORCHESTRATOR_KAFKA_PASSWORD BANK_A_KAFKA_PASSWORD BANK_B_KAFKA_PASSWORD CLIENT_KAFKA_PASSWORD \
      OPERATOR_KAFKA_PASSWORD MYSQL_ROOT_PASSWORD ORCHESTRATOR_DB_PASSWORD BANK_A_DB_PASSWORD BANK_B_DB_PASSWORD \
      HTTP_CLIENT_PASSWORD HTTP_OPERATOR_PASSWORD HTTP_ADMIN_PASSWORD KAFBAT_UI_PASSWORD; do
    echo "$name=$(secret)"
  done
} > .env
echo "wrote compose/.env"
