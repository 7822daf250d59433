#!/usr/bin/env python3
"""Checks the optional observability profile of docker-compose.yml without a Docker engine.

    python3 deploy/check-observability.py

Prometheus and Grafana must stay behind the `observability` profile; every file they mount must exist; Prometheus
must scrape the API and worker services on the ports the app listens on; Grafana's dashboard must use the
provisioned data source and be where its provider looks.
"""
import json
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
services = compose["services"]
problems = []

for name in ("prometheus", "grafana"):
    service = services.get(name)
    if not service:
        problems.append(f"{name}: missing")
        continue
    if service.get("profiles") != ["observability"]:
        problems.append(f"{name}: must run only with --profile observability, has {service.get('profiles')}")
    for volume in service.get("volumes", []):
        source = volume.split(":")[0]
        if source.startswith("./") and not (ROOT / source).exists():
            problems.append(f"{name}: mounts {source}, which does not exist")
    for port in service.get("ports", []):
        if not str(port).startswith("127.0.0.1:"):
            problems.append(f"{name}: port {port} is published beyond loopback")
    if name not in compose.get("volumes", {}) and f"{name}-data" not in compose.get("volumes", {}):
        problems.append(f"{name}: its data volume is not declared")

app_env = compose["x-app-environment"]
ports = {"api": str(app_env["PORT"]), "worker": str(services["worker"]["environment"]["WORKER_METRICS_PORT"])}
prometheus = yaml.safe_load((ROOT / "deploy/prometheus/prometheus.yml").read_text())
scraped = {}
for job in prometheus["scrape_configs"]:
    if job.get("metrics_path") != "/metrics":
        problems.append(f"prometheus job {job['job_name']}: metrics_path is not /metrics")
    for sd in job.get("dns_sd_configs", []):
        for target in sd["names"]:
            scraped[target] = str(sd["port"])
for role, port in ports.items():
    if scraped.get(role) != port:
        problems.append(f"prometheus scrapes {role} on {scraped.get(role)}, the app listens on {port}")

datasources = yaml.safe_load((ROOT / "deploy/grafana/provisioning/datasources/prometheus.yml").read_text())["datasources"]
uids = {d["uid"] for d in datasources}
if not any(d["url"] == "http://prometheus:9090" for d in datasources):
    problems.append("grafana: no data source points at the prometheus service")
provider = yaml.safe_load((ROOT / "deploy/grafana/provisioning/dashboards/callhooks.yml").read_text())["providers"][0]
mounts = {v.split(":")[1]: v.split(":")[0] for v in services["grafana"]["volumes"] if v.startswith("./")}
if mounts.get(provider["options"]["path"]) != "./deploy/grafana/dashboards":
    problems.append(f"grafana: the dashboard provider reads {provider['options']['path']}, where the dashboards are not mounted")
dashboard = json.loads((ROOT / "deploy/grafana/dashboards/callhooks.json").read_text())
for panel in dashboard["panels"]:
    for target in [panel, *panel.get("targets", [])]:
        uid = target.get("datasource", {}).get("uid")
        if uid not in uids:
            problems.append(f"dashboard panel {panel['title']!r}: data source {uid} is not provisioned")
        if target is not panel and not target.get("expr"):
            problems.append(f"dashboard panel {panel['title']!r}: a target without a query")

if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"check-observability: prometheus scrapes {sorted(scraped)}, grafana has {len(dashboard['panels'])} panels, OK")
