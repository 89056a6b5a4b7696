#!/usr/bin/env python3
"""Evaluates every Grafana panel query against a real Prometheus scraping the local run.

Started by check-dashboards.sh (read it first). Starts `prometheus` on a free 127.0.0.1 port with a
temporary TSDB, scraping the services every 5 s and loading alerts.yml; waits for a few scrapes; then
  - every alert rule must evaluate without error (firing or not),
  - every dashboard variable's query must give at least one value,
  - every panel target must evaluate without error and give a non-empty result. A target that uses a
    variable is evaluated once per value; it must not error for any value and be non-empty for at
    least one (a service-desk panel is empty for a unit that is no service desk, by design).
Exits 1 listing every failure. Python standard library only.
"""
import glob
import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
DASHBOARDS = os.environ.get("TELEFONPOLICY_DASHBOARDS", os.path.join(HERE, "..", "grafana", "dashboards"))
RULES = os.path.join(HERE, "alerts.yml")
# the local run's ports (run-local.sh); override with "job=host:port,job=host:port"
DEFAULT_TARGETS = ("directory-service=127.0.0.1:8081,availability-service=127.0.0.1:8082,"
                   "callback-service=127.0.0.1:8083,compliance-service=127.0.0.1:8084,pbx-connector=127.0.0.1:8085")
SCRAPE_SECONDS = 5
MIN_SCRAPES = 3
STARTUP_TIMEOUT = 90
MAX_VARIABLE_COMBINATIONS = 200
# Grafana's built-in interval variables, as a dashboard over the last hour would set them
BUILTINS = {"__rate_interval": "1m", "__interval": "30s", "__interval_ms": "30000", "__range": "1h",
            "__range_s": "3600", "__range_ms": "3600000"}


def log(msg):
    print(msg, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def targets():
    pairs = os.environ.get("TELEFONPOLICY_SCRAPE_TARGETS", DEFAULT_TARGETS)
    return [tuple(p.strip().split("=", 1)) for p in pairs.split(",") if p.strip()]


def write_config(workdir):
    lines = ["global:", f"  scrape_interval: {SCRAPE_SECONDS}s", f"  evaluation_interval: {SCRAPE_SECONDS}s",
             "rule_files:", f"  - {json.dumps(RULES)}", "scrape_configs:"]
    for job, address in targets():
        lines += [f"  - job_name: {json.dumps(job)}", "    metrics_path: /q/metrics",
                  "    static_configs:", f"      - targets: [{json.dumps(address)}]"]
    path = os.path.join(workdir, "prometheus.yml")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


class Prometheus:
    def __init__(self, base):
        self.base = base

    def get(self, path, params=None):
        url = self.base + path + ("?" + urllib.parse.urlencode(params) if params else "")
        with urllib.request.urlopen(url, timeout=10) as r:
            return json.load(r)

    def query(self, expr):
        """(result list or None, error message or None)"""
        data = urllib.parse.urlencode({"query": expr}).encode()
        try:
            with urllib.request.urlopen(self.base + "/api/v1/query", data=data, timeout=30) as r:
                body = json.load(r)
        except urllib.error.HTTPError as e:
            try:
                body = json.load(e)
            except ValueError:
                return None, f"HTTP {e.code}"
        if body.get("status") != "success":
            return None, f"{body.get('errorType')}: {body.get('error')}"
        result = body["data"]["result"]
        if body["data"]["resultType"] in ("scalar", "string"):
            result = [result]
        return result, None


def wait_until(what, check, timeout):
    end = time.time() + timeout
    while True:
        try:
            if check():
                return
        except (OSError, ValueError, KeyError):
            pass
        if time.time() > end:
            raise SystemExit(f"FEL: {what} inom {timeout} s")
        time.sleep(1)


def substitute(expr, values):
    expr = re.sub(r"\$\{(__\w+)\}|\$(__\w+)", lambda m: BUILTINS.get(m.group(1) or m.group(2), m.group(0)), expr)
    for name, value in values.items():
        expr = re.sub(r"\$\{" + name + r"(:\w+)?\}|\[\[" + name + r"\]\]|\$" + name + r"\b", lambda m: value, expr)
    return expr


def js_regex(regex):
    """Grafana's /pattern/flags with JavaScript named groups → a Python pattern."""
    m = re.fullmatch(r"/(.*)/([gimsuy]*)", regex, re.S)
    pattern, flags = (m.group(1), m.group(2)) if m else (regex, "")
    return re.compile(pattern.replace("(?<", "(?P<").replace("(?P<=", "(?<=").replace("(?P<!", "(?<!"),
                      re.I if "i" in flags else 0)


def variable_options(prom, variable):
    """The values Grafana would offer for a query variable (label_values / query_result)."""
    query = variable.get("query")
    if isinstance(query, dict):
        query = query.get("query")
    query = (query or variable.get("definition") or "").strip()
    texts = []
    m = re.fullmatch(r"label_values\((?:(.*),\s*)?(\w+)\s*\)", query, re.S)
    if m:
        expr, label = m.group(1), m.group(2)
        result, error = prom.query(f"group by ({label}) ({expr})" if expr else f"group by ({label}) ({{{label}!=\"\"}})")
        if error:
            return None, error
        texts = sorted({s["metric"][label] for s in result if label in s["metric"]})
    else:
        m = re.fullmatch(r"query_result\((.*)\)", query, re.S)
        if not m:
            return None, f"variabelfrågan stöds inte av kontrollen: {query}"
        result, error = prom.query(m.group(1))
        if error:
            return None, error
        for s in result:  # formatted as Grafana does: name{labels} value timestamp
            labels = dict(s["metric"])
            name = labels.pop("__name__", "")
            body = ",".join(f'{k}="{v}"' for k, v in labels.items())
            texts.append(f"{name}{{{body}}} {s['value'][1]} {int(float(s['value'][0]) * 1000)}")
    values = []
    regex = variable.get("regex")
    for text in texts:
        if regex:
            m = js_regex(regex).search(text)
            if not m:
                continue
            groups = m.groupdict()
            text = groups.get("value") or (m.group(1) if m.groups() else m.group(0))
        if text not in values:
            values.append(text)
    return values, None


def panels_of(panels):
    for p in panels:
        yield p
        yield from panels_of(p.get("panels", []))


def check_rules(prom, failures):
    def all_evaluated():  # health is "unknown" until a rule's first evaluation
        groups = prom.get("/api/v1/rules")["data"]["groups"]
        return groups and all(r.get("health") != "unknown" for g in groups for r in g["rules"])
    wait_until("larmreglerna utvärderades inte", all_evaluated, 30)
    count = 0
    for group in prom.get("/api/v1/rules")["data"]["groups"]:
        for rule in group["rules"]:
            count += 1
            if rule.get("health") == "err":
                failures.append(f"larmregel {rule['name']}: {rule.get('lastError')}")
            elif rule.get("state") == "firing":
                log(f"  info: larmet {rule['name']} är aktivt just nu")
    log(f"Larmregler: {count} utvärderade")


def check_dashboard(prom, path, failures):
    with open(path, encoding="utf-8") as f:
        board = json.load(f)
    title = board.get("title", os.path.basename(path))
    options = {}
    for variable in board.get("templating", {}).get("list", []):
        if variable.get("type") != "query":
            continue
        values, error = variable_options(prom, variable)
        if error or not values:
            failures.append(f"{title} / variabel ${variable['name']}: {error or 'inga värden'}")
            return
        options[variable["name"]] = values
        log(f"  ${variable['name']}: {len(values)} värden ({', '.join(values[:5])}{' …' if len(values) > 5 else ''})")
    checked = 0
    for panel in panels_of(board.get("panels", [])):
        for target in panel.get("targets", []):
            expr = target.get("expr")
            if not expr or target.get("hide"):
                continue
            checked += 1
            where = f"{title} / {panel.get('title')} / {target.get('refId')}"
            used = [n for n in options if re.search(r"\$\{?" + n + r"\b|\[\[" + n + r"\]\]", expr)]
            combos = list(itertools.islice(itertools.product(*(options[n] for n in used)), MAX_VARIABLE_COMBINATIONS))
            empty_for = []
            for combo in combos:
                values = dict(zip(used, combo))
                final = substitute(expr, values)
                result, error = prom.query(final)
                if error:
                    failures.append(f"{where}: fel för {values or 'frågan'}: {error}\n      {final}")
                    break
                if not result:
                    empty_for.append(values)
            else:
                if len(empty_for) == len(combos):
                    failures.append(f"{where}: tomt resultat{' för alla värden' if used else ''}\n      "
                                    f"{substitute(expr, dict(zip(used, combos[0])))}")
                elif empty_for:
                    log(f"  info: {where}: tomt för {len(empty_for)} av {len(combos)} värden")
    log(f"{title}: {checked} paneluttryck")


def main():
    workdir = tempfile.mkdtemp(prefix="check-dashboards-")
    port = free_port()
    config = write_config(workdir)
    binary = shutil.which("prometheus")
    if not binary:
        raise SystemExit("FEL: prometheus saknas (Debian-paketet prometheus)")
    logfile = open(os.path.join(workdir, "prometheus.log"), "w")
    process = subprocess.Popen([binary, f"--config.file={config}", f"--storage.tsdb.path={workdir}/data",
                                f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
                               stdout=logfile, stderr=subprocess.STDOUT)
    prom = Prometheus(f"http://127.0.0.1:{port}")
    failures = []
    try:
        log(f"Prometheus {port} (pid {process.pid}) skrapar var {SCRAPE_SECONDS}:e sekund: "
            + ", ".join(f"{j}={a}" for j, a in targets()))
        def ready():
            if process.poll() is not None:
                raise SystemExit("FEL: prometheus avslutades:\n" + open(logfile.name).read()[-2000:])
            return urllib.request.urlopen(prom.base + "/-/ready", timeout=2).status == 200
        wait_until("prometheus blev inte redo", ready, 30)
        def scraped():
            result, _ = prom.query(f"min(count_over_time(up[5m])) >= {MIN_SCRAPES}")
            return bool(result)
        wait_until(f"{MIN_SCRAPES} skrapningar blev inte klara", scraped, STARTUP_TIMEOUT)
        for t in prom.get("/api/v1/targets")["data"]["activeTargets"]:
            state = "uppe" if t["health"] == "up" else f"NERE ({t.get('lastError')})"
            log(f"  {t['labels']['job']:<22} {t['scrapeUrl']:<40} {state}")
        check_rules(prom, failures)
        for path in sorted(glob.glob(os.path.join(DASHBOARDS, "*.json"))):
            check_dashboard(prom, path, failures)
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
        logfile.close()
        shutil.rmtree(workdir, ignore_errors=True)
    if failures:
        log(f"\nFEL: {len(failures)} problem:")
        for f in failures:
            log(f"  - {f}")
        return 1
    log("OK: alla panelfrågor ger ett svar, inga larmregler fallerar")
    return 0


if __name__ == "__main__":
    sys.exit(main())
