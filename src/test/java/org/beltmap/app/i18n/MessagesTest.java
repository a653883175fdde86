package org.beltmap.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Russian and English UI text: same keys, nothing blank, and every key the code asks for exists. */
class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/beltmap/app/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void russianAndEnglishHaveTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(ru.stringPropertyNames());
        Set<String> onlyRu = new TreeSet<>(ru.stringPropertyNames());
        onlyRu.removeAll(en.stringPropertyNames());
        assertTrue(onlyEn.isEmpty(), "missing in Russian: " + onlyEn);
        assertTrue(onlyRu.isEmpty(), "missing in English: " + onlyRu);
        for (String k : ru.stringPropertyNames()) {
            assertTrue(!ru.getProperty(k).isBlank() && !en.getProperty(k).isBlank(), "blank text for " + k);
        }
    }

    @Test
    void russianTextIsRussian() throws IOException {
        Properties ru = load("messages_ru.properties");
        long cyrillic = ru.stringPropertyNames().stream().filter(k -> ru.getProperty(k).matches("(?s).*[А-Яа-я].*")).count();
        assertTrue(cyrillic >= ru.size() * 0.8, cyrillic + " of " + ru.size() + " Russian strings have Cyrillic");
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Properties en = load("messages.properties");
        Pattern use = Pattern.compile("(?:\\b(?:m|messages)\\.get|\\bitem)\\(\"([a-z][a-zA-Z0-9_.]*[a-zA-Z0-9_])\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/beltmap/app"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher mt = use.matcher(Files.readString(f));
                while (mt.find()) {
                    if (!en.containsKey(mt.group(1))) {
                        missing.add(mt.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used but not defined: " + missing);
    }

    @Test
    void numbersFollowTheLocale() {
        assertEquals("41,330", new Messages(Locale.ENGLISH).integer(41330));
        String ru = new Messages(Locale.forLanguageTag("ru")).integer(41330);
        assertTrue(ru.matches("41[\\u00a0\\u202f ]330"), ru);
        assertEquals("Файл", new Messages(Locale.forLanguageTag("ru")).get("menu.file"));
    }

    @Test
    void derivedRayNamesReadInRussianWithCyrillicRefs() {
        Messages ru = new Messages(java.util.Locale.forLanguageTag("ru"));
        org.junit.jupiter.api.Assertions.assertEquals("М-4 север", ru.rayName("M-4 north"));
        org.junit.jupiter.api.Assertions.assertEquals("А-146 запад", ru.rayName("A-146 west"));
        org.junit.jupiter.api.Assertions.assertEquals("Р-217 юг", ru.rayName("R-217 south"));
        org.junit.jupiter.api.Assertions.assertEquals("Дон-север", ru.rayName("Дон-север"), "a user's name stays");
        org.junit.jupiter.api.Assertions.assertEquals("M-4 north",
                new Messages(java.util.Locale.ENGLISH).rayName("M-4 north"));
    }
}
