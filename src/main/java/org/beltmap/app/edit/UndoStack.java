package org.beltmap.app.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo/redo history of edits. Remembers which point was last saved, so "modified" is exact even after undoing back
 * to the saved state, and the history survives a save.
 */
public final class UndoStack {

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private Edit savedAt;
    private final int limit;

    public UndoStack(int limit) {
        this.limit = limit;
    }

    public UndoStack() {
        this(500);
    }

    /** Applies the edit and records it; any redo history is dropped. */
    public void perform(Edit e) {
        e.apply();
        done.push(e);
        undone.clear();
        while (done.size() > limit) {
            Edit dropped = done.removeLast();
            if (dropped == savedAt) {
                savedAt = null;
            }
        }
        update();
    }

    public boolean undo() {
        if (done.isEmpty()) {
            return false;
        }
        Edit e = done.pop();
        e.revert();
        undone.push(e);
        update();
        return true;
    }

    public boolean redo() {
        if (undone.isEmpty()) {
            return false;
        }
        Edit e = undone.pop();
        e.apply();
        done.push(e);
        update();
        return true;
    }

    /** Marks the current state as the saved one. */
    public void markSaved() {
        savedAt = done.peek();
        update();
    }

    /** Forgets everything, e.g. when another project is opened. */
    public void clear() {
        done.clear();
        undone.clear();
        savedAt = null;
        update();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        modified.set(done.peek() != savedAt);
        undoText.set(done.isEmpty() ? "" : done.peek().description());
        redoText.set(undone.isEmpty() ? "" : undone.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
