package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate} on a project with no published МТД says which project and what it needs, in one line. */
class CalibrateWithoutPublishedTest {

    @TempDir
    Path dir;

    @Test
    void aJoinedTableWithoutPublishedMinutesIsNamed() throws IOException {
        Path project = Sample.copyTo(dir);
        Path table = dir.resolve("towns_published_2014.csv");
        // Blank the publ_mtd_min column (the fifth) of every row: the join stays, the minutes are gone.
        Files.writeString(table, Files.readAllLines(table).stream().map(l -> {
            String[] c = l.split(",", -1);
            if (!c[0].equals("name_ru")) {
                c[4] = "";
            }
            return String.join(",", c);
        }).collect(Collectors.joining("\n", "", "\n")));

        CliTest.Run r = CliTest.run("calibrate", project.toString());
        assertEquals(Cli.ERROR, r.code(), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("krasnodar-krai.beltmap has no published МТД for any town"), r.err());
        assertTrue(r.err().contains("towns_published_2014.csv joined to layer 'towns' has no publ_mtd_min"), r.err());
        assertTrue(!r.err().contains("reaches"), "nothing implies that some published values exist: " + r.err());
    }

    @Test
    void withoutAnyJoinTheMessageSaysWhereTheColumnGoes() throws IOException {
        Path project = Sample.copyTo(dir);
        Files.writeString(project, Files.readString(project)
                .replace("\"join\" : { \"path\" : \"towns_published_2014.csv\", \"key\" : \"name_ru\" },", ""));

        CliTest.Run r = CliTest.run("calibrate", project.toString());
        assertEquals(Cli.ERROR, r.code(), r.out());
        assertTrue(r.err().contains("krasnodar-krai.beltmap has no published МТД"), r.err());
        assertTrue(r.err().contains("give the towns a publ_mtd_min column (minutes)"), r.err());
        assertTrue(!r.err().contains("joined to layer"), r.err());
    }
}
