package org.claimgraph.ingest;

import java.time.LocalDate;

/**
 * What is known about a document besides its text: from a sidecar file, HTML meta tags, a feed item
 * or the caller. Any field may be null (unknown). Immutable, so thread-safe.
 *
 * @param author the byline, when a page names one (the core Document has no field for it yet)
 */
public record Metadata(String title, String outlet, LocalDate published, String url, String language, String author) {

    /** Nothing known. */
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null);

    public Metadata {
        title = blankToNull(title);
        outlet = blankToNull(outlet);
        url = blankToNull(url);
        language = blankToNull(language);
        author = blankToNull(author);
    }

    /** This metadata where it says something, the fallback where it does not. */
    public Metadata orElse(Metadata fallback) {
        if (fallback == null) {
            return this;
        }
        return new Metadata(
                title != null ? title : fallback.title,
                outlet != null ? outlet : fallback.outlet,
                published != null ? published : fallback.published,
                url != null ? url : fallback.url,
                language != null ? language : fallback.language,
                author != null ? author : fallback.author);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
