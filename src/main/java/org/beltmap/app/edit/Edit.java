package org.beltmap.app.edit;

/** One user edit that can be applied and reverted exactly; every change to a project goes through one. */
public interface Edit {

    /** Short text for the Edit menu ("Undo rename ray"). */
    String description();

    void apply();

    void revert();

    /** An edit from its text and the two directions. */
    static Edit of(String description, Runnable apply, Runnable revert) {
        return new Edit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void apply() {
                apply.run();
            }

            @Override
            public void revert() {
                revert.run();
            }
        };
    }
}
