"""A fake Telegram Bot API server for end-to-end tests.

The real bot (python-telegram-bot with HTTP long polling, the ``tutorbot run`` subprocess or
a container on the host network) talks to this server over plain HTTP on 127.0.0.1, exactly as
it would talk to api.telegram.org.  The server records every call, lets the test enqueue
updates, answers bot methods with objects PTB can parse, and can inject faults.

Fidelity notes (behaviours copied from the real Bot API because bots trip over them):

* updates stay queued until a later ``getUpdates`` confirms them with ``offset``;
  ``deleteWebhook(drop_pending_updates=True)`` drops them, like Telegram does;
* ``allowed_updates`` is remembered between calls and filters delivery (by default
  ``chat_member``/``message_reaction*`` are not delivered);
* ``parse_mode=HTML`` texts are parsed strictly (``<br>`` or a stray ``<`` is a 400), the
  message keeps the plain text plus entities; MarkdownV2 gets a light check of reserved chars;
* sending to a chat the server has never seen is "chat not found" (see ``strict_chats``), and
  to a chat whose ``my_chat_member`` update said "kicked"/"left" is a 403;
* a second concurrent ``getUpdates`` makes the first one fail with 409 Conflict.

Parts: `world` (Telegram's state and the user actions tests perform), `methods` and
`messages` (the Bot API methods), `markup` (HTML, MarkdownV2 and keyboards, checked strictly),
`server` (HTTP, long polling, the call log) and `faults` (errors, recorded calls, injected
faults).
"""

from tests.fakeapi.faults import JSON, ApiError, Call, UploadedFile
from tests.fakeapi.markup import parse_html, parse_markdown_v2
from tests.fakeapi.server import FakeBotAPI
from tests.fakeapi.world import DEFAULT_TOKEN, World

__all__ = [
    "DEFAULT_TOKEN",
    "JSON",
    "ApiError",
    "Call",
    "FakeBotAPI",
    "UploadedFile",
    "World",
    "parse_html",
    "parse_markdown_v2",
]
