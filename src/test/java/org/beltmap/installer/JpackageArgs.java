package org.beltmap.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** jpackage (JDK 17) argument files read the way jpackage reads them, for {@link JpackageConfigTest}. */
final class JpackageArgs {

    private JpackageArgs() {
    }

    /** jpackage (JDK 17) options that take no value. */
    static final Set<String> FLAGS = Set.of("--linux-shortcut", "--win-console", "--win-dir-chooser",
            "--win-menu", "--win-per-user-install", "--win-shortcut", "--win-shortcut-prompt", "--mac-sign",
            "--mac-app-store", "--verbose");

    /** jpackage (JDK 17) options that take one value. */
    static final Set<String> VALUED = Set.of("--type", "--app-version", "--copyright", "--description",
            "--icon", "--name", "--dest", "--temp", "--vendor", "--runtime-image", "--add-modules", "--module-path",
            "--jlink-options", "--input", "--add-launcher", "--main-jar", "--main-class", "--module", "--arguments",
            "--java-options", "--file-associations", "--install-dir", "--license-file", "--resource-dir",
            "--app-image", "--win-help-url", "--win-menu-group", "--win-update-url", "--win-upgrade-uuid",
            "--linux-package-name", "--linux-deb-maintainer", "--linux-menu-group", "--linux-package-deps",
            "--linux-rpm-license-type", "--linux-app-release", "--linux-app-category", "--mac-package-identifier",
            "--mac-package-name", "--mac-package-signing-prefix", "--mac-signing-keychain",
            "--mac-signing-key-user-name", "--mac-entitlements", "--mac-app-category");

    /** Options that only make an app image: jpackage refuses them together with --app-image. */
    static final Set<String> IMAGE_ONLY = Set.of("--input", "--main-jar", "--main-class", "--module",
            "--module-path", "--add-modules", "--jlink-options", "--runtime-image", "--java-options", "--arguments",
            "--add-launcher", "--win-console");

    /** Options that only an installer takes: jpackage refuses them for --type app-image. */
    static final Set<String> PACKAGE_ONLY = Set.of("--license-file", "--install-dir", "--file-associations",
            "--linux-package-deps", "--linux-shortcut", "--linux-deb-maintainer", "--linux-menu-group",
            "--linux-app-category", "--linux-app-release", "--linux-package-name", "--win-menu", "--win-menu-group",
            "--win-shortcut", "--win-dir-chooser", "--win-upgrade-uuid", "--win-per-user-install");

    static Map<String, List<String>> options(Path file) throws IOException {
        return parse(tokens(Files.readString(file, StandardCharsets.UTF_8)), file.getFileName().toString());
    }

    /** Options to their values ({@code ""} for a flag); unknown options and missing values are errors. */
    static Map<String, List<String>> parse(List<String> tokens, String source) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String option = tokens.get(i);
            String value;
            if (FLAGS.contains(option)) {
                value = "";
            } else if (VALUED.contains(option)) {
                if (i + 1 >= tokens.size() || FLAGS.contains(tokens.get(i + 1)) || VALUED.contains(tokens.get(i + 1))) {
                    throw new IllegalArgumentException(source + ": " + option + " needs a value");
                }
                value = tokens.get(++i);
            } else {
                throw new IllegalArgumentException(source + ": unknown jpackage option " + option);
            }
            out.computeIfAbsent(option, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /**
     * Splits an argument file as jpackage does: on white space; a {@code #} that starts a word comments out the rest
     * of the line; single or double quotes keep spaces and may not span lines; a backslash in quotes escapes.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '#') {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
                continue;
            }
            StringBuilder word = new StringBuilder();
            char quote = 0;
            for (; i < n; i++) {
                c = text.charAt(i);
                if (c == '\n' || c == '\r' || (quote == 0 && Character.isWhitespace(c))) {
                    break;
                }
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (quote != 0 && c == '\\' && i + 1 < n) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            }
            if (quote != 0) {
                throw new IllegalArgumentException("unterminated quote in " + word);
            }
            out.add(word.toString());
        }
        return out;
    }
}
