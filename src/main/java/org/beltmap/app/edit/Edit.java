package org.beltmap.app.edit;

/** One user edit that can be applied and reverted exactly; every change to a project goes through one. */
public interface Edit {

    /** Short text for the Edit menu ("Undo rename ray"). */
    String description();

    void apply();

    void revert();
}
