package org.beltmap.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.beltmap.core.model.SettingsCheck;
import org.beltmap.core.model.SettingsWords;

/**
 * Numeric options checked with the rules project files and the Settings dialog use ({@link SettingsCheck}), before
 * anything is read: {@code --catchment -1: must be greater than 0 km. Fix: write e.g. 15}. The exception is worded
 * for {@link Cli}, which prints it as one line and exits 2.
 */
final class OptionCheck {

    private OptionCheck() {
    }

    /** Refuses {@code value} of {@code option} if it breaks the rule of {@code field}; {@code usual} is its default. */
    static void number(String option, Double value, String field, double usual) {
        if (value != null) {
            SettingsCheck.number(field, value).ifPresent(p -> {
                throw new IllegalArgumentException(option + " " + SettingsWords.num(value) + ": "
                        + SettingsWords.problem(p, false) + ". Fix: " + SettingsWords.fix(p, usual));
            });
        }
    }

    /** Refuses a list of minutes (--thresholds, --minutes) that is not ascending above 0. */
    static void minutes(String option, List<Double> values, String field, List<Double> usual) {
        if (values != null) {
            SettingsCheck.ascending(field, values, usual).ifPresent(p -> {
                String fix = p.code() == SettingsCheck.Code.ASCENDING ? "write them smallest first, e.g. "
                        + commas(p.args().get(1)) : "write e.g. " + commas(usual);
                throw new IllegalArgumentException(option + " " + commas(values) + ": " + SettingsWords.problem(p, false)
                        + ". Fix: " + fix);
            });
        }
    }

    /** A list as the option takes it: 45,90. */
    private static String commas(Object list) {
        return ((List<?>) list).stream().map(SettingsWords::num).collect(Collectors.joining(","));
    }
}
