package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's model: a folder beside the extract, the import off the caller's thread, cancel, failures said. */
class ImportOsmViewModelTest {

    static final Path ANDORRA = Path.of("src/test/resources/osm/andorra-2013.osm.pbf");

    @TempDir
    Path tmp;

    private ImportOsmViewModel model(List<Runnable> ui) {
        return new ImportOsmViewModel(new Messages(Locale.ENGLISH), Runnable::run, ui::add);
    }

    private static void drain(List<Runnable> ui) {
        while (!ui.isEmpty()) {
            ui.remove(0).run();
        }
    }

    @Test
    void importsIntoAFolderBesideTheExtractAndOpensIt() throws Exception {
        Path extract = Files.copy(ANDORRA, tmp.resolve("andorra-latest.osm.pbf"));
        Files.createDirectory(tmp.resolve("andorra-latest"));
        List<Runnable> ui = new ArrayList<>();
        ImportOsmViewModel m = model(ui);
        m.extractProperty().set(extract);
        assertEquals(tmp.resolve("andorra-latest-2"), m.outProperty().get(), "a new folder, never an existing one");
        m.centreProperty().set("Canillo");
        List<Path> opened = new ArrayList<>();
        m.start(opened::add);
        assertTrue(m.runningProperty().get(), "running until the UI thread hears otherwise");
        drain(ui);
        assertFalse(m.runningProperty().get());
        assertEquals(List.of(tmp.resolve("andorra-latest-2/andorra-latest-2.beltmap")), opened);
        assertTrue(m.messageProperty().get().startsWith("Imported 7 towns"), m.messageProperty().get());
        assertTrue(m.messageProperty().get().contains("no population tag"), "what to fix stays readable");
    }

    @Test
    void cancelLeavesNothingAndSaysSo() {
        // Cancel as soon as the import reports its first step (the background here is the calling thread).
        ImportOsmViewModel[] self = new ImportOsmViewModel[1];
        List<Runnable> cancelling = new ArrayList<>() {
            @Override
            public boolean add(Runnable r) {
                self[0].cancel();
                return super.add(r);
            }
        };
        ImportOsmViewModel c = model(cancelling);
        self[0] = c;
        c.extractProperty().set(ANDORRA);
        c.outProperty().set(tmp.resolve("out"));
        c.centreProperty().set("Andorra la Vella");
        c.start(p -> { });
        drain(cancelling);
        assertEquals("Import cancelled; nothing was written.", c.messageProperty().get());
        assertFalse(Files.exists(tmp.resolve("out")));
        assertNull(c.resultProperty().get());
    }

    @Test
    void aBadCentreIsTheImportersOneLineAndMissingFieldsAreNamed() {
        List<Runnable> ui = new ArrayList<>();
        ImportOsmViewModel m = model(ui);
        m.start(p -> { });
        assertTrue(m.messageProperty().get().contains("centre"), m.messageProperty().get());
        m.extractProperty().set(ANDORRA);
        m.outProperty().set(tmp.resolve("x"));
        m.centreProperty().set("Andora la Vela");
        m.start(p -> { });
        drain(ui);
        assertTrue(m.messageProperty().get().contains("nearest: Andorra la Vella"), m.messageProperty().get());
        assertFalse(m.runningProperty().get());
    }
}
