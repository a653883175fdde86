package org.beltmap.core.model;

import java.util.Locale;
import java.util.Map;

/** A text in Russian and English; falls back to whichever exists. */
public record LocalizedText(String ru, String en) {

    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    public static LocalizedText fromMap(Map<String, String> map) {
        if (map == null) {
            return new LocalizedText("", "");
        }
        return new LocalizedText(map.getOrDefault("ru", map.getOrDefault("en", "")),
                map.getOrDefault("en", map.getOrDefault("ru", "")));
    }

    public String get(Locale locale) {
        boolean russian = locale != null && "ru".equals(locale.getLanguage());
        String pick = russian ? ru : en;
        if (pick == null || pick.isBlank()) {
            pick = russian ? en : ru;
        }
        return pick == null ? "" : pick;
    }
}
