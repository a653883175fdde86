package org.beltmap.app.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI text from the resource bundles (Russian and English) and locale-aware number formatting. */
public final class Messages {

    private static final String BUNDLE = "org.beltmap.app.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Russian when the system locale is Russian (the users are Russian planners), else English. */
    public static Locale defaultLocale() {
        String forced = System.getProperty("beltmap.lang");
        if (forced != null && !forced.isBlank()) {
            return Locale.forLanguageTag(forced);
        }
        return "ru".equals(Locale.getDefault().getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isRussian() {
        return "ru".equals(locale.getLanguage());
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** 41 330 in Russian, 41,330 in English. */
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String decimal(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    /**
     * A derived ray's name ("M-4 north": road ref and compass word, as the analysis names it) in the UI language:
     * in Russian "М-4 север", the ref in Cyrillic as on Russian road signs. Other names (a user's) stay as typed.
     */
    public String rayName(String name) {
        if (name == null || !isRussian()) {
            return name;
        }
        java.util.regex.Matcher mt = java.util.regex.Pattern.compile("^([MAR])-(\\S+) (north|east|south|west)$")
                .matcher(name);
        if (!mt.matches()) {
            return name;
        }
        String letter = switch (mt.group(1)) {
            case "M" -> "М";
            case "A" -> "А";
            default -> "Р";
        };
        return letter + "-" + mt.group(2) + " " + get("direction." + mt.group(3));
    }
}
