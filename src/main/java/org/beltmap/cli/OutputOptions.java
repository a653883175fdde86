package org.beltmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beltmap.core.io.DataException;
import org.beltmap.core.io.OutputGuard;
import org.beltmap.core.io.PathGuard;
import org.beltmap.core.io.ProjectFile;
import picocli.CommandLine.Option;

/**
 * {@code --force} and the output check of every command that writes files: made before the project is loaded
 * and analysed, so a refused output costs nothing and prints nothing else. The rules are {@link OutputGuard}'s.
 */
final class OutputOptions {

    @Option(names = "--force", description = "replace output files that already exist (never the project, its "
            + "layers, join tables or another input)")
    boolean force;

    /** The inputs of a command: the project's files and the other files given (scenario, weights). */
    static List<OutputGuard.Input> inputs(Path project, AnalysisOptions analysis, Path weights) {
        List<OutputGuard.Input> in = new ArrayList<>(OutputGuard.inputs(ProjectFile.readChecked(project).project()));
        if (analysis != null && analysis.scenario != null) {
            in.add(new OutputGuard.Input(analysis.scenario, OutputGuard.Kind.OTHER, "the scenario file given with "
                    + "--scenario"));
        }
        if (weights != null) {
            in.add(new OutputGuard.Input(weights, OutputGuard.Kind.OTHER, "the weights file given with --weights"));
        }
        return in;
    }

    /**
     * Checks the output files of a command reading {@code project} (and the scenario of {@code analysis} and
     * {@code weights}, when given): pairs of option name and path, null paths skipped.
     */
    void check(Path project, AnalysisOptions analysis, Path weights, Object... optionAndPath) {
        boolean any = false;
        for (int i = 1; i < optionAndPath.length; i += 2) {
            any |= optionAndPath[i] != null;
        }
        if (!any) {
            return;
        }
        List<OutputGuard.Input> inputs = inputs(project, analysis, weights);
        List<Path> seen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < optionAndPath.length; i += 2) {
            String option = (String) optionAndPath[i];
            Path out = (Path) optionAndPath[i + 1];
            if (out == null) {
                continue;
            }
            OutputGuard.checkFile(out, option, inputs, force);
            int twice = seen.indexOf(PathGuard.real(out));
            if (twice >= 0) {
                throw new DataException(out, null, "is given for both " + names.get(twice) + " and " + option
                        + ", so one output would overwrite the other", "give " + option + " another file");
            }
            seen.add(PathGuard.real(out));
            names.add(option);
        }
    }
}
