package org.beltmap.core.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The report's words in Russian or English (org/beltmap/core/report/report*.properties) and its number format. */
public final class ReportText {

    private final ResourceBundle bundle;
    private final Locale locale;

    public ReportText(Locale locale) {
        this.locale = "ru".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("org.beltmap.core.report.report", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public boolean russian() {
        return "ru".equals(locale.getLanguage());
    }

    public String get(String key, Object... args) {
        String s = bundle.getString(key);
        return args.length == 0 ? s : new MessageFormat(s, locale).format(args);
    }

    public boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** The key's text, else {@code fallback} (an id the bundle does not know, e.g. a custom size class). */
    public String getOr(String key, String fallback) {
        return has(key) ? get(key) : fallback;
    }

    /** A number with {@code decimals} decimals and grouping as the language writes it; "—" for null or NaN. */
    public String num(Double v, int decimals) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v).replace('\u202F', '\u00A0');
    }

    public String num(double v, int decimals) {
        return num(Double.valueOf(v), decimals);
    }

    public String integer(long v) {
        return v < 0 ? "—" : num((double) v, 0);
    }

    public String signed(Double v, int decimals) {
        return v == null ? "—" : (v > 0 ? "+" : v < 0 ? "−" : "") + num(Math.abs(v), decimals);
    }
}
