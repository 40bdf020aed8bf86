package org.claimgraph.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.core.ConfigurationException;

/**
 * Where the store lives: a JDBC URL (H2 or PostgreSQL) and optional credentials; user and password
 * may instead be part of the URL. {@link #toString()} hides the password. Immutable, so thread-safe.
 */
public record StoreConfig(String jdbcUrl, String user, String password) {

    /** Environment variable with a JDBC URL that replaces the embedded database. */
    public static final String ENV_URL = "CLAIMGRAPH_DB";
    public static final String ENV_USER = "CLAIMGRAPH_DB_USER";
    public static final String ENV_PASSWORD = "CLAIMGRAPH_DB_PASSWORD";

    /** File name (without H2's .mv.db suffix) of the embedded database inside its data folder. */
    public static final String EMBEDDED_NAME = "claimgraph";

    // password=... in query strings (PostgreSQL) or ;PASSWORD=... settings (H2), and user:pass@ authorities.
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@]*:)[^@/]*@");

    public StoreConfig {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new ConfigurationException("database URL must start with 'jdbc:', got: "
                    + (jdbcUrl == null ? "nothing" : redact(jdbcUrl)));
        }
    }

    /** An H2 file database in {@code dataDir} (created on first open), for one process at a time. */
    public static StoreConfig embedded(Path dataDir) {
        String dir = dataDir.toAbsolutePath().normalize().toString();
        if (dir.indexOf(';') >= 0) {
            // H2 reads ';' as the start of its settings, so such a path would silently open elsewhere.
            throw new ConfigurationException("data folder path must not contain ';': " + dir);
        }
        // AUTO_SERVER=FALSE: a second process gets a clear "database in use" error instead of a
        // hidden TCP server; the store keeps its one connection open, so the file stays open.
        String url = "jdbc:h2:file:" + Path.of(dir).resolve(EMBEDDED_NAME).toString().replace('\\', '/')
                + ";AUTO_SERVER=FALSE";
        return new StoreConfig(url, "sa", "");
    }

    /**
     * {@code CLAIMGRAPH_DB} when set (a JDBC URL; credentials in the URL or in
     * {@code CLAIMGRAPH_DB_USER} / {@code CLAIMGRAPH_DB_PASSWORD}), else {@link #embedded(Path)}.
     */
    public static StoreConfig fromEnvironment(Path defaultDataDir) {
        return fromEnvironment(System.getenv(), defaultDataDir);
    }

    static StoreConfig fromEnvironment(Map<String, String> env, Path defaultDataDir) {
        String url = blankToNull(env.get(ENV_URL));
        if (url == null) {
            return embedded(defaultDataDir);
        }
        if (!url.startsWith("jdbc:")) {
            throw new ConfigurationException(ENV_URL + " must be a JDBC URL starting with 'jdbc:', got: " + redact(url));
        }
        return new StoreConfig(url, blankToNull(env.get(ENV_USER)), env.get(ENV_PASSWORD));
    }

    /** True for the PostgreSQL driver's URLs. */
    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The URL with any password in it replaced by ***, for messages and logs. */
    public String redactedUrl() {
        return redact(jdbcUrl);
    }

    static String redact(String url) {
        String s = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        return USERINFO.matcher(s).replaceAll("$1***@");
    }

    @Override
    public String toString() {
        return "StoreConfig[jdbcUrl=" + redactedUrl() + ", user=" + user
                + ", password=" + (password == null ? "null" : "***") + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
