"""The ``openai`` generator backend: any OpenAI-compatible chat server (vLLM, Ollama,
llama.cpp's server), streamed over ``/chat/completions`` (server-sent events).

Plain httpx (already a dependency of chromadb and gradio) rather than the
``openai`` client, which also retries read timeouts and 408/409/429, so a stuck
server would cost three timeouts before the user hears of it; nor llama-index's
``OpenAILike``, which adds a second retry layer over the same client. Here an
unreachable server and a 5xx are retried ``retries`` times with backoff, nothing
else is, and every failure becomes one ``ModelError`` line that names the server
and the setting to fix. Loading asks the server for its models, so a server that
is down, a wrong URL and a model the server doesn't serve fail at load, before
any question. Left out: sampling settings (answers are greedy), tool calls, the
legacy ``/completions`` API.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx

from bot.errors import ModelError


class OpenAIGenerator:
    """An OpenAI-compatible chat server, streamed; checks at load that it serves ``model``."""

    def __init__(self, base_url: str, model: str, api_key: str | None, timeout: float, retries: int) -> None:
        self.base_url = base_url.rstrip("/")
        self.name = model
        self.timeout = timeout
        self.retries = retries
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(
            base_url=self.base_url, headers=headers, timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0))
        )
        served = self._models()
        if model not in served and f"{model}:latest" not in served:
            raise ModelError(
                f"model {model!r} is not served by {self.base_url} (it serves: {', '.join(served) or 'nothing'})",
                "fix ARTIKELBOT_LLM_MODEL",
            )

    def _models(self) -> list[str]:
        response = self._send("GET", "/models")
        try:
            return [str(m["id"]) for m in json.loads(response.read())["data"]]
        except httpx.TimeoutException:
            raise self._timeout() from None
        except (ValueError, KeyError, TypeError, httpx.HTTPError):
            raise ModelError(
                f"{self.base_url}/models did not answer like an OpenAI-compatible server",
                "check ARTIKELBOT_LLM_BASE_URL (the API root, e.g. http://127.0.0.1:8000/v1)",
            ) from None
        finally:
            response.close()

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int) -> Iterator[str]:
        body = {
            "model": self.name,
            "messages": messages,
            "max_tokens": max_new_tokens,
            "temperature": 0,
            "stream": True,
        }
        response = self._send("POST", "/chat/completions", body)
        try:
            for line in response.iter_lines():
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                try:
                    chunk = json.loads(data)
                except ValueError:
                    raise ModelError(
                        f"model server at {self.base_url} sent a broken stream ({data[:60]!r})", "try again"
                    ) from None
                if chunk.get("error"):
                    raise ModelError(f"model server at {self.base_url} failed: {_message(chunk)}", "try again")
                for choice in chunk.get("choices") or []:
                    text = (choice.get("delta") or {}).get("content")
                    if text:
                        yield text
        except httpx.TimeoutException:
            raise self._timeout() from None
        except httpx.TransportError as e:
            raise ModelError(
                f"model server at {self.base_url} broke off the answer ({e.__class__.__name__})", "try again"
            ) from None
        finally:
            response.close()

    def _send(self, method: str, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
        """One request, streamed, retried with backoff on connection errors and 5xx; errors as one line."""
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                request = self._client.build_request(method, path, json=body)
                response = self._client.send(request, stream=True)
            except httpx.ConnectError as e:
                if last:
                    raise ModelError(
                        f"no model server at {self.base_url} ({_reason(e)})",
                        "start it or fix ARTIKELBOT_LLM_BASE_URL",
                    ) from None
            except httpx.TimeoutException:
                raise self._timeout() from None
            except httpx.TransportError as e:
                raise ModelError(
                    f"model server at {self.base_url} failed ({e.__class__.__name__}: {e})",
                    "check ARTIKELBOT_LLM_BASE_URL",
                ) from None
            else:
                if response.status_code < 400:
                    return response
                try:
                    detail = _message(_json(response.read()))
                except httpx.HTTPError:
                    detail = ""
                finally:
                    response.close()
                if response.status_code < 500 or last:
                    raise self._status_error(response.status_code, response.reason_phrase, path, detail)
            time.sleep(0.5 * 2**attempt)
        raise AssertionError("unreachable")

    def _timeout(self) -> ModelError:
        return ModelError(
            f"model server at {self.base_url} did not answer within {self.timeout:g} s",
            "it may be busy or stuck: try again, or raise ARTIKELBOT_LLM_TIMEOUT",
        )

    def _status_error(self, status: int, reason: str, path: str, detail: str) -> ModelError:
        said = f"{status} {reason}" + (f": {detail}" if detail and detail.lower() != reason.lower() else "")
        if status in (401, 403):
            return ModelError(f"model server at {self.base_url} refused access ({said})", "set ARTIKELBOT_LLM_API_KEY")
        if status == 404 and "model" in detail.lower():
            return ModelError(f"model server at {self.base_url} has no model {self.name!r} ({said})",
                              "fix ARTIKELBOT_LLM_MODEL")  # fmt: skip
        if status in (404, 405):
            return ModelError(
                f"{self.base_url}{path} does not exist ({said})",
                "set ARTIKELBOT_LLM_BASE_URL to the server's API root, e.g. http://127.0.0.1:8000/v1",
            )
        if status >= 500:
            return ModelError(f"model server at {self.base_url} failed ({said})", "see its log, then try again")
        return ModelError(f"model server at {self.base_url} refused the request ({said})", "check the llm_* settings")


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace").strip()[:200]


def _message(body: Any) -> str:
    """The error message in a server's error body: OpenAI, vLLM, Ollama and FastAPI shapes."""
    if isinstance(body, dict):
        for key in ("error", "message", "detail"):
            value = body.get(key)
            if isinstance(value, dict):
                return _message(value)
            if value:
                return str(value)
        return ""
    return str(body)


def _reason(error: Exception) -> str:
    text = str(error)
    if "refused" in text.lower():
        return "connection refused"
    if "name or service not known" in text.lower() or "nodename" in text.lower():
        return "unknown host"
    return text or error.__class__.__name__
