"""A shared cache that is down or hung costs readers nothing.

Wagtail reads the cache on every request (the site's root paths), so with plain
``RedisCache`` a stopped Redis made every page a 500, and a hung one made every cache
read wait out the socket timeout. Here a failed call is a miss (reads return their
default, writes are dropped), the outage is logged once per process, and Redis is left
alone for ``REST_SECONDS`` after a failure, so the requests in between do not wait on it.
The readiness check (``core/health.py``) still reports the cache as unavailable.
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("wyhp_site.cache")

CACHE_FAULTS = (RedisConnectionError, RedisTimeoutError, OSError)
REST_SECONDS = 5


class CacheOutage:
    """This process's view of the cache: resting after a failure, logged once per outage."""

    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self._failing = False
        self._resting_until = 0.0

    def resting(self) -> bool:
        return self._clock() < self._resting_until

    def failed(self, error: Exception) -> None:
        with self._lock:
            self._resting_until = self._clock() + REST_SECONDS
            first = not self._failing
            self._failing = True
        if first:
            logger.error("Cache unavailable; serving without it. %s: %s", type(error).__name__, error)

    def answered(self) -> None:
        if not self._failing:
            return  # the common case: no lock taken
        with self._lock:
            was_failing, self._failing = self._failing, False
        if was_failing:
            logger.warning("Cache answering again")


outage = CacheOutage()


def _tolerant(default_from_arguments):
    """Wraps a cache method: during an outage, or when it fails, return what a miss returns."""

    def decorate(method):
        @functools.wraps(method)
        def call(self, *args, **kwargs):
            if outage.resting():
                return default_from_arguments(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except CACHE_FAULTS as error:
                outage.failed(error)
                return default_from_arguments(*args, **kwargs)
            outage.answered()
            return result

        return call

    return decorate


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty_dict(*args, **kwargs):
    return {}


def _keys_not_set(data, *args, **kwargs):
    return list(data)


def _get_default(key, default=None, *args, **kwargs):
    return default


def _missing_key(key, *args, **kwargs):
    raise ValueError(f"Key {key!r} not found: the cache is unavailable")  # as incr() on a miss


class FaultTolerantRedisCache(RedisCache):
    get = _tolerant(_get_default)(RedisCache.get)
    get_many = _tolerant(_empty_dict)(RedisCache.get_many)
    has_key = _tolerant(_false)(RedisCache.has_key)
    add = _tolerant(_false)(RedisCache.add)
    set = _tolerant(_nothing)(RedisCache.set)
    set_many = _tolerant(_keys_not_set)(RedisCache.set_many)
    touch = _tolerant(_false)(RedisCache.touch)
    delete = _tolerant(_false)(RedisCache.delete)
    delete_many = _tolerant(_nothing)(RedisCache.delete_many)
    incr = _tolerant(_missing_key)(RedisCache.incr)
    clear = _tolerant(_false)(RedisCache.clear)
