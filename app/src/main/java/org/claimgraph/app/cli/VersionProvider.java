package org.claimgraph.app.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or "development" when run from classes. Stateless. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"claimgraph " + (v == null ? "development" : v)};
    }
}
