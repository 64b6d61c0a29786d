#!/usr/bin/env python3
"""Loads infra/rabbitmq/definitions.json into a running broker and gives each of its users a password.

The checked-in definitions hold no passwords. This script sets each user "returns-<name>" to the password
in RABBITMQ_<NAME>_PASSWORD (RABBITMQ_LABELS_PASSWORD, RABBITMQ_OPERATOR_PASSWORD, ...), or to the dev
default "<name>-dev" that .env.example also uses, then imports the rest of the file (virtual host,
permissions, policies, the returns-unrouted exchange and queue). Users first: an import of a user without
a password would lock a running service out until its password is set again.

It talks to the management HTTP API as an administrator:
  RABBITMQ_MANAGEMENT_URL   default http://127.0.0.1:15672
  RABBITMQ_ADMIN_USER       default guest (the broker's loopback-only account on a local install)
  RABBITMQ_ADMIN_PASSWORD   default guest
  RABBITMQ_WAIT_SECONDS     how long to wait for the API to answer first, default 60

Used by infra/run.sh (through infra/lib/rabbitmq.sh) and by docker-compose.yml's rabbitmq-definitions job.
Safe to run again: every step replaces what is there. Python 3 standard library only.
"""

import base64
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

USER_PREFIX = "returns-"


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "definitions.json")
    with open(path, encoding="utf-8") as file:
        definitions = json.load(file)

    api = Management(
        os.environ.get("RABBITMQ_MANAGEMENT_URL", "http://127.0.0.1:15672"),
        os.environ.get("RABBITMQ_ADMIN_USER", "guest"),
        os.environ.get("RABBITMQ_ADMIN_PASSWORD", "guest"))
    api.wait(int(os.environ.get("RABBITMQ_WAIT_SECONDS", "60")))

    users = definitions.pop("users", [])
    for user in users:
        name = user["name"]
        if not name.startswith(USER_PREFIX):
            raise SystemExit(f"{path}: user {name} is not named {USER_PREFIX}<name>, so no password variable names it")
        suffix = name[len(USER_PREFIX):]
        password = os.environ.get(f"RABBITMQ_{suffix.upper()}_PASSWORD") or f"{suffix}-dev"
        api.request("PUT", f"/api/users/{quote(name)}", {"password": password, "tags": ",".join(user.get("tags", []))})

    api.request("POST", "/api/definitions", definitions)
    vhosts = ", ".join(v["name"] for v in definitions.get("vhosts", []))
    print(f"RabbitMQ: definitions applied (virtual host {vhosts}; users {', '.join(u['name'] for u in users)})")
    return 0


def quote(segment: str) -> str:
    return urllib.parse.quote(segment, safe="")


class Management:
    def __init__(self, url: str, user: str, password: str):
        self.url = url.rstrip("/")
        self.user = user
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    def wait(self, seconds: int) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                self.request("GET", "/api/overview")
                return
            except (urllib.error.URLError, ConnectionError) as error:
                # A refused login will not get better by waiting; a broker still starting will.
                if isinstance(error, urllib.error.HTTPError) and error.code in (401, 403):
                    raise SystemExit(f"RabbitMQ: {self.user} may not use the management API at {self.url} ({error.code}); "
                                     "set RABBITMQ_ADMIN_USER and RABBITMQ_ADMIN_PASSWORD to an administrator's login")
                if time.monotonic() > deadline:
                    raise SystemExit(f"RabbitMQ: the management API at {self.url} did not answer within {seconds} s ({error})")
                time.sleep(1)

    def request(self, method: str, path: str, body=None) -> None:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"Authorization": self.auth, "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
        except urllib.error.HTTPError as error:
            if method == "GET":
                raise
            raise SystemExit(f"RabbitMQ: {method} {path} failed with {error.code}: {error.read().decode(errors='replace')}")


if __name__ == "__main__":
    sys.exit(main())
