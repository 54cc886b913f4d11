#!/usr/bin/env python3
"""Incremental rebuild through `publish serve`: edit one briefing, time until serve reports the rebuild.

    incremental.py PUBLISH SITE_DIR EDIT_TARGET RUNS SAMPLES_CSV RUN_DIR

Starts `publish serve --no-pdf` on a free port (like the publish-full row, which builds --no-pdf), waits for the first build (the port answers and the log
goes quiet after its "Serving …" line), then RUNS+1 times (round 0 = warm-up) appends a sentence to EDIT_TARGET and measures
the wall time from the write to serve's next log line that mentions a (re)build. Peak memory is
serve's VmHWM. The file is restored and serve stopped (by its own pid) at the end.
"""
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time

publish, site, target, runs, samples, run_dir = sys.argv[1:7]
runs = int(runs)
path = os.path.join(site, target)
original = open(path, encoding="utf-8").read()

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]

log = open(os.path.join(run_dir, "incremental-serve.log"), "w")
proc = subprocess.Popen([publish, "serve", "--no-pdf", "--site", site, "--port", str(port)], stdout=subprocess.PIPE,
                        stderr=subprocess.STDOUT, text=True, bufsize=1)
lines = []  # (time, text)
cond = threading.Condition()


def reader():
    for line in proc.stdout:
        log.write(line)
        log.flush()
        with cond:
            lines.append((time.monotonic(), line))
            cond.notify_all()


threading.Thread(target=reader, daemon=True).start()


def peak_kb():
    try:
        for line in open("/proc/%d/status" % proc.pid):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def port_open():
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


rows = []
try:
    deadline = time.monotonic() + 600
    while not port_open():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("serve did not start")
        time.sleep(0.05)
    while True:  # the first build is done when serve says it is serving and the log is quiet
        with cond:
            last = lines[-1][0] if lines else time.monotonic()
            serving = any(text.startswith("Serving") for _, text in lines)
        if serving and time.monotonic() - last > 1.0:
            break
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("serve did not finish its first build")
        time.sleep(0.1)
    rebuilt = re.compile(r"(?i)rebuil|built|updated|reload")
    for r in range(runs + 1):
        with cond:
            seen = len(lines)
        t0 = time.monotonic()
        with open(path, "w", encoding="utf-8") as f:
            f.write(original + "\nEdited for the benchmark, round %d.\n" % r)
        t1 = None
        with cond:
            while t1 is None:
                for t, text in lines[seen:]:
                    if rebuilt.search(text):
                        t1 = t
                        break
                seen = len(lines)
                if t1 is None and not cond.wait(timeout=10):
                    raise SystemExit("no rebuild reported within 10 s")
        rows.append("incremental,publish-serve,%d,%.6f,%d,ok\n" % (r, t1 - t0, peak_kb()))
        time.sleep(0.3)
finally:
    with open(path, "w", encoding="utf-8") as f:
        f.write(original)
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
    with open(samples, "a") as f:
        f.writelines(rows)
