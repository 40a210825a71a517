#!/bin/bash
# The broker of compose.yaml: formats its log folder the first time, with the super user admin already in the
# metadata (as docs/security.md shows), then starts.
set -euo pipefail
config=/etc/tcc/kafka/server.properties
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted --cluster-id "$KAFKA_CLUSTER_ID" --config "$config" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]"
exec /opt/kafka/bin/kafka-server-start.sh "$config"
