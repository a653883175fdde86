package org.beltmap.cli;

import java.io.PrintWriter;
import java.util.List;
import org.beltmap.core.io.DataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Headless command line: {@code java -jar beltmap.jar <command> ...}. Command names, options, CSV columns and
 * the {@code name value unit} figure lines are a public interface: add, never rename.
 * Errors exit with code 2 and one line on stderr; {@code --debug} adds the stack trace.
 */
@Command(name = "beltmap", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "BeltMap: settlement belts, transport rays and infrastructure bundles.%n"
                + "With no command, or with a project path, the GUI opens.",
        subcommands = {InfoCommand.class, BeltsCommand.class, IsochronesCommand.class, CalibrateCommand.class,
            RaysCommand.class, BundlesCommand.class, ScoreCommand.class, MetricsCommand.class, ExportCommand.class,
            BenchCommand.class, ImportOsmCommand.class, ReportCommand.class})
public final class Cli {

    /** Exit code for bad input or a failed command. */
    public static final int ERROR = 2;

    private Cli() {
    }

    public static boolean isCommand(String arg) {
        return commandLine().getSubcommands().containsKey(arg);
    }

    /**
     * The command tree. Every subcommand gets {@code -h/--help} and {@code -V/--version} here rather than in its
     * annotation, so {@code belts --help} prints the usage and exits 0 even though PROJECT is required.
     */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null) {
                spec.mixinStandardHelpOptions(true);
                spec.versionProvider(new Version());
            }
        }
        return cl;
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = List.of(args).contains("--debug");
        String[] rest = List.of(args).stream().filter(a -> !a.equals("--debug")).toArray(String[]::new);
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("beltmap: " + ex.getMessage() + " (see --help)");
            return ERROR;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (debug) {
                ex.printStackTrace(err);
            }
            err.println(errorLine(ex));
            return ERROR;
        });
        if (rest.length == 0) {
            cl.usage(out);
            return 0;
        }
        int code;
        try {
            code = cl.execute(rest);
        } catch (OutOfMemoryError e) { // picocli passes Errors through; the readers catch most of these first
            if (debug) {
                e.printStackTrace(err);
            }
            err.println(errorLine(e));
            code = ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The one stderr line for a failed command: one line, at most 1,000 characters whatever a library said. */
    static String errorLine(Throwable ex) {
        String msg = ex instanceof DataException || ex instanceof IllegalArgumentException ? ex.getMessage()
                : ex instanceof OutOfMemoryError ? "out of memory (Java heap limit " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB). Fix: start with more memory, e.g. java -Xmx4g -jar beltmap.jar ..., or split or simplify the"
                + " largest layers"
                : ex.getClass().getSimpleName() + ": " + ex.getMessage() + " (run with --debug for details)";
        String line = "beltmap: " + String.valueOf(msg).replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return line.length() <= 1000 ? line : line.substring(0, 700) + " … " + line.substring(line.length() - 297);
    }

    /** Version from the jar manifest, or "dev" when running from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"BeltMap " + (v == null ? "dev" : v)};
        }
    }
}
