package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numeric options are checked with the settings rules before any file is read: one line naming the option and the
 * fix, exit 2, nothing written. The project named does not exist, so reaching the load would say so instead.
 */
class OptionCheckTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rays {p} --catchment -1 --out {o}|--catchment -1: must be greater than 0 km. Fix: write e.g. 15",
        "rays {p} --catchment Infinity --out {o}|--catchment Infinity: must be greater than 0 km",
        "rays {p} --min-share 1.5 --out {o}|--min-share 1.5: must be from 0 to 1. Fix: write e.g. 0.04",
        "isochrones {p} --cell 0 --out {o}|--cell 0: must be greater than 0 m. Fix: write e.g. 500",
        "isochrones {p} --smooth -10 --out {o}|--smooth -10: cannot be negative. Fix: write 0 or more, e.g. 250",
        "isochrones {p} --minutes 90,45 --out {o}|--minutes 90,45: must be ascending and greater than 0. Fix: write them smallest first, e.g. 45,90",
        "isochrones {p} --cell NaN --out {o}|--cell NaN: must be greater than 0 m",
        "belts {p} --thresholds 45,45 --out {o}|--thresholds 45,45: must be ascending",
        "belts {p} --thresholds 0 --out {o}|--thresholds 0: must be ascending and greater than 0. Fix: write them smallest first, e.g. 45,90",
        "bundles {p} --width 0 --out {o}|--width 0: must be greater than 0 km. Fix: write e.g. 5",
        "bundles {p} --strip -1 --out {o}|--strip -1: cannot be negative. Fix: write 0 or more, e.g. 10",
        "bundles {p} --min-length -0.5 --out {o}|--min-length -0.5: cannot be negative",
        "export {p} --format png --dpi 20 --out {o}|--dpi 20: must be from 36 to 1200 dpi. Fix: write e.g. 300",
    })
    void aBadNumberIsRefusedBeforeAnythingIsRead(String command, String expected) {
        Path out = dir.resolve("out.geojson");
        String[] args = java.util.Arrays.stream(command.split(" ")).map(a -> a.replace("{p}",
                dir.resolve("missing.beltmap").toString()).replace("{o}", out.toString())).toArray(String[]::new);
        CliTest.Run r = CliTest.run(args);
        assertEquals(Cli.ERROR, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertEquals("beltmap: " + expected, lines.get(0).substring(0, Math.min(lines.get(0).length(),
                expected.length() + 9)));
        assertTrue(lines.get(0).contains("Fix: "), lines.get(0));
        assertFalse(Files.exists(out), "nothing written");
    }
}
