"""``python -m bot.llama_server …``: llama-cpp-python's OpenAI-compatible server (same arguments), loading its
model the way the llamacpp backend does (``bot.generate.plain_buffers``: without the extra CPU buffer types on
an AMX build, where they crash generation)."""

from __future__ import annotations

import runpy

from bot.generate import plain_buffers


def main() -> None:
    with plain_buffers():
        runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
