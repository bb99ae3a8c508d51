package io.parhub.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message exists in Vietnamese and in English, and templates show no literal text: what a visitor reads
 * comes from the message files, so the language switch never leaves half a page untranslated.
 */
class MessagesInSyncTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void everyKeyHasBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                String name = vi.getFileName().toString();
                Path en = MESSAGES.resolve(name.replace(".properties", "_en.properties"));
                Properties viKeys = load(vi);
                Properties enKeys = load(en);
                viKeys.stringPropertyNames().stream().filter(k -> !enKeys.containsKey(k))
                        .forEach(k -> problems.add(name + ": no English for " + k));
                enKeys.stringPropertyNames().stream().filter(k -> !viKeys.containsKey(k))
                        .forEach(k -> problems.add(name + ": no Vietnamese for " + k));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        // text between tags that is not replaced by th:text / th:utext and is not only punctuation or a symbol
        Pattern literal = Pattern.compile(">\\s*([\\p{L}][^<>{}]*?)\\s*</(?!title|script|style)");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                var m = literal.matcher(html);
                while (m.find()) {
                    int tagStart = html.lastIndexOf('<', m.start());
                    String tag = html.substring(tagStart, m.start() + 1);
                    if (!tag.contains("th:text") && !tag.contains("th:utext") && !tag.contains("th:replace")
                            && !tag.contains("sec:authentication")) {
                        problems.add(TEMPLATES.relativize(template) + ": \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        assertThat(file).exists();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
