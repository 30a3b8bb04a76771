# Varnish in front of «Конструктор сообществ» (Debian's `varnish` package, VCL 4.1).
#
#   TLS (nginx, deploy/nginx/konstruktor.conf) -> Varnish :6081 -> nginx load balancer :8080
#   -> gunicorn app servers.
#
# What is cached follows the app's headers (the caching contract): anonymous GET/HEAD only;
# a response that sets a cookie or says private/no-cache/no-store is never stored; how long
# the rest is kept is the app's `s-maxage` (PAGE_CACHE_SECONDS), Varnish's default_ttl where
# the app says nothing. Every change the app publishes reaches here as a PURGE of a path
# (Wagtail's frontend cache, FRONTEND_CACHE_PURGE_URLS=http://<this host>:6081), which bans
# every stored variant of that path whatever its query string; a change shown on every page
# arrives as one BAN, which drops everything stored.

vcl 4.1;

# The nginx load balancer (deploy/nginx/konstruktor.conf, server "konstruktor_balancer").
backend default {
    .host = "127.0.0.1";
    .port = "8080";
    .connect_timeout = 5s;
    .first_byte_timeout = 120s;
}

# Who may purge: this machine and the app servers (their db_worker processes send the purges).
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
    # "10.0.0.11";  # app server 1
    # "10.0.0.12";  # app server 2
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # A lurker-friendly ban (it tests only obj.*): the ban lurker drops the matching
        # objects in the background, so the ban list stays short.
        ban("obj.http.x-url-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method == "BAN") {
        # A change that shows on every page (the main menu, a site): one request drops
        # everything stored, instead of one PURGE per address.
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-url-path ~ .");
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin)/" || req.url ~ "^/health/" || req.url ~ "^/metrics") {
        return (pass);
    }
    # Logged-in people (and anyone sending credentials) always reach the app.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Any other cookie (csrftoken, analytics) does not change an anonymous page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # The path without its query: what a PURGE bans.
    set beresp.http.x-url-path = regsub(bereq.url, "\?.*$", "");
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(?i)(private|no-cache|no-store)"
        || beresp.http.Vary == "*"
        || beresp.status >= 500) {
        # Remember for a short while that this URL is not cacheable (hit-for-miss), so
        # requests for it go to the app at once instead of queueing behind each other.
        set beresp.ttl = 30s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # After the TTL a stale copy may be served for a few seconds while a fresh one is fetched;
    # a purge removes it at once, so no edit waits for this.
    if (beresp.ttl > 0s) {
        set beresp.grace = 10s;
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
