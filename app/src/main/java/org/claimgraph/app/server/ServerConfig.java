package org.claimgraph.app.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * How the server listens and guards writes: bind address, port (0 picks a free one), the token write
 * endpoints require, whether the ingest form embeds that token for loopback clients, and the largest
 * request body accepted. Immutable; {@link #toString()} hides the token.
 *
 * @param openUi when true, pages served to a loopback client carry the token in their forms, so a
 *               person at this machine can ingest from the browser without pasting it
 */
public record ServerConfig(String bind, int port, String token, boolean openUi, long maxUploadBytes) {
    /** The environment variable that fixes the write token; without it one is generated per start. */
    public static final String ENV_TOKEN = "CLAIMGRAPH_TOKEN";
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** 10 MB, as for the command line's ingest. */
    public static final long DEFAULT_MAX_UPLOAD = 10L * 1024 * 1024;
    /** Shortest token accepted: a short token could be guessed by a page that tries many. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(token, "token");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("token must have at least " + MIN_TOKEN_LENGTH + " characters");
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive: " + maxUploadBytes);
        }
    }

    /** Loopback on the default port with a fresh token, form token not embedded. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_BIND, DEFAULT_PORT, generateToken(), false, DEFAULT_MAX_UPLOAD);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bind, newPort, token, openUi, maxUploadBytes);
    }

    public ServerConfig withOpenUi(boolean open) {
        return new ServerConfig(bind, port, token, open, maxUploadBytes);
    }

    public ServerConfig withMaxUploadBytes(long bytes) {
        return new ServerConfig(bind, port, token, openUi, bytes);
    }

    /** 32 random bytes from a SecureRandom, URL-safe Base64 without padding. */
    public static String generateToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when the server listens only on a loopback address. */
    public boolean loopbackOnly() {
        return bind.equals("127.0.0.1") || bind.equals("localhost") || bind.equals("::1") || bind.startsWith("127.");
    }

    @Override
    public String toString() {
        return "ServerConfig[bind=" + bind + ", port=" + port + ", token=***, openUi=" + openUi
                + ", maxUploadBytes=" + maxUploadBytes + "]";
    }
}
