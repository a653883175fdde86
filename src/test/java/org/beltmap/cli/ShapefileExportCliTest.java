package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export --format shp` writes one Shapefile per analysis layer that the Shapefile reader opens again. */
class ShapefileExportCliTest {

    @Test
    void theTownsShapefileReadsBackWithEveryTown(@TempDir Path dir) {
        Path out = dir.resolve("shp");
        CliTest.Run r = CliTest.run("export", "sample-data/krasnodar-krai/krasnodar-krai.beltmap", "--format", "shp",
                "--no-bundles", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String part : new String[] {"towns.shp", "towns.shx", "towns.dbf", "towns.prj", "towns.cpg",
            "isochrones.shp", "rays.shp"}) {
            assertTrue(Files.isRegularFile(out.resolve(part)), part);
        }
        CliTest.Run info = CliTest.run("info", out.resolve("towns.shp").toString());
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().contains("26"), info.out());
        assertTrue(info.out().contains("Krasnodar") || info.out().contains("Краснодар"), info.out());
    }
}
