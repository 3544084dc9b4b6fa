vcl 4.1;
# The edge cache in front of the site's instances (README, "Running at scale"). What it serves from cache:
# public pages and assets. What always goes to a site instance: /api/*, /moderation*, draft mode and React
# Server Component requests (see Next's cdn-caching guide for why RSC payloads must not share a page's key).
# Pages are tagged by the site's `xkey` header and purged by key when the CMS reports a change.

import std;
import directors;
import xkey;

# Generated per deployment (scripts/lib/edge/varnish-config.ts): the site instances with their health
# probe, a `vcl_init` that puts them in the `site` director, and the `purgers` ACL.
include "edge.vcl";

sub vcl_recv {
    set req.backend_hint = site.backend();

    if (req.method == "PURGE") {
        # From the machine itself, or on a listen address named `purge` that only the site instances can
        # reach (docker-compose: `-a purge=:8080`, never published).
        if (client.ip !~ purgers && local.socket != "purge") {
            return (synth(403, "Purging is not allowed from this address"));
        }
        if (!req.http.xkey-purge && !req.http.xkey-softpurge) {
            return (synth(400, "Name the keys to purge in an xkey-purge or xkey-softpurge header"));
        }
        set req.http.x-purged = 0;
        if (req.http.xkey-purge) {
            set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        }
        if (req.http.xkey-softpurge) {
            set req.http.x-purged = std.integer(req.http.x-purged, 0) + xkey.softpurge(req.http.xkey-softpurge);
        }
        return (synth(200, "Purged"));
    }

    # A header a client sends must not pose as the edge's own note to itself (see vcl_synth).
    if (req.restarts == 0) {
        unset req.http.x-skinfacts-serve-stale;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/api/" || req.url ~ "^/moderation") {
        return (pass);
    }
    if (req.http.rsc || req.http.next-router-prefetch || req.url ~ "[?&]_rsc=") {
        return (pass);
    }
    # Next's draft-mode cookie: the editor sees unpublished content, never to be cached or served to others.
    if (req.http.cookie ~ "(^|;\s*)__prerender_bypass=") {
        return (pass);
    }
    unset req.http.cookie;
    unset req.http.authorization;

    # While a site instance is healthy, a page expired more than a few seconds ago is fetched afresh; with
    # every instance down (or after one failed, see vcl_synth), any cached copy is better than an error.
    # (req.grace outlives a restart, so both branches set it.)
    if (std.healthy(req.backend_hint) && !req.http.x-skinfacts-serve-stale) {
        set req.grace = 10s;
    } else {
        set req.grace = 24h;
    }
    return (hash);
}

# One copy per URL whatever host name reached the edge, so the site's warm-up requests fill the same
# objects that visitors read.
sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_fetch {
    # The edge compresses once when it stores a page (beresp.do_gzip below); the site sends it plain.
    if (!bereq.uncacheable) {
        unset bereq.http.accept-encoding;
    }
}

sub vcl_backend_response {
    if (beresp.status >= 500) {
        # Keep the good copy: a background refresh that fails leaves the cached page as it was, and a
        # foreground miss falls back to it in vcl_synth.
        if (bereq.is_bgfetch || !bereq.uncacheable) {
            return (abandon);
        }
        return (deliver);
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    unset beresp.http.set-cookie;

    # Next answers a stale ISR page with the page's full s-maxage; stored that long, the old page would
    # outlive the regeneration Next has just started. A second later the edge asks again.
    if (beresp.http.x-nextjs-cache == "STALE") {
        set beresp.ttl = 1s;
    }
    set beresp.grace = 24h;

    if (!beresp.http.content-encoding &&
        beresp.http.content-type ~ "^(text/|application/(javascript|json|xml|rss\+xml|manifest\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

# A site instance that cannot be reached (killed, restarting): try another one for requests that are safe
# to repeat.
sub vcl_backend_error {
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    # A page: vcl_synth serves a cached copy or the friendly 503 page instead.
    if (!bereq.uncacheable) {
        return (abandon);
    }
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.x-cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.x-cache = "hit";
    } else {
        set resp.http.x-cache = "miss";
    }
    unset resp.http.xkey;
    # Browsers check back on every view, so a publish purged here reaches them at once; Next's build assets
    # keep their own `immutable` headers.
    if (!obj.uncacheable && resp.http.content-type ~ "^text/html") {
        set resp.http.cache-control = "max-age=0, must-revalidate";
    }
}

sub vcl_synth {
    # A page that failed to fetch: look again, accepting a copy past its grace window.
    if (resp.status == 503 && req.restarts == 0 && !req.http.x-skinfacts-serve-stale &&
        (req.method == "GET" || req.method == "HEAD") && req.url !~ "^/(api/|moderation)") {
        set req.http.x-skinfacts-serve-stale = "1";
        return (restart);
    }
    if (resp.status == 503) {
        set resp.http.retry-after = "30";
        set resp.http.cache-control = "no-store";
        set resp.http.content-type = "text/html; charset=utf-8";
        set resp.body = {"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Skinfacts is briefly unavailable</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>We’ll be right back</h1>
<p>This page can’t be shown just now. Please try again in a minute.</p>
</body></html>"};
        return (deliver);
    }
    if (req.method == "PURGE") {
        set resp.http.x-purged = req.http.x-purged;
    }
}
