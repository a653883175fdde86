package org.beltmap.core.io;

import java.nio.file.Path;

/**
 * A problem with a project's analysis settings or score weights, or with a weights file. The app reports it and
 * uses the default of that member; commands that compute refuse the project (see {@link RegionLoader#load(Path)}),
 * since a planner should not get figures from settings they did not write.
 */
public class SettingsException extends DataException {

    private final String problem;

    public SettingsException(Path file, String record, String problem, String fix) {
        super(file, record, problem, fix);
        this.problem = problem;
    }

    /** The same problem, its fix saying how many more the file has and where they are listed. */
    SettingsException withMore(int more, String whereListed) {
        return more == 0 ? this : new SettingsException(file(), record(), problem, fix() + " (" + more
                + " more settings problem" + (more == 1 ? "" : "s") + ": " + whereListed + ")");
    }
}
