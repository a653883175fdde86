package org.beltmap.app.viewmodel;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers typed by the user in the UI locale's way: "1,3" and "1 000 000" in Russian, "1.3" and "1,000,000" in
 * English. A decimal point is also accepted in Russian (people copy figures from English sources), and lists are
 * separated by semicolons, spaces or (in Russian, where the comma is decimal) a comma followed by a space.
 */
final class LocaleNumbers {

    private static final Pattern PLAIN = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern EN_GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private LocaleNumbers() {
    }

    static boolean decimalComma(Locale l) {
        return DecimalFormatSymbols.getInstance(l).getDecimalSeparator() == ',';
    }

    /** The number, or empty when the text is not one. */
    static OptionalDouble parse(String text, Locale l) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = text.strip().replace('\u2212', '-').replaceAll("[\\s\\u00a0\\u202f']", "");
        if (decimalComma(l)) {
            t = t.replace(',', '.');
        } else if (EN_GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        } else if (t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
            t = t.replace(',', '.');
        }
        return PLAIN.matcher(t).matches() ? OptionalDouble.of(Double.parseDouble(t)) : OptionalDouble.empty();
    }

    /** The numbers of a list (empty text is an empty list), or null when an item is not a number. */
    static List<Double> parseList(String text, Locale l) {
        String sep = decimalComma(l) ? "(?:,(?=\\s)|[;\\s\\u00a0])+" : "[;,\\s\\u00a0]+";
        List<Double> out = new ArrayList<>();
        for (String item : (text == null ? "" : text.strip()).split(sep)) {
            if (item.isEmpty()) {
                continue;
            }
            OptionalDouble v = parse(item, l);
            if (v.isEmpty()) {
                return null;
            }
            out.add(v.getAsDouble());
        }
        return out;
    }

    static String format(double v, Locale l, boolean grouping) {
        NumberFormat f = NumberFormat.getNumberInstance(l);
        f.setMaximumFractionDigits(2);
        f.setGroupingUsed(grouping);
        return f.format(v);
    }

    static String formatList(List<Double> values, Locale l) {
        List<String> items = values.stream().map(v -> format(v, l, false)).toList();
        return String.join(decimalComma(l) ? "; " : ", ", items);
    }
}
