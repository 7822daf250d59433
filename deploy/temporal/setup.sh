#!/bin/sh
# One-shot (temporal-setup service, temporalio/admin-tools image): once the server answers, creates
# the app's namespace if missing and registers the custom search attributes the call workflows set
# (src/shared/search-attributes.ts). Idempotent: an existing namespace or attribute is left alone.
set -eu
: "${TEMPORAL_ADDRESS:?}" "${TEMPORAL_NAMESPACE:?}"
RETENTION=${TEMPORAL_NAMESPACE_RETENTION:-720h}
# name=Type, as in SEARCH_ATTRIBUTE_DECLARATIONS.
SEARCH_ATTRIBUTES="CallOrgId=Keyword CallerNumber=Keyword CampaignId=Keyword"

retry() {
  attempt=1
  until "$@"; do
    if [ "$attempt" -ge 30 ]; then echo "temporal-setup: gave up on: $*"; return 1; fi
    attempt=$((attempt + 1)); sleep 2
  done
}

retry temporal operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null

namespace_exists() {
  temporal operator namespace describe --address "$TEMPORAL_ADDRESS" -n "$TEMPORAL_NAMESPACE" >/dev/null 2>&1
}
ensure_namespace() {
  namespace_exists || temporal operator namespace create --address "$TEMPORAL_ADDRESS" -n "$TEMPORAL_NAMESPACE" --retention "$RETENTION"
}
if namespace_exists; then
  echo "temporal-setup: namespace $TEMPORAL_NAMESPACE exists"
else
  retry ensure_namespace
  echo "temporal-setup: namespace $TEMPORAL_NAMESPACE created (retention $RETENTION)"
fi

for decl in $SEARCH_ATTRIBUTES; do
  # Adding an attribute that already exists is a no-op on SQL visibility.
  retry temporal operator search-attribute create --address "$TEMPORAL_ADDRESS" -n "$TEMPORAL_NAMESPACE" \
    --name "${decl%%=*}" --type "${decl##*=}"
done

listed=$(temporal operator search-attribute list --address "$TEMPORAL_ADDRESS" -n "$TEMPORAL_NAMESPACE")
for decl in $SEARCH_ATTRIBUTES; do
  name=${decl%%=*}
  if ! printf '%s\n' "$listed" | grep -qw "$name"; then
    echo "temporal-setup: search attribute $name is missing from $TEMPORAL_NAMESPACE"; exit 1
  fi
done
echo "temporal-setup: search attributes registered in $TEMPORAL_NAMESPACE: $SEARCH_ATTRIBUTES"
