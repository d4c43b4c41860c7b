vcl 4.1;

# The shared cache in front of the app servers: Varnish 7 with vmod_xkey, as Debian bookworm
# packages them (varnish, varnish-modules). README "Running with Varnish" explains how it is
# run; tests/core/test_varnish*.py run this file unchanged in front of the app.
#
# - Only what the app marks `Cache-Control: public` is kept; it never marks a signed-in
#   editor's page, a restricted page, a search with a query, an error or a page setting a
#   cookie so (wyhp_site/core/caching.py).
# - Publishing purges by surrogate key: each page is sent with `Surrogate-Key: page-<id>`
#   (plus `sitemap` for the sitemap), and a publish sends one `PURGE` whose `Surrogate-Key`
#   names the published page and every page showing it, so every route and query string of
#   each (`/faq/?page=2`, `/news/feed/`) goes at once (wyhp_site/core/cache_purge.py).
# - While the app fails, a page kept before is served stale, for as long as the app's
#   `stale-if-error` allows; `stale-while-revalidate` is how long a stale copy may be served
#   while a fresh one is fetched in the background when all is well.

import std;
import directors;
import xkey;

# What differs between deployments: the app servers, behind a director called `app`, their
# health probe, and `acl purgers`, the addresses allowed to purge. Found on vcl_path:
# docker-compose.yml mounts deploy/varnish/site-compose.vcl as /etc/varnish/site.vcl.
include "site.vcl";

sub vcl_recv {
    if (req.restarts == 0) {
        # Set only by this VCL, on a restart (vcl_hit, vcl_deliver); never by a client.
        unset req.http.x-wyhp-refresh;
        unset req.http.x-wyhp-stale;
    }
    set req.backend_hint = app.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.Surrogate-Key) {
            set req.http.x-wyhp-purged = xkey.purge(req.http.Surrogate-Key);
            return (synth(200, "Invalidated " + req.http.x-wyhp-purged + " objects"));
        }
        return (purge);
    }

    # The admin, sign-in and page-password forms, documents (served after a privacy check)
    # and health checks go to the app as they came, cookies and all.
    if (req.url ~ "^/(admin|_util|documents|health)/") {
        return (pass);
    }
    if (req.method == "GET" || req.method == "HEAD") {
        # Django's own cookies mean a session (a signed-in editor, a page password given), a
        # form in progress or a message to show: such a request gets the app's own answer.
        if (req.http.Cookie ~ "(^|;)\s*(sessionid|csrftoken|messages)=") {
            return (pass);
        }
        # Any other cookie (set by a script, or another site on the domain) changes nothing
        # the app sends, so it must not stop the page being shared.
        unset req.http.Cookie;
    }

    if (req.http.x-wyhp-refresh) {
        # Past stale-while-revalidate (vcl_hit): only a fresh copy will do, unless the app fails.
        set req.grace = 0s;
    } elsif (req.http.x-wyhp-stale) {
        # The app failed (vcl_synth): any copy within its stale-if-error will do. req.grace
        # outlives a restart, so the refresh's 0s must be lifted.
        set req.grace = 3650d;
    }
    # Then Varnish's built-in rules: GET and HEAD only, no Authorization.
}

sub vcl_hit {
    if (obj.ttl >= 0s || req.http.x-wyhp-stale) {
        return (deliver);
    }
    # A stale copy. With every app server down, it is the answer.
    if (!std.healthy(req.backend_hint)) {
        return (deliver);
    }
    # Within the page's stale-while-revalidate: this copy now, a fresh one fetched meanwhile.
    if (obj.ttl + std.duration(obj.http.x-wyhp-swr, 0s) > 0s) {
        return (deliver);
    }
    # Too old to serve while all is well: fetch a fresh copy (the restart asks with no grace),
    # falling back to this one if the app fails (vcl_deliver).
    set req.http.x-wyhp-refresh = "1";
    return (restart);
}

sub vcl_pass {
    set req.http.x-wyhp-pass = "1";
}

sub vcl_backend_response {
    # A refresh that failed leaves the stale copy in place, to be served instead (vcl_synth).
    if (beresp.status >= 500 && (bereq.is_bgfetch || bereq.http.x-wyhp-refresh)) {
        return (abandon);
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml|javascript)|image/svg\+xml)"
        && !beresp.http.Content-Encoding) {
        set beresp.do_gzip = true;
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Kept only when the app says anyone may share it, and nothing says otherwise.
    if (beresp.http.Cache-Control !~ "(?i)(^|,)\s*public\s*(,|$)"
        || beresp.http.Cache-Control ~ "(?i)no-cache|no-store|private"
        || beresp.http.Set-Cookie
        || beresp.http.Vary == "*"
        || beresp.ttl <= 0s) {
        # Not kept, and no marker kept either, so the next request asks the app again.
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        return (deliver);
    }
    # Varnish read stale-while-revalidate into beresp.grace; remember it for vcl_hit, and keep
    # the copy for as long as stale-if-error allows it to stand in for a failing app.
    set beresp.http.x-wyhp-swr = beresp.grace + "s";
    if (beresp.http.Cache-Control ~ "(?i)stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, "(?i)^.*stale-if-error=([0-9]+).*$", "\1s"), beresp.grace);
    }
    set beresp.http.xkey = beresp.http.Surrogate-Key;
    return (deliver);
}

sub vcl_backend_error {
    # No app server answered a refresh: keep the stale copy, to be served instead (vcl_synth).
    if (bereq.is_bgfetch || bereq.http.x-wyhp-refresh) {
        return (abandon);
    }
}

sub vcl_synth {
    # A refresh failed (vcl_backend_response, vcl_backend_error): serve the stale copy.
    if (req.http.x-wyhp-refresh) {
        unset req.http.x-wyhp-refresh;
        set req.http.x-wyhp-stale = "1";
        return (restart);
    }
}

sub vcl_deliver {
    if (req.http.x-wyhp-pass) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0 && obj.ttl < 0s) {
        set resp.http.X-Cache = "HIT-STALE";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.x-wyhp-swr;
}
