package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.beltmap.app.i18n.Messages;
import org.beltmap.app.settings.AppSettings;
import org.beltmap.core.report.ReportBuilder;
import org.beltmap.core.report.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File → Export report without a toolkit: the dialog's choices become the run's request, the file holds the
 * report of what was chosen, a cancel leaves nothing behind, and the project's inputs are never written over.
 */
class ReportViewModelTest {

    static final Path SAMPLE = Path.of("sample-data/krasnodar-krai/krasnodar-krai.beltmap");
    static final String SCENARIO = "Expressway Krasnodar – Korenovsk";

    @TempDir
    Path dir;
    MainViewModel vm;
    ReportViewModel report;
    final List<String> failed = new ArrayList<>();
    final List<Path> written = new ArrayList<>();

    @BeforeEach
    void open() {
        vm = new MainViewModel(new Messages(Locale.ENGLISH), AppSettings.load(dir.resolve("settings.json")),
                Runnable::run, Runnable::run);
        vm.open(SAMPLE);
        report = new ReportViewModel(vm, Runnable::run, Runnable::run);
        assertTrue(report.ready(), "the sample is analysed (inline executors)");
    }

    @Test
    void optionsBecomeTheRequestAndThePdfHoldsTheChosenScenarioInTheChosenLanguage() throws IOException {
        ReportViewModel.Options o = report.defaults(dir.resolve("report.pdf"));
        assertEquals(Reports.Format.PDF, o.format());
        assertEquals("en", o.locale().getLanguage(), "the UI language");
        assertEquals(ReportBuilder.Cards.SMALL, o.cards());
        assertFalse(o.scenario(), "no scenario is active");
        var base = report.request(o).analysis();
        assertTrue(base.scenario() == null || base.scenario().isEmpty());
        assertTrue(base.isochroneMinutes().containsAll(List.of(45.0, 90.0)), "a band at every belt threshold");

        vm.scenario().activate(SCENARIO);
        ReportViewModel.Options sc = report.defaults(dir.resolve("report.pdf"));
        assertTrue(sc.scenario(), "the active scenario by default");
        assertEquals(SCENARIO, report.request(sc).analysis().scenario().name());
        ReportViewModel.Options ru = new ReportViewModel.Options(Reports.Format.PDF, Locale.forLanguageTag("ru"),
                ReportBuilder.Cards.SMALL, true, dir.resolve("report.pdf"));
        report.export(ru, written::add, failed::add);

        assertEquals(List.of(dir.resolve("report.pdf").toAbsolutePath()), written, failed::toString);
        String text = text(dir.resolve("report.pdf"));
        assertTrue(text.contains("Кореновск"), "a small town's card, in Russian");
        assertTrue(text.contains(SCENARIO), "the scenario on the title page");
        assertTrue(vm.statusProperty().get().contains("report.pdf") && vm.statusProperty().get()
                .contains(dir.toAbsolutePath().toString()), "file and folder named: " + vm.statusProperty().get());
        assertFalse(report.runningProperty().get());
        assertEquals(List.of("report.pdf", "settings.json"), names(), "no temp file left");
    }

    @Test
    void aCancelBetweenStagesLeavesNoFile() throws IOException {
        Path target = dir.resolve("cancelled.docx");
        List<String> stages = new ArrayList<>();
        var first = new java.util.concurrent.atomic.AtomicBoolean(true);
        String content = new Messages(Locale.ENGLISH).get("report.stage.content");
        report.stageProperty().addListener((o, a, b) -> {
            stages.add(b);
            if (b.equals(content) && first.getAndSet(false)) {
                report.cancel();
            }
        });
        report.export(new ReportViewModel.Options(Reports.Format.DOCX, Locale.ENGLISH, ReportBuilder.Cards.ALL,
                false, target), written::add, failed::add);

        assertTrue(stages.contains(content), stages::toString);
        assertTrue(written.isEmpty() && failed.isEmpty(), "neither done nor failed: " + failed);
        assertFalse(Files.exists(target));
        assertEquals(List.of("settings.json"), names(), "nothing written, not even a temp file");
        assertFalse(report.runningProperty().get());
        assertEquals(new Messages(Locale.ENGLISH).get("report.cancelled"), vm.statusProperty().get());

        report.export(new ReportViewModel.Options(Reports.Format.DOCX, Locale.ENGLISH, ReportBuilder.Cards.NONE,
                false, target), written::add, failed::add);
        assertEquals(List.of(target.toAbsolutePath()), written, "a cancel does not stop the next run: " + failed);
    }

    @Test
    void theProjectsInputsAreNeverTheTarget() throws IOException {
        Path towns = SAMPLE.resolveSibling("towns_krasnodar_krai.geojson");
        byte[] before = Files.readAllBytes(towns);
        byte[] project = Files.readAllBytes(SAMPLE);
        for (Path input : List.of(towns, SAMPLE)) {
            report.export(report.defaults(input), written::add, failed::add);
        }
        report.export(report.defaults(dir), written::add, failed::add);
        report.export(report.defaults(null), written::add, failed::add);

        assertEquals(4, failed.size(), failed::toString);
        assertTrue(failed.get(0).contains("is the file of layer 'towns'"), failed.get(0));
        assertTrue(failed.get(1).contains("is the project file"), failed.get(1));
        assertTrue(failed.get(2).contains("is a folder"), failed.get(2));
        assertEquals(new Messages(Locale.ENGLISH).get("report.noFile"), failed.get(3));
        assertTrue(written.isEmpty());
        assertFalse(report.runningProperty().get(), "refused before starting");
        assertArrayEquals(before, Files.readAllBytes(towns));
        assertArrayEquals(project, Files.readAllBytes(SAMPLE));
    }

    @Test
    void thePreviewIsTheFirstPageInTheChosenLanguage() throws IOException {
        var page = report.preview(report.defaults(null), 36);
        assertNotNull(page);
        // A4 portrait at 36 dpi: 298 × 421 pixels.
        assertEquals(298, page.getWidth(), 1);
        assertEquals(421, page.getHeight(), 1);
        int ink = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                ink += (page.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        assertTrue(ink > 500, "the title page is drawn, not blank: " + ink + " pixels");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
