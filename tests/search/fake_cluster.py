"""A stand-in for an Elasticsearch node on loopback, for the fault tests only.

No Elasticsearch can be installed on this machine, so the fallback and catch-up paths are
exercised against this HTTP server: the real client sends real requests to it, and it
answers the bulk endpoint as a node would (or slowly, or not at all). The queries
themselves are checked against a real cluster in test_elasticsearch_live.py.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeCluster:
    def __init__(self, delay=0.0):
        self.delay = delay
        self.bulk_lines = []
        cluster = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self, body, status=200):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):  # noqa: N802  (http.server's naming)
                length = int(self.headers.get("Content-Length", 0))
                body = self.rfile.read(length).decode()
                time.sleep(cluster.delay)
                if self.path.startswith("/_bulk"):
                    lines = [json.loads(line) for line in body.splitlines() if line.strip()]
                    cluster.bulk_lines.extend(lines)
                    items = [{next(iter(line)): {"status": 200}} for line in lines
                             if next(iter(line)) in ("index", "delete")]
                    self._answer({"took": 1, "errors": False, "items": items})
                else:
                    self._answer({"error": "not served by the fake"}, status=500)

            do_GET = do_PUT = do_POST  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def indexed_ids(self):
        return [line["index"]["_id"] for line in self.bulk_lines if "index" in line]
