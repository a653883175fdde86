package org.beltmap.app.view;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens a folder in the system's file manager (after an export), off the UI thread; best effort. */
final class FolderOpener {

    private static final Logger LOG = Logger.getLogger(FolderOpener.class.getName());

    private FolderOpener() {
    }

    /** Whether the desktop can open a folder here (not on a headless or a bare X server without a desktop). */
    static boolean supported() {
        try {
            return !java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static void open(Path folder) {
        Thread t = new Thread(() -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (Exception e) {
                LOG.log(Level.INFO, "cannot open " + folder + ": " + e.getMessage());
                if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
                    try {
                        new ProcessBuilder("xdg-open", folder.toString()).start();
                    } catch (Exception again) {
                        LOG.log(Level.INFO, "xdg-open " + folder + ": " + again.getMessage());
                    }
                }
            }
        }, "beltmap-open-folder");
        t.setDaemon(true);
        t.start();
    }
}
