package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.io.RegionLoader;
import org.beltmap.core.model.Region;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysis → Calibrate on a project without published МТД names the project and the column it needs. */
class CalibrationMessageTest {

    @TempDir
    Path dir;

    @Test
    void bothLanguagesNameTheProjectTheTableAndTheColumn() throws IOException {
        Path project = Sample.copyTo(dir);
        Files.writeString(project, Files.readString(project)
                .replace("\"path\" : \"towns_published_2014.csv\"", "\"path\" : \"empty.csv\""));
        Files.writeString(dir.resolve("empty.csv"), "name_ru,publ_mtd_min\nКраснодар,\n");
        Region region = RegionLoader.load(project);
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru")}) {
            String[] why = Dialogs.calibrationMissing(new Messages(l), region);
            String all = why[0] + " " + why[1];
            assertTrue(why[0].contains("krasnodar-krai.beltmap") && why[0].contains("empty.csv"), all);
            assertTrue(why[1].contains("publ_mtd_min"), all);
            assertTrue(!all.contains("!"), "no missing message keys: " + all);
        }
        String en = String.join(" ", Dialogs.calibrationMissing(new Messages(Locale.ENGLISH), region));
        assertTrue(en.contains("has no published МТД for any town"), en);
    }

    @Test
    void publishedFiguresTheNetworkDoesNotReachAreCountedNotDenied() {
        String[] why = Dialogs.calibrationMissing(new Messages(Locale.ENGLISH), Sample.region());
        assertTrue(why[0].contains("reaches none of the towns with a published МТД (11)"), why[0]);
    }
}
