package org.beltmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.beltmap.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code COMMAND --help} prints that command's usage and exits 0, even when the command needs a PROJECT. */
class HelpTest {

    /** Every subcommand the CLI has, so a new command is covered without editing this test. */
    static Stream<String> commands() {
        return Cli.commandLine().getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpPrintsTheUsageWithEveryOptionAndExitsZero(String command) {
        Run r = CliTest.run(command, "--help");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Usage: beltmap " + command), r.out());
        CommandLine sub = Cli.commandLine().getSubcommands().get(command);
        for (OptionSpec o : sub.getCommandSpec().options()) {
            if (!o.hidden()) {
                assertTrue(r.out().contains(o.longestName()), command + " --help lacks " + o.longestName() + ":\n" + r.out());
            }
        }
    }

    @Test
    void beltsHelpNamesItsOwnOptionsAndTheShortFormWorks() {
        Run r = CliTest.run("belts", "-h");
        assertEquals(0, r.code(), r.err());
        for (String option : new String[] {"PROJECT", "--thresholds", "--format", "--out", "--center", "--scenario"}) {
            assertTrue(r.out().contains(option), option + " in\n" + r.out());
        }
    }

    @Test
    void aSubcommandPrintsTheVersion() {
        Run r = CliTest.run("score", "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("BeltMap "), r.out());
    }

    @Test
    void withoutHelpAMissingProjectIsStillAnError() {
        Run r = CliTest.run("belts");
        assertEquals(Cli.ERROR, r.code());
        assertTrue(r.err().contains("PROJECT") && r.err().contains("--help"), r.err());
    }
}
