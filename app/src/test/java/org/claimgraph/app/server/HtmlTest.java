package org.claimgraph.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEveryCharacterThatCanOpenMarkup() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.esc("<script>alert(1)</script>"));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", Html.esc("<img src=x onerror=alert(1)>"));
        assertEquals("a &amp; b &quot;c&quot; &#39;d&#39;", Html.esc("a & b \"c\" 'd'"));
        assertEquals("", Html.esc(null));
        String plain = "nothing to escape: Крокус";
        assertSame(plain, Html.esc(plain));
    }

    @Test
    void encodesUrlParts() {
        assertEquals("%7Ekremlin%20x%26y", Html.url("~kremlin x&y"));
    }

    @Test
    void markupCutsOverlappingSpansAndEscapesText() {
        String text = "<b>IS</b> claimed it.";
        List<Markup.Mark> marks = List.of(new Markup.Mark(3, 5, "hl-actor", "actor: \"IS\""),
                new Markup.Mark(0, 20, "hl-assertion", "assertion"));
        String html = Markup.render(text, marks);
        assertEquals("<span class=\"hl-assertion\" id=\"span-0-20\" data-s=\"0\" data-e=\"3\" title=\"assertion\">&lt;b&gt;</span>"
                + "<span class=\"hl-actor hl-assertion\" id=\"span-3-5\" data-s=\"3\" data-e=\"5\" title=\"actor: &quot;IS&quot;; assertion\">IS</span>"
                + "<span class=\"hl-assertion\" data-s=\"5\" data-e=\"20\" title=\"assertion\">&lt;/b&gt; claimed it</span>.", html);
    }
}
