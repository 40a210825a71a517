-- One database per service; Flyway creates the tables when each service first starts.
CREATE DATABASE IF NOT EXISTS orchestrator;
CREATE DATABASE IF NOT EXISTS bank_a;
CREATE DATABASE IF NOT EXISTS bank_b;
