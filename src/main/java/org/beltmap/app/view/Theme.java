package org.beltmap.app.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import org.beltmap.app.settings.AppSettings;

/** AtlantaFX Primer light or dark with the basemap to match, switched live and remembered in the settings. */
public final class Theme {

    static final String PREF = "theme";

    private Theme() {
    }

    public static void apply(AppSettings settings) {
        apply(isDark(settings));
    }

    static boolean isDark(AppSettings settings) {
        return "dark".equals(settings.pref(PREF, "light"));
    }

    static void set(AppSettings settings, boolean dark) {
        settings.setPref(PREF, dark ? "dark" : "light");
        settings.save();
        apply(dark);
    }

    private static void apply(boolean dark) {
        // The basemap follows: dark tiles, cached apart from the light ones.
        org.beltmap.app.map.OfflineTileRetriever.setDark(dark);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
