package org.beltmap.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.beltmap.installer.PomXml.children;
import static org.beltmap.installer.PomXml.descendants;
import static org.beltmap.installer.PomXml.first;
import static org.beltmap.installer.PomXml.serialise;
import static org.beltmap.installer.PomXml.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks the jpackage configuration (installer/*.args, the desktop entry, the icons and the {@code installer} profile
 * in pom.xml) without running jpackage: what a typo or a renamed file would otherwise break only in a 1-minute
 * packaging run, or only on the one OS that uses it.
 */
class JpackageConfigTest {

    /** The installer type the profile builds on each OS, as in its antrun target. */
    private static final Map<String, String> PACKAGE_TYPE = Map.of("linux", "deb", "windows", "msi", "mac", "dmg");

    private static Path root;
    private static Element profile;
    private static Document pom;

    @BeforeAll
    static void readPom() throws Exception {
        root = projectRoot();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(root.resolve("pom.xml"))) {
            pom = f.newDocumentBuilder().parse(in);
        }
        for (Element p : children(first(pom.getDocumentElement(), "profiles"), "profile")) {
            if ("installer".equals(text(first(p, "id")))) {
                profile = p;
            }
        }
        assertNotNull(profile, "pom.xml has no profile with id installer");
    }

    // ---------------------------------------------------------------- argument files

    @Test
    void everyArgumentFileTheProfileUsesExistsAndParses() throws IOException {
        List<String> refs = argFileRefs();
        assertTrue(refs.size() >= 4, "the installer profile passes jpackage its @installer/*.args files: " + refs);
        for (String os : PACKAGE_TYPE.keySet()) {
            for (String ref : refs) {
                Path file = root.resolve(resolveFor(ref, os));
                assertTrue(Files.isRegularFile(file), "missing jpackage argument file " + file + " (for " + os + ")");
                JpackageArgs.options(file); // parses, and only known options with their values
            }
        }
    }

    @Test
    void imageAndPackageOptionsAreNotMixed() throws IOException {
        for (String os : PACKAGE_TYPE.keySet()) {
            for (Path file : imageFiles(os)) {
                for (String option : JpackageArgs.options(file).keySet()) {
                    assertFalse(JpackageArgs.PACKAGE_ONLY.contains(option),
                            option + " in " + file.getFileName() + " is an installer option, refused for an app image");
                }
            }
            for (Path file : packageFiles(os)) {
                for (String option : JpackageArgs.options(file).keySet()) {
                    assertFalse(JpackageArgs.IMAGE_ONLY.contains(option),
                            option + " in " + file.getFileName() + " is refused together with --app-image");
                }
            }
            assertEquals(List.of(PACKAGE_TYPE.get(os)), merged(packageFiles(os)).get("--type"),
                    "installer type for " + os);
        }
    }

    @Test
    void referencedFilesExist() throws IOException {
        for (String os : PACKAGE_TYPE.keySet()) {
            List<Path> files = new ArrayList<>(imageFiles(os));
            files.addAll(packageFiles(os));
            for (Path file : files) {
                for (Map.Entry<String, List<String>> e : JpackageArgs.options(file).entrySet()) {
                    for (String value : e.getValue()) {
                        String path = switch (e.getKey()) {
                            case "--icon", "--license-file", "--file-associations", "--resource-dir" -> value;
                            case "--add-launcher" -> value.substring(value.indexOf('=') + 1);
                            default -> null;
                        };
                        if (path != null) {
                            assertTrue(Files.exists(root.resolve(path)),
                                    e.getKey() + " " + value + " in " + file.getFileName() + ": no such file");
                        }
                    }
                }
            }
        }
        // What the profile copies into jpackage's input and resource folders.
        Matcher m = Pattern.compile("\\$\\{project\\.basedir}/([^\"'\\s<]+)").matcher(serialise(profile));
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(Files.exists(root.resolve(m.group(1))), "the installer profile copies missing " + m.group(1));
        }
        assertTrue(found >= 3, "the profile stages maps/, sample-data/ and the desktop entry");
        assertTrue(Files.isRegularFile(root.resolve("maps/basemap.json")), "maps/basemap.json");
        assertTrue(Files.isRegularFile(root.resolve("sample-data/krasnodar-krai/krasnodar-krai.beltmap")), "sample");
    }

    @Test
    void iconsAreRealImagesForEachOs() throws IOException {
        Path png = root.resolve(single(merged(imageFiles("linux")), "--icon"));
        byte[] b = Files.readAllBytes(png);
        assertTrue(b.length > 24 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G', png + " is not a PNG");
        int width = readInt(b, 16);
        int height = readInt(b, 20);
        assertTrue(width >= 256 && width == height, png + " is " + width + "x" + height + ", want square >= 256");
        assertEquals(png, root.resolve(single(merged(packageFiles("linux")), "--icon")), "the .deb uses the same icon");

        byte[] ico = Files.readAllBytes(root.resolve(single(merged(imageFiles("windows")), "--icon")));
        assertTrue(ico.length > 6 && ico[0] == 0 && ico[1] == 0 && ico[2] == 1 && ico[3] == 0, "Windows icon is .ico");
        byte[] icns = Files.readAllBytes(root.resolve(single(merged(imageFiles("mac")), "--icon")));
        assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII), "macOS icon is .icns");
    }

    // ---------------------------------------------------------------- app image

    @Test
    void mainJarIsTheBuiltJarAndMainClassHasMain() throws Exception {
        Map<String, List<String>> image = merged(imageFiles("linux"));
        String finalName = text(first(first(pom.getDocumentElement(), "build"), "finalName"));
        assertEquals(finalName + ".jar", single(image, "--main-jar"), "--main-jar vs the pom's finalName");

        String mainClass = single(image, "--main-class");
        String pomMain = text(first(first(pom.getDocumentElement(), "properties"), "app.mainClass"));
        assertEquals(pomMain, mainClass, "--main-class vs the jar manifest's main class (app.mainClass)");
        Class<?> cls = Class.forName(mainClass, false, getClass().getClassLoader());
        Method main = cls.getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(main.getModifiers()) && Modifier.isPublic(main.getModifiers()),
                mainClass + ".main must be public static");
        assertEquals(void.class, main.getReturnType());
    }

    @Test
    void runtimeIsLeanButHasWhatTheAppNeeds() throws IOException {
        Map<String, List<String>> image = merged(imageFiles("linux"));
        List<String> modules = Arrays.asList(single(image, "--add-modules").split(","));
        for (String needed : List.of("java.base", "java.desktop", "java.logging", "java.management", "java.naming",
                "java.net.http", "java.sql", "java.xml", "jdk.crypto.ec", "jdk.localedata", "jdk.unsupported")) {
            assertTrue(modules.contains(needed), "--add-modules lacks " + needed);
        }
        for (String module : modules) {
            assertTrue(ModuleFinder.ofSystem().find(module).isPresent(), "no JDK module named " + module);
        }
        List<String> jlink = Arrays.asList(single(image, "--jlink-options").split("\\s+"));
        for (String needed : List.of("--strip-debug", "--no-man-pages", "--no-header-files")) {
            assertTrue(jlink.contains(needed), "--jlink-options lacks " + needed);
        }
        assertTrue(jlink.stream().anyMatch(o -> o.startsWith("--include-locales=") && o.contains("ru")),
                "jdk.localedata is cut to the app's locales, Russian among them");
    }

    @Test
    void appVersionDerivedFromThePomIsNumeric() throws IOException {
        for (String os : PACKAGE_TYPE.keySet()) {
            List<Path> files = new ArrayList<>(imageFiles(os));
            files.addAll(packageFiles(os));
            assertFalse(merged(files).containsKey("--app-version"), "--app-version comes from the pom, not an .args");
        }
        String version = text(first(pom.getDocumentElement(), "version"));
        Element regex = first(profile, "replaceregex");
        assertNotNull(regex, "the profile derives the app version with replaceregex");
        String appVersion = version.replaceAll(regex.getAttribute("pattern"),
                regex.getAttribute("replace").replace("\\", "$"));
        assertTrue(appVersion.matches("\\d+(\\.\\d+){0,2}"), "app-version " + appVersion + " from " + version);
        int[] parts = Arrays.stream(appVersion.split("\\.")).mapToInt(Integer::parseInt).toArray();
        assertTrue(parts[0] <= 255 && (parts.length < 2 || parts[1] <= 255), "MSI allows 255.255.65535 at most");
        assertTrue(serialise(profile).contains("${installer.appVersion}"), "jpackage gets --app-version");
    }

    // ---------------------------------------------------------------- Linux package

    @Test
    void debDependsOnGtk3AndInstallsAMenuEntry() throws IOException {
        Map<String, List<String>> deb = merged(packageFiles("linux"));
        List<String> deps = Arrays.stream(single(deb, "--linux-package-deps").split(",")).map(String::trim).toList();
        assertTrue(deps.contains("libgtk-3-0"), "the .deb declares libgtk-3-0: " + deps);
        assertTrue(deb.containsKey("--linux-shortcut"), "--linux-shortcut installs the menu entry");
        assertEquals("LICENSE", single(deb, "--license-file"));
        assertTrue(serialise(profile).contains("installer/beltmap.desktop"), "the profile puts the desktop entry in");
        assertTrue(serialise(profile).contains("resources/BeltMap.desktop"),
                "jpackage takes the menu entry from the resource folder as <name>.desktop");

        // Our maintainer scripts add and remove the entry where jpackage installs it: /opt/PKG/lib/PKG-NAME.desktop.
        String pkg = single(deb, "--linux-package-name");
        String installed = "/opt/" + pkg + "/lib/" + pkg + "-" + single(merged(commonFiles()), "--name") + ".desktop";
        assertTrue(serialise(profile).contains("installer/deb"), "the profile puts installer/deb/* in");
        for (String script : List.of("postinst", "prerm")) {
            String text = Files.readString(root.resolve("installer/deb/" + script), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("#!/bin/sh\n"), script + " is a shell script");
            assertTrue(text.contains("entry=" + installed + "\n"), script + " names the installed entry " + installed);
            assertTrue(text.contains("xdg-desktop-menu " + (script.equals("postinst") ? "install" : "uninstall")),
                    script + " goes through xdg-desktop-menu");
        }
    }

    @Test
    void desktopEntryHasTheRequiredKeysAndPointsIntoThePackage() throws Exception {
        Map<String, String> entry = desktopEntry(root.resolve("installer/beltmap.desktop"));
        for (String key : List.of("Type", "Name", "Name[ru]", "Comment", "Comment[ru]", "Exec", "Icon", "Categories",
                "Terminal")) {
            assertTrue(entry.containsKey(key) && !entry.get(key).isBlank(), "desktop entry lacks " + key);
        }
        assertEquals("Application", entry.get("Type"));
        assertEquals("false", entry.get("Terminal"));
        assertTrue(entry.get("Comment[ru]").codePoints().anyMatch(c -> Character.UnicodeBlock.of(c)
                == Character.UnicodeBlock.CYRILLIC), "Comment[ru] is in Russian");
        assertTrue(Arrays.asList(entry.get("Categories").split(";")).containsAll(
                List.of("Education", "Science", "Geography")), "Categories " + entry.get("Categories"));
        assertTrue(entry.get("Categories").endsWith(";"), "Categories ends with ;");

        String name = single(merged(commonFiles()), "--name");
        String dir = "/opt/" + single(merged(packageFiles("linux")), "--linux-package-name");
        assertEquals(dir + "/bin/" + name, entry.get("Exec").split(" ")[0], "Exec is the installed launcher");
        assertEquals(dir + "/lib/" + name + ".png", entry.get("Icon"), "Icon is where jpackage installs it");
        if (entry.containsKey("StartupWMClass")) {
            Class<?> app = Class.forName(entry.get("StartupWMClass"), false, getClass().getClassLoader());
            assertTrue(javafx.application.Application.class.isAssignableFrom(app),
                    "StartupWMClass is the JavaFX Application class, which names the window's WM_CLASS");
        }
    }

    // ---------------------------------------------------------------- Windows and macOS

    @Test
    void windowsAndMacSettingsAreWellFormed() throws IOException {
        Map<String, List<String>> msi = merged(packageFiles("windows"));
        UUID.fromString(single(msi, "--win-upgrade-uuid"));
        for (String launcher : merged(imageFiles("windows")).getOrDefault("--add-launcher", List.of())) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(root.resolve(launcher.substring(launcher.indexOf('=') + 1)))) {
                p.load(r);
            }
            assertEquals("true", p.getProperty("win-console"), "the extra Windows launcher is the console one");
        }
        assertTrue(single(merged(imageFiles("mac")), "--mac-package-identifier").matches("[A-Za-z0-9.-]+"));
    }

    // ---------------------------------------------------------------- the parser itself

    @Test
    void tokeniserFollowsJpackageArgumentFileRules() {
        assertEquals(List.of("--vendor", "BeltMap developers", "--x", "a'b", "c"),
                JpackageArgs.tokens("# comment\n--vendor \"BeltMap developers\"   # trailing\n--x \"a'b\"\nc"));
        assertThrows(IllegalArgumentException.class, () -> JpackageArgs.tokens("--vendor \"unterminated\n"));
        assertThrows(IllegalArgumentException.class, () -> JpackageArgs.parse(List.of("--no-such-option", "x"), "t"));
        assertThrows(IllegalArgumentException.class, () -> JpackageArgs.parse(List.of("--icon"), "t"));
    }

    // ---------------------------------------------------------------- helpers

    private static List<Path> commonFiles() throws IOException {
        return argFileRefs().stream().filter(r -> r.contains("common")).map(r -> root.resolve(resolveFor(r, "linux")))
                .distinct().toList();
    }

    /** Argument files of the app-image execution on one OS. */
    private static List<Path> imageFiles(String os) throws IOException {
        return filesOf("installer-app-image", os);
    }

    /** Argument files of the installer execution on one OS. */
    private static List<Path> packageFiles(String os) throws IOException {
        return filesOf("installer-package", os);
    }

    private static List<Path> filesOf(String executionId, String os) {
        for (Element exec : descendants(profile, "execution")) {
            if (executionId.equals(text(first(exec, "id")))) {
                List<Path> out = new ArrayList<>();
                for (Element arg : descendants(exec, "argument")) {
                    if (text(arg).startsWith("@")) {
                        out.add(root.resolve(resolveFor(text(arg), os)));
                    }
                }
                assertFalse(out.isEmpty(), "execution " + executionId + " passes no @file");
                return out;
            }
        }
        return fail("the installer profile has no execution " + executionId);
    }

    private static List<String> argFileRefs() {
        List<String> refs = new ArrayList<>();
        for (Element arg : descendants(profile, "argument")) {
            if (text(arg).startsWith("@")) {
                refs.add(text(arg));
            }
        }
        return refs;
    }

    private static String resolveFor(String ref, String os) {
        return ref.substring(1).replace("${installer.os}", os).replace("${installer.type}", PACKAGE_TYPE.get(os));
    }

    private static Map<String, List<String>> merged(List<Path> files) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Path f : files) {
            JpackageArgs.options(f).forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        return out;
    }

    private static String single(Map<String, List<String>> options, String option) {
        List<String> values = options.get(option);
        assertNotNull(values, "no " + option);
        assertEquals(1, values.size(), option + " given more than once: " + values);
        return values.get(0);
    }

    /** Keys of the [Desktop Entry] group; malformed lines and repeated keys are errors. */
    private static Map<String, String> desktopEntry(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>();
        String group = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                group = line.substring(1, line.length() - 1);
                assertFalse(groups.contains(group), "group " + group + " twice");
                groups.add(group);
                continue;
            }
            int eq = line.indexOf('=');
            assertTrue(group != null && eq > 0, "bad desktop entry line: " + line);
            String key = line.substring(0, eq).trim();
            assertTrue(key.matches("[A-Za-z0-9-]+(\\[[A-Za-z_@.]+])?"), "bad key " + key);
            if ("Desktop Entry".equals(group)) {
                assertTrue(out.put(key, line.substring(eq + 1).trim()) == null, "key " + key + " twice");
            }
        }
        assertEquals("Desktop Entry", groups.isEmpty() ? null : groups.get(0), "the first group");
        return out;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("installer"))) {
                return p;
            }
        }
        return fail("no project folder (pom.xml and installer/) above " + Path.of("").toAbsolutePath());
    }
}
