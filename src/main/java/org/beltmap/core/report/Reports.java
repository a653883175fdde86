package org.beltmap.core.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.beltmap.core.analysis.AnalysisRequest;
import org.beltmap.core.analysis.AnalysisResult;
import org.beltmap.core.metrics.BeltStatistics;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Settings;

/** The report in one call, for the CLI, the app and the bench: what to analyse, and the file from the result. */
public final class Reports {

    public enum Format { PDF, DOCX }

    private Reports() {
    }

    /**
     * The request a report needs on top of {@code base}: every part, and isochrone bands at the belt thresholds too
     * so every belt has an area (the project's bands are kept).
     */
    public static AnalysisRequest request(Region region, AnalysisRequest base) {
        Settings s = region.project().settings();
        var minutes = base.isochroneMinutes() != null ? base.isochroneMinutes() : s.isochroneMinutes();
        var thresholds = base.thresholds() != null ? base.thresholds() : s.beltThresholdsMin();
        return base.withParts(java.util.EnumSet.allOf(AnalysisRequest.Part.class)).withIsochrones(
                BeltStatistics.bands(minutes, thresholds), base.isochroneCellM(), base.isochroneSmoothM());
    }

    /** The report's content in {@code locale}, dated today. */
    public static ReportContent content(AnalysisResult result, Locale locale, ReportBuilder.Cards cards) {
        return ReportBuilder.build(result, new ReportText(locale), cards, LocalDate.now());
    }

    public static byte[] write(ReportContent content, Format format) throws IOException {
        ReportText text = new ReportText(content.locale());
        return format == Format.PDF ? PdfReportWriter.write(content, text) : DocxReportWriter.write(content, text);
    }
}
