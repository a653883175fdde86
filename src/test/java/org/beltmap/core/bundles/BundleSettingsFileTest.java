package org.beltmap.core.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.beltmap.core.io.ProjectFile;
import org.beltmap.core.model.BundleSettings;
import org.beltmap.core.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundle settings in the project file: defaults for older files, and a lossless round trip. */
class BundleSettingsFileTest {

    @Test
    void anOlderProjectWithoutBundleSettingsGetsTheDefaults(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("old.beltmap");
        Files.writeString(f, "{\"version\": 1, \"layers\": [], \"settings\": {\"gapJoinM\": 250}}");
        Project p = ProjectFile.read(f);
        assertEquals(BundleSettings.DEFAULTS, p.settings().bundles());
        assertEquals(250, p.settings().gapJoinM());
    }

    @Test
    void bundleSettingsSurviveARoundTrip(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.beltmap");
        Files.writeString(f, "{\"version\": 1, \"layers\": [], \"settings\": {\"bundles\": {\"widthKm\": 3}}}");
        Project p = ProjectFile.read(f);
        assertEquals(new BundleSettings(3, 10, 10), p.settings().bundles());
        Project changed = p.withSettings(p.settings().withBundles(new BundleSettings(4, 20, 15)));
        ProjectFile.write(changed, f);
        assertEquals(new BundleSettings(4, 20, 15), ProjectFile.read(f).settings().bundles());
    }

    @Test
    void nonsenseWidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BundleSettings(0, 10, 10));
    }
}
