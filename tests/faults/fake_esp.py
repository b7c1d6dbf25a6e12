"""A stand-in for an ESP's HTTP API on 127.0.0.1, spoken to by anymail's real Postmark
backend: it accepts messages, fails on demand (503), or holds a request unanswered (an ESP
call in flight when the sender is killed). It records what it accepted, so a test can tell
what reached the ESP once, twice or never."""

import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeESP:
    def __init__(self):
        self.accepted = []  # recipients of the messages answered with success, in order
        self.received = []  # recipients of every request, answered or not
        self.failures = 0  # answer the next this many requests with 503
        self.hold = set()  # recipients whose first request is held unanswered
        self.holding = threading.Event()  # set once a request is being held
        self._release = threading.Event()
        self._lock = threading.Lock()
        esp = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                to = body["To"]
                with esp._lock:
                    esp.received.append(to)
                    held = to in esp.hold
                    esp.hold.discard(to)
                    failing = not held and esp.failures > 0
                    if failing:
                        esp.failures -= 1
                if held:
                    esp.holding.set()
                    esp._release.wait(timeout=60)
                    return  # never answered: the sender is gone by now
                if failing:
                    self._answer(503, {"ErrorCode": 503, "Message": "Service Unavailable"})
                    return
                with esp._lock:
                    esp.accepted.append(to)
                self._answer(200, {"To": to, "SubmittedAt": "2026-11-23T06:00:00Z",
                                   "MessageID": str(uuid.uuid4()), "ErrorCode": 0,
                                   "Message": "OK"})

            def _answer(self, status, payload):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self):
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def anymail_settings(self):
        """Settings that send through anymail's Postmark backend to this server."""
        return {"EMAIL_BACKEND": "anymail.backends.postmark.EmailBackend",
                "ANYMAIL": {"POSTMARK_SERVER_TOKEN": "fault-tests", "POSTMARK_API_URL": self.url,
                            "REQUESTS_TIMEOUT": 10}}
