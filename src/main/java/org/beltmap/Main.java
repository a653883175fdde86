package org.beltmap;

import org.beltmap.cli.Cli;

/**
 * Entry point of {@code beltmap.jar}. With no arguments or a project path it opens the GUI; with a command it runs
 * headless. Deliberately not a JavaFX Application, so the CLI never starts the toolkit and runs with no display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LibraryLogging.install();
        if (args.length > 0 && args[0].equals("--startup-probe")) {
            // Start-up measurement: the GUI on the given project (or the usual one), timed to its first map.
            System.setProperty("beltmap.startupProbe", "true");
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length == 0 || (args.length == 1 && isProjectPath(args[0]))) {
            GuiLauncher.launch(args);
            return;
        }
        System.exit(Cli.run(args));
    }

    static boolean isProjectPath(String arg) {
        // A .beltmap file is never a command: no need to build picocli's command tree (~0.3 s) before the GUI.
        return !arg.startsWith("-") && (arg.endsWith(".beltmap") || !Cli.isCommand(arg));
    }
}
