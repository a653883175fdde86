package org.beltmap.app.viewmodel;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.analysis.AnalysisProgress;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.io.AtomicFiles;
import org.beltmap.core.io.DataException;
import org.beltmap.core.io.OutputGuard;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Scenario;
import org.beltmap.core.report.ReportBuilder;
import org.beltmap.core.report.ReportContent;
import org.beltmap.core.report.Reports;

/**
 * File → Export report: the consultant's report of the analysis on screen (the base network or the active
 * scenario) as PDF or DOCX, through the same facade as the {@code report} command. Runs off the UI thread in
 * stages (analysis, content, file bytes, save); a cancel stops at the next stage, and the file is written only at
 * the end, to a temp file moved over the target, so a cancelled or failed run leaves no file, partial or other.
 * The project's inputs are never a target.
 */
public final class ReportViewModel {

    /** What the user chose in the dialog. {@code scenario}: the active scenario rather than the base network. */
    public record Options(Reports.Format format, Locale locale, ReportBuilder.Cards cards, boolean scenario,
                          Path target) {

        public Options withTarget(Path next) {
            return new Options(format, locale, cards, scenario, next);
        }
    }

    /** A checked run: the options, the region and the analysis request the report needs. */
    public record Request(Options options, Region region, AnalysisRequest analysis) {
    }

    /** The two report languages, in the order the dialog offers them. */
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH);

    private final MainViewModel vm;
    private final Messages m;
    private final Executor background;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");

    public ReportViewModel(MainViewModel vm, Executor background, Executor ui) {
        this.vm = vm;
        this.m = vm.messages();
        this.background = background;
        this.ui = ui;
    }

    /** Whether the base analysis is complete (a report needs scores and bundles too). */
    public boolean ready() {
        return vm.getRegion() != null && vm.analysis().resultProperty().get() != null;
    }

    /** The active scenario's name, or null when the base network is shown. */
    public String activeScenario() {
        Scenario s = vm.scenario().scenarioProperty().get();
        return s == null || s.isEmpty() ? null : s.name();
    }

    /** PDF, the UI language, cards for small towns, the active scenario when there is one. */
    public Options defaults(Path target) {
        Locale ui = LANGUAGES.stream().filter(l -> l.getLanguage().equals(m.locale().getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
        return new Options(Reports.Format.PDF, ui, ReportBuilder.Cards.SMALL, activeScenario() != null, target);
    }

    /**
     * Checks the options: the analysis is ready, a file is chosen and it is none of the project's inputs (nor a
     * folder or a link). Throws with the message to show otherwise.
     */
    public Request request(Options o) {
        if (!ready()) {
            throw new IllegalStateException(m.get("export.notReady"));
        }
        if (o.target() == null) {
            throw new IllegalArgumentException(m.get("report.noFile"));
        }
        Region region = vm.getRegion();
        guard(o.target(), region);
        Scenario sc = o.scenario() ? vm.scenario().scenarioProperty().get() : Scenario.NONE;
        AnalysisRequest base = vm.analysis().request();
        if (sc != null && !sc.isEmpty()) {
            base = base.withScenario(sc);
        }
        return new Request(o, region, Reports.request(region, base));
    }

    private static void guard(Path target, Region region) {
        OutputGuard.checkFile(target.toAbsolutePath(), null, OutputGuard.inputs(region.project()), true);
    }

    /**
     * Writes the report; {@code done} gets the file, {@code failed} the message (both on the UI thread). The
     * status line names the file and its folder.
     */
    public void export(Options o, Consumer<Path> done, Consumer<String> failed) {
        Request r;
        try {
            r = request(o);
        } catch (RuntimeException e) {
            failed.accept(message(o.target(), e));
            return;
        }
        long gen = generation.incrementAndGet();
        running.set(true);
        progress.set(0);
        stage.set(m.get("report.stage.analysis"));
        Path target = o.target().toAbsolutePath();
        background.execute(() -> {
            try {
                AnalysisResult a = analyse(r, gen);
                ReportContent content = step(gen, 0.35, m.get("report.stage.content"),
                        () -> Reports.content(a, o.locale(), o.cards()));
                byte[] bytes = step(gen, 0.55, m.get("report.stage.writing", target.getFileName()),
                        () -> Reports.write(content, o.format()));
                step(gen, 0.95, m.get("report.stage.saving"), () -> {
                    guard(target, r.region()); // the file may have become something else meanwhile
                    AtomicFiles.write(target, bytes);
                    return null;
                });
                ui.execute(() -> {
                    if (gen == generation.get()) {
                        running.set(false);
                        progress.set(1);
                        stage.set("");
                        vm.statusProperty().set(m.get("report.done", target.getFileName(), target.getParent()));
                    }
                    done.accept(target);
                });
            } catch (CancellationException cancelled) {
                // cancel() has said so; nothing was written
            } catch (Exception e) {
                ui.execute(() -> {
                    if (gen == generation.get()) {
                        running.set(false);
                        stage.set("");
                    }
                    failed.accept(message(target, e));
                });
            }
        });
    }

    /** Stops the running export at its next stage; nothing is written. */
    public void cancel() {
        if (running.get()) {
            generation.incrementAndGet();
            running.set(false);
            stage.set("");
            vm.statusProperty().set(m.get("report.cancelled"));
        }
    }

    /**
     * The first page of the report as chosen, rendered at {@code dpi}: the same content as the file (for DOCX its
     * PDF rendering; the cards count in the footer's page count). Slow: call it off the UI thread.
     */
    public BufferedImage preview(Options o, float dpi) throws IOException {
        Request r = request(o.withTarget(o.target() == null ? Path.of("preview.pdf") : o.target()));
        AnalysisResult a = vm.analysis().session().run(r.region(), r.analysis(), AnalysisProgress.NONE);
        byte[] pdf = Reports.write(Reports.content(a, o.locale(), o.cards()), Reports.Format.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi);
        }
    }

    private AnalysisResult analyse(Request r, long gen) {
        return vm.analysis().session().run(r.region(), r.analysis(), new AnalysisProgress() {
            @Override
            public void stage(String name, double fraction) {
                ui.execute(() -> {
                    if (gen == generation.get()) {
                        progress.set(0.3 * fraction);
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return gen != generation.get();
            }
        });
    }

    /** A work stage that starts only if the run was not cancelled meanwhile. */
    private <T> T step(long gen, double fraction, String name, Work<T> work) throws IOException {
        if (gen != generation.get()) {
            throw new CancellationException("report cancelled");
        }
        ui.execute(() -> {
            if (gen == generation.get()) {
                progress.set(fraction);
                stage.set(name);
            }
        });
        if (gen != generation.get()) { // cancelled as the stage was announced
            throw new CancellationException("report cancelled");
        }
        return work.run();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws IOException;
    }

    private static String message(Path target, Exception e) {
        if (e instanceof DataException || e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return (target == null ? "" : target + ": ") + e.getMessage();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 over the stages. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the run is doing ("Building the report…"), empty when idle. */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }
}
