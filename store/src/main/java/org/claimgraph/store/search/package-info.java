/** The Lucene full-text index over stored documents and sentences, with facets from stored facts. */
package org.claimgraph.store.search;
