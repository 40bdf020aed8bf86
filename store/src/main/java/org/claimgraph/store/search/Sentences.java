package org.claimgraph.store.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.core.Document;
import org.claimgraph.core.Span;

/**
 * Splits a document's text into sentence spans for the index, trimmed of white space and leaving
 * out sentences that lie wholly inside removed spans. A JDK BreakIterator is enough here: search
 * only needs to point a reader at the right stretch, not to parse it. Stateless, thread-safe.
 */
final class Sentences {
    private Sentences() {
    }

    static List<Span> of(Document doc) {
        String text = doc.text();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text);
        List<Span> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                continue;
            }
            Span span = new Span(s, e);
            if (doc.removed().stream().noneMatch(r -> r.span().contains(span))) {
                out.add(span);
            }
        }
        return out;
    }
}
