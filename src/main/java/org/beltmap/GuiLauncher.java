package org.beltmap;

/** Separate class so the JavaFX classes load only when the GUI is asked for. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(String[] args) {
        org.beltmap.app.BeltMapApp.launchApp(args);
    }
}
