package org.beltmap.app.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.io.DataException;
import org.beltmap.core.osm.OsmImport;

/**
 * File → New project from OSM extract: the extract, centre, town classes and project folder the user gives, and the
 * import run on {@code background} with its progress and messages published through {@code ui}. Cancelling stops
 * the import between blocks; nothing is left in the folder then, nor after a failure.
 */
public final class ImportOsmViewModel {

    private final Messages m;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<Path> extract = new SimpleObjectProperty<>();
    private final StringProperty centre = new SimpleStringProperty("");
    private final StringProperty places = new SimpleStringProperty("city,town");
    private final ObjectProperty<Path> out = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<OsmImport.Summary> result = new SimpleObjectProperty<>();
    private AtomicBoolean cancelled = new AtomicBoolean();

    public ImportOsmViewModel(Messages m, Executor background, Executor ui) {
        this.m = m;
        this.background = background;
        this.ui = ui;
        extract.addListener((o, a, b) -> {
            if (b != null && (out.get() == null || a != null && out.get().equals(defaultOut(a)))) {
                out.set(defaultOut(b));
            }
        });
    }

    /** A new folder beside the extract, named after it ({@code andorra-latest.osm.pbf} → {@code andorra-latest}). */
    public static Path defaultOut(Path extract) {
        String stem = extract.getFileName().toString().replaceFirst("(?i)(\\.osm)?\\.pbf$", "");
        Path dir = extract.toAbsolutePath().getParent();
        Path p = dir.resolve(stem);
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(stem + "-" + i);
        }
        return p;
    }

    public ObjectProperty<Path> extractProperty() {
        return extract;
    }

    public StringProperty centreProperty() {
        return centre;
    }

    public StringProperty placesProperty() {
        return places;
    }

    public ObjectProperty<Path> outProperty() {
        return out;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The last successful import (its summary names the project file). */
    public ObjectProperty<OsmImport.Summary> resultProperty() {
        return result;
    }

    /** Starts the import unless one runs or a field is missing; {@code done} receives the new project file. */
    public void start(Consumer<Path> done) {
        if (running.get()) {
            return;
        }
        if (extract.get() == null || centre.get() == null || centre.get().isBlank() || out.get() == null) {
            message.set(m.get("importOsm.missing"));
            return;
        }
        Set<String> classes = new LinkedHashSet<>();
        for (String c : places.get().split(",")) {
            if (!c.isBlank()) {
                classes.add(c.trim().toLowerCase(Locale.ROOT));
            }
        }
        OsmImport.Options o = new OsmImport.Options(extract.get(), centre.get().trim(), out.get(), null, null, classes);
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(0);
        result.set(null);
        message.set(m.get("importOsm.step.ways"));
        background.execute(() -> {
            double[] shown = {-1};
            String[] step = {""};
            try {
                OsmImport.Summary s = OsmImport.run(o, (st, f) -> {
                    // A big extract has thousands of blocks: publish only visible steps.
                    if (!st.equals(step[0]) || f - shown[0] >= 0.01) {
                        step[0] = st;
                        shown[0] = f;
                        ui.execute(() -> {
                            progress.set(f);
                            message.set(m.get("importOsm.step." + st));
                        });
                    }
                }, stop::get);
                ui.execute(() -> {
                    running.set(false);
                    progress.set(1);
                    result.set(s);
                    StringBuilder text = new StringBuilder(m.get("importOsm.done", s.towns(), s.settlements(), s.roads(),
                            s.ms()));
                    s.notes().forEach(n -> text.append('\n').append(n));
                    message.set(text.toString());
                    done.accept(s.project());
                });
            } catch (CancellationException e) {
                ui.execute(() -> finish(m.get("importOsm.cancelled")));
            } catch (DataException e) {
                ui.execute(() -> finish(e.getMessage()));
            } catch (Exception e) {
                ui.execute(() -> finish(e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        });
    }

    private void finish(String text) {
        running.set(false);
        progress.set(0);
        message.set(text);
    }

    /** Stops a running import; it cleans up after itself. */
    public void cancel() {
        cancelled.set(true);
    }
}
