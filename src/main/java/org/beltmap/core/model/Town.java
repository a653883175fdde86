package org.beltmap.core.model;

import java.util.Locale;
import java.util.Map;

/**
 * A town or settlement: a point with names, population and its size class.
 *
 * @param population persons, or -1 when unknown
 */
public record Town(String id, String nameRu, String nameEn, double lon, double lat, long population,
                   SizeClass sizeClass, Published published, Map<String, Object> attributes) {

    public Town {
        attributes = attributes == null ? Map.of() : attributes;
        published = published == null ? Published.NONE : published;
    }

    public String name(Locale locale) {
        boolean russian = locale != null && "ru".equals(locale.getLanguage());
        String pick = russian ? nameRu : nameEn;
        if (pick == null || pick.isBlank()) {
            pick = russian ? nameEn : nameRu;
        }
        return pick == null ? id : pick;
    }

    /** Case-insensitive match on either name or the id, for the CLI's --center and the search box. */
    public boolean matches(String text) {
        if (text == null) {
            return false;
        }
        String t = text.trim();
        return t.equalsIgnoreCase(id) || t.equalsIgnoreCase(nameRu) || t.equalsIgnoreCase(nameEn);
    }
}
