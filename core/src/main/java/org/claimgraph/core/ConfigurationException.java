package org.claimgraph.core;

/**
 * A setting, resource file or pipeline assembly that is wrong before any document is read
 * (a registry entry with a dangling partOf, a stage missing its requirement, a bad JDBC URL).
 * Thread-safe (immutable).
 */
public class ConfigurationException extends ClaimgraphException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
