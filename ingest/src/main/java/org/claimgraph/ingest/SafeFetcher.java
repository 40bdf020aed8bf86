package org.claimgraph.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.net.ssl.SSLException;

/**
 * Fetches http(s) URLs from untrusted input safely: only http and https, redirects followed by hand
 * (at most {@link IngestOptions#maxRedirects()}), every hop's host resolved and refused if it is a
 * loopback, private, link-local, CGNAT, multicast or unspecified address (unless allowPrivate), a
 * connect timeout, a timeout on the whole exchange and a size cap enforced while the body streams.
 * Thread-safe: the underlying HttpClient is shared and immutable.
 *
 * <p>Known limit: the address check resolves the name itself and the HTTP client resolves it again
 * to connect, so a DNS server that answers differently the second time (DNS rebinding) is not
 * stopped; pinning the resolved address needs a custom socket layer.
 */
public final class SafeFetcher {
    private static final String USER_AGENT = "Claimgraph/0.1 (news research; +https://github.com/claimgraph)";
    private static final String ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, "
            + "application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5";

    private final IngestOptions options;
    private final Function<InetAddress, String> addressPolicy;
    private final HttpClient client;

    public SafeFetcher(IngestOptions options) {
        this(options, AddressPolicy::nonPublicKind);
    }

    /** With another address policy (address to refusal kind, or null to allow); for tests of redirect hops. */
    SafeFetcher(IngestOptions options, Function<InetAddress, String> addressPolicy) {
        this.options = Objects.requireNonNull(options, "options");
        this.addressPolicy = Objects.requireNonNull(addressPolicy, "addressPolicy");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout())
                .build();
    }

    /** Fetches the URL or throws a {@link FetchException} naming it and the reason. */
    public FetchedResource fetch(String url) {
        URI current = parse(url);
        List<URI> chain = new ArrayList<>();
        chain.add(current);
        while (true) {
            String hop = chain.size() == 1 ? "" : "redirect to " + current + ": ";
            checkScheme(url, current, hop);
            if (!options.allowPrivate()) {
                checkAddress(url, current, hop);
            }
            HttpResponse<byte[]> response = exchange(url, current, hop);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("location").orElse(null);
                if (location == null || location.isBlank()) {
                    throw new FetchException(url, hop + "HTTP " + status + " redirect without a Location header");
                }
                URI next;
                try {
                    next = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(url, hop + "HTTP " + status + " redirect to an invalid URL '" + location + "'", e);
                }
                if (chain.contains(next)) {
                    throw new FetchException(url, "redirect loop: " + join(chain) + " -> " + next);
                }
                if (chain.size() > options.maxRedirects()) {
                    throw new FetchException(url, "too many redirects (more than " + options.maxRedirects() + "): "
                            + join(chain) + " -> " + next);
                }
                chain.add(next);
                current = next;
                continue;
            }
            if (status >= 400) {
                throw new FetchException(url, hop + "the server answered HTTP " + status + describeStatus(status));
            }
            if (status < 200 || status >= 300) {
                throw new FetchException(url, hop + "unexpected HTTP status " + status);
            }
            String contentType = response.headers().firstValue("content-type").orElse(null);
            return new FetchedResource(response.body(), current, contentType, Instant.now());
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null) {
                throw new FetchException(url, "not a valid URL: it has no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException(url, "not a valid URL: " + e.getMessage(), e);
        }
    }

    private static void checkScheme(String url, URI uri, String hop) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url, hop + "only http and https URLs are fetched, not '" + scheme + "'");
        }
        if (uri.getHost() == null) {
            throw new FetchException(url, hop + "URL has no host");
        }
    }

    private void checkAddress(String url, URI uri, String hop) {
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(url, hop + "unknown host '" + host + "'", e);
        }
        // Every address must be public: the client may connect to any of them.
        for (InetAddress address : addresses) {
            String kind = addressPolicy.apply(address);
            if (kind != null) {
                throw new FetchException(url, hop + "refused: host '" + host + "' resolves to " + address.getHostAddress()
                        + ", a " + kind + " address (set allowPrivate to fetch private addresses)");
            }
        }
    }

    private HttpResponse<byte[]> exchange(String url, URI uri, String hop) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .GET()
                    .timeout(options.readTimeout())
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", ACCEPT)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, hop + "cannot request this URL: " + e.getMessage(), e);
        }
        long cap = options.maxBytes();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            if (info.statusCode() < 200 || info.statusCode() >= 300) {
                return CappedBodySubscriber.ignoring();
            }
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1L);
            if (declared > cap) {
                return CappedBodySubscriber.refusing("Content-Length " + declared + " bytes");
            }
            return CappedBodySubscriber.capped(cap);
        };
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, handler);
        // The request timeout covers only the wait for headers; this bounds the body as well.
        long budgetMillis = options.connectTimeout().toMillis() + options.readTimeout().toMillis();
        try {
            return future.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(url, hop + "timed out after " + seconds(budgetMillis) + " reading the response", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(url, hop + "interrupted while fetching", e);
        } catch (ExecutionException e) {
            throw translate(url, uri, hop, e.getCause() == null ? e : e.getCause());
        }
    }

    private FetchException translate(String url, URI uri, String hop, Throwable cause) {
        // The client wraps the interesting exception in IOExceptions of its own: look down the chain.
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBodySubscriber.TooLargeException) {
                return new FetchException(url, hop + "response body is over the size cap of " + options.describeCap()
                        + " (" + t.getMessage() + ")", cause);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchException(url, hop + "connection to " + hostPort(uri) + " timed out after "
                        + seconds(options.connectTimeout().toMillis()), cause);
            }
            if (t instanceof HttpTimeoutException) {
                return new FetchException(url, hop + "timed out after " + seconds(options.readTimeout().toMillis())
                        + " waiting for the response", cause);
            }
            if (t instanceof ConnectException) {
                return new FetchException(url, hop + "connection refused by " + hostPort(uri), cause);
            }
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new FetchException(url, hop + "unknown host '" + uri.getHost() + "'", cause);
            }
            if (t instanceof SSLException) {
                return new FetchException(url, hop + "TLS failure talking to " + hostPort(uri) + ": " + t.getMessage(), cause);
            }
        }
        String detail = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        String what = cause instanceof IOException ? "network error: " : "fetch failed: ";
        return new FetchException(url, hop + what + detail, cause);
    }

    private static String hostPort(URI uri) {
        int port = uri.getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return uri.getHost() + ":" + port;
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    private static String join(List<URI> chain) {
        StringBuilder sb = new StringBuilder();
        for (URI u : chain) {
            if (sb.length() > 0) {
                sb.append(" -> ");
            }
            sb.append(u);
        }
        return sb.toString();
    }

    private static String describeStatus(int status) {
        return switch (status) {
            case 400 -> " (Bad Request)";
            case 401 -> " (Unauthorized)";
            case 403 -> " (Forbidden)";
            case 404 -> " (Not Found)";
            case 410 -> " (Gone)";
            case 429 -> " (Too Many Requests)";
            case 500 -> " (Internal Server Error)";
            case 502 -> " (Bad Gateway)";
            case 503 -> " (Service Unavailable)";
            case 504 -> " (Gateway Timeout)";
            default -> status >= 500 ? " (server error)" : " (client error)";
        };
    }
}
