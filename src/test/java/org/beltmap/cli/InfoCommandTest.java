package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beltmap.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code info} on Russian Excel exports (detection and overrides) and on projects with layers outside the folder. */
class InfoCommandTest {

    static final Charset CP1251 = Charset.forName("windows-1251");
    static final String RU = "Название;Население;Широта;Долгота\nКореновск;41179;45,464;39,459\nТихорецк;61825;45,855;40,125\n";

    @TempDir
    Path dir;

    @Test
    void cp1251SemicolonCsvShowsEncodingDelimiterColumnsAndDecodedRows() throws Exception {
        Path csv = dir.resolve("towns.csv");
        Files.write(csv, RU.getBytes(CP1251));
        Run r = CliTest.run("info", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("encoding windows-1251 (detected)\n"), r.out());
        assertTrue(r.out().contains("delimiter ; (detected)\n"), r.out());
        assertTrue(r.out().contains("columns 4: Название | Население | Широта | Долгота\n"), r.out());
        assertTrue(r.out().contains("row 1 {Название=Кореновск, Население=41179"), r.out());
        assertTrue(r.out().contains("extent lon 39.459000 .. 40.125000, lat 45.464000 .. 45.855000"), r.out());
    }

    @Test
    void encodingAndDelimiterCanBeGiven() throws Exception {
        // Pipe-delimited CP1251 with only ASCII in the first line defeats detection of both.
        Path csv = dir.resolve("pipes.txt");
        Files.write(csv, "name|lat|lon\nКрымск|44.93|37.99\n".getBytes(CP1251));
        Run wrong = CliTest.run("info", csv.toString(), "--encoding", "UTF-8");
        assertEquals(Cli.ERROR, wrong.code());
        assertTrue(wrong.err().contains("line 2: is not valid UTF-8 text (byte 0xca at offset 13)"), wrong.err());

        Run r = CliTest.run("info", csv.toString(), "--encoding", "windows-1251", "--delimiter", "|");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("encoding windows-1251 (given)"), r.out());
        assertTrue(r.out().contains("delimiter | (given)"), r.out());
        assertTrue(r.out().contains("row 1 {name=Крымск, lat=44.93, lon=37.99}"), r.out());
    }

    @Test
    void unknownEncodingIsOneLine() throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "a,b\n1,2\n");
        Run r = CliTest.run("info", csv.toString(), "--encoding", "klingon-8");
        assertEquals(Cli.ERROR, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("unknown encoding 'klingon-8'"), r.err());
    }

    @Test
    void layersOutsideTheProjectFolderNeedAllowOutside() throws Exception {
        Path inner = Files.createDirectories(dir.resolve("p"));
        Files.writeString(dir.resolve("towns.csv"), "name_ru,lat,lon\nКраснодар,45.04,38.97\n");
        Path project = inner.resolve("p.beltmap");
        Files.writeString(project, """
                {"version":1,"layers":[{"id":"towns","kind":"towns","path":"../towns.csv"}],
                 "centres":[{"town":"Краснодар"}]}""");
        Run refused = CliTest.run("info", project.toString());
        assertEquals(Cli.ERROR, refused.code());
        assertTrue(refused.out().contains("problem: " + project + ": layer 'towns': path '../towns.csv' is outside"),
                refused.out());
        assertEquals(1, refused.err().lines().count(), refused.err());

        Run allowed = CliTest.run("info", project.toString(), "--allow-outside");
        assertEquals(0, allowed.code(), allowed.err());
        assertTrue(allowed.out().contains("towns 1"), allowed.out());
    }

    @Test
    void legacyProjectPrintsAMigrationNote() throws Exception {
        Files.writeString(dir.resolve("t.csv"), "name_ru,lat,lon\nКраснодар,45.04,38.97\n");
        Path project = dir.resolve("old.beltmap");
        Files.writeString(project, "{\"layers\":[{\"id\":\"towns\",\"type\":\"towns\",\"file\":\"t.csv\"}]}");
        Run r = CliTest.run("info", project.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("note: " + project + ": migrated from schema 0 to 1"), r.out());
    }

    @Test
    void debugShowsTheStackTraceOtherwiseNever() throws Exception {
        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, "{\"type\": \"FeatureCollection\", \"features\": [");
        Run plain = CliTest.run("info", bad.toString());
        assertEquals(1, plain.err().lines().count(), plain.err());
        Run debug = CliTest.run("--debug", "info", bad.toString());
        assertEquals(Cli.ERROR, debug.code());
        assertTrue(debug.err().contains("at org.beltmap.core.io.GeoJsonLayerReader"), debug.err());
        assertTrue(debug.err().lines().reduce((a, b) -> b).orElseThrow().contains("bad.geojson: line 1:"), debug.err());
    }
}
