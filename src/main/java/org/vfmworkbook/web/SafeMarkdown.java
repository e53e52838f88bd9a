package org.vfmworkbook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.RawString;

/**
 * The small part of Markdown that step guidance uses, rendered safely: paragraphs, "- " bullet lists, {@code **bold**}
 * and {@code [text](https://…)} links. Everything else is escaped, so guidance can never inject markup.
 */
public final class SafeMarkdown {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^\\s)\"<>]+)\\)");

    private SafeMarkdown() {}

    public static RawString render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return new RawString("");
        }
        StringBuilder html = new StringBuilder();
        for (String block : markdown.strip().split("\\n\\s*\\n")) {
            List<String> lines =
                    block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (isItem(lines.get(0))) {
                html.append("<ul class=\"govuk-list govuk-list--bullet\">");
                items(lines)
                        .forEach(
                                item -> html.append("<li>").append(inline(item)).append("</li>"));
                html.append("</ul>");
            } else {
                html.append("<p class=\"govuk-body\">")
                        .append(inline(String.join(" ", lines)))
                        .append("</p>");
            }
        }
        return new RawString(html.toString());
    }

    private static boolean isItem(String line) {
        return line.startsWith("- ") || line.startsWith("* ");
    }

    /** A list item may wrap onto the following lines. */
    private static List<String> items(List<String> lines) {
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            if (isItem(line) || items.isEmpty()) {
                items.add(isItem(line) ? line.substring(2) : line);
            } else {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
            }
        }
        return items;
    }

    private static String inline(String text) {
        String escaped = escape(text);
        escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        Matcher links = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (links.find()) {
            links.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            "<a class=\"govuk-link\" href=\"" + links.group(2) + "\">" + links.group(1) + "</a>"));
        }
        links.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
