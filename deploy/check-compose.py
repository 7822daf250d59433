#!/usr/bin/env python3
"""Checks the rendered compose file against what the app reads.

    docker compose --env-file <file> config --format json | python3 deploy/check-compose.py

Each app role must get the variables its entry point needs, all roles must agree on the Temporal
namespace, and deploy/temporal/setup.sh must register exactly the search attributes the workflows
declare in src/shared/search-attributes.ts.
"""
import base64
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
REQUIRED = {
    "migrate": ["DATABASE_URL", "SECRET_KEY"],
    "api": ["DATABASE_URL", "TEMPORAL_ADDRESS", "TEMPORAL_NAMESPACE", "PORT", "PUBLIC_BASE_URL",
            "TEMPORAL_WEB_URL", "OUTGOING_ALLOW_NETWORKS", "SECRET_KEY"],
    "worker": ["DATABASE_URL", "TEMPORAL_ADDRESS", "TEMPORAL_NAMESPACE", "SECRET_KEY",
               "OUTGOING_ALLOW_NETWORKS"],
}
COMMANDS = {
    "migrate": "dist/db/migrate-cli.js",
    "api": "dist/api/server.js",
    "worker": "dist/worker.js",
}

config = json.load(sys.stdin)
services = config["services"]
problems = []

for role, names in REQUIRED.items():
    env = services[role].get("environment") or {}
    for name in names:
        if name not in env or env[name] is None:
            problems.append(f"{role}: {name} is not set")
    command = services[role].get("command") or []
    if COMMANDS[role] not in command:
        problems.append(f"{role}: command {command} does not run {COMMANDS[role]}")
    key = env.get("SECRET_KEY")
    if key is not None:
        try:
            if len(base64.b64decode(key, validate=True)) != 32:
                problems.append(f"{role}: SECRET_KEY does not decode to 32 bytes")
        except ValueError:
            problems.append(f"{role}: SECRET_KEY is not base64")
    token = env.get("ADMIN_TOKEN")
    if token is not None and len(token.strip()) < 16:
        problems.append(f"{role}: ADMIN_TOKEN is set but shorter than 16 characters (the app rejects it)")

namespaces = {name: (services[name].get("environment") or {}).get("TEMPORAL_NAMESPACE")
              for name in ("api", "worker", "temporal-setup")}
if len(set(namespaces.values())) != 1:
    problems.append(f"TEMPORAL_NAMESPACE differs between services: {namespaces}")

images = {services[name].get("image") for name in COMMANDS}
if len(images) != 1:
    problems.append(f"app roles use different images: {images}")

def normalise(kind):
    return kind.replace("_", "").lower()  # KEYWORD_LIST (SDK) ~ KeywordList (CLI)


declared = {(name, normalise(kind)) for name, kind in re.findall(
    r"defineSearchAttributeKey\('(\w+)',\s*SearchAttributeType\.(\w+)\)",
    (ROOT / "src/shared/search-attributes.ts").read_text())}
setup = (ROOT / "deploy/temporal/setup.sh").read_text()
registered = {(name, normalise(kind)) for name, kind in re.findall(
    r"(\w+)=(\w+)", re.search(r'SEARCH_ATTRIBUTES="([^"]*)"', setup).group(1))}
if not declared or declared != registered:
    problems.append(f"search attributes: workflows declare {sorted(declared)}, setup.sh registers {sorted(registered)}")

for problem in problems:
    print(f"check-compose: {problem}")
print(f"check-compose: {len(services)} services, "
      f"{'OK' if not problems else str(len(problems)) + ' problem(s)'}")
sys.exit(1 if problems else 0)
