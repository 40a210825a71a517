#!/bin/bash
# One database per service and one user per service, allowed its own database only; the passwords come from the
# environment (compose/.env). Flyway creates the tables when each service first starts.
set -euo pipefail
mysql --user=root --password="$MYSQL_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS orchestrator;
CREATE DATABASE IF NOT EXISTS bank_a;
CREATE DATABASE IF NOT EXISTS bank_b;
CREATE USER IF NOT EXISTS 'orchestrator'@'%' IDENTIFIED BY '$ORCHESTRATOR_DB_PASSWORD';
CREATE USER IF NOT EXISTS 'bank_a'@'%' IDENTIFIED BY '$BANK_A_DB_PASSWORD';
CREATE USER IF NOT EXISTS 'bank_b'@'%' IDENTIFIED BY '$BANK_B_DB_PASSWORD';
GRANT ALL PRIVILEGES ON orchestrator.* TO 'orchestrator'@'%';
GRANT ALL PRIVILEGES ON bank_a.* TO 'bank_a'@'%';
GRANT ALL PRIVILEGES ON bank_b.* TO 'bank_b'@'%';
SQL
