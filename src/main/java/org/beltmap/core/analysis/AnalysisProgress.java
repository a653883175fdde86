package org.beltmap.core.analysis;

import java.util.concurrent.CancellationException;

/**
 * Where a run reports its stages and learns that it is no longer wanted. The pipeline checks between stages, so a
 * cancelled run stops at the next stage boundary and its result is never built.
 */
public interface AnalysisProgress {

    /** Progress that nobody watches and that is never cancelled (the CLI, tests). */
    AnalysisProgress NONE = new AnalysisProgress() {
    };

    /** The run starts stage {@code stage} (a key such as "network", "belts", "bundles"); {@code fraction} in 0..1. */
    default void stage(String stage, double fraction) {
    }

    default boolean cancelled() {
        return false;
    }

    /** Throws if the run was cancelled; called by the pipeline between stages. */
    default void check() {
        if (cancelled()) {
            throw new CancellationException("analysis cancelled");
        }
    }
}
