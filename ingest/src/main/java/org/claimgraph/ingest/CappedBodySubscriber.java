package org.claimgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an HTTP response body into memory but gives up (and cancels the download) as soon as it
 * passes the size cap, so a huge or endless body costs at most the cap. One instance per response;
 * the HTTP client calls it from one thread at a time, as the Flow contract requires.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** Thrown (as the failure of the body) when the body passes the cap. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    private final long cap;
    private final boolean keep;
    private final String refusal;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private CappedBodySubscriber(long cap, boolean keep, String refusal) {
        this.cap = cap;
        this.keep = keep;
        this.refusal = refusal;
    }

    /** Keeps the body up to {@code cap} bytes. */
    static CappedBodySubscriber capped(long cap) {
        return new CappedBodySubscriber(cap, true, null);
    }

    /** Does not read the body at all (redirects, errors): the status and headers are all we need. */
    static CappedBodySubscriber ignoring() {
        return new CappedBodySubscriber(0, false, null);
    }

    /** Fails at once, e.g. when Content-Length already says the body is over the cap. */
    static CappedBodySubscriber refusing(String message) {
        return new CappedBodySubscriber(0, false, message);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        if (!keep) {
            s.cancel();
            if (refusal != null) {
                result.completeExceptionally(new TooLargeException(refusal));
            } else {
                result.complete(new byte[0]);
            }
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int n = item.remaining();
            if (buffer.size() + (long) n > cap) {
                subscription.cancel();
                result.completeExceptionally(new TooLargeException("more than " + IngestOptions.describe(cap)));
                return;
            }
            byte[] chunk = new byte[n];
            item.get(chunk);
            buffer.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
