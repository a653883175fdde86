package org.beltmap.app.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoStackTest {

    final List<String> names = new ArrayList<>(List.of("Кореновск"));

    Edit rename(String to) {
        String from = names.get(0);
        return new Edit() {
            public String description() {
                return "rename to " + to;
            }

            public void apply() {
                names.set(0, to);
            }

            public void revert() {
                names.set(0, from);
            }
        };
    }

    @Test
    void undoAndRedoRestoreExactStates() {
        UndoStack s = new UndoStack();
        s.perform(rename("A"));
        s.perform(rename("B"));
        assertEquals("B", names.get(0));
        assertTrue(s.undo());
        assertEquals("A", names.get(0));
        assertEquals("rename to B", s.redoTextProperty().get());
        assertTrue(s.undo());
        assertEquals("Кореновск", names.get(0));
        assertFalse(s.undo());
        assertTrue(s.redo());
        assertTrue(s.redo());
        assertEquals("B", names.get(0));
        assertFalse(s.redo());
    }

    @Test
    void modifiedTracksTheSavedPointThroughUndo() {
        UndoStack s = new UndoStack();
        assertFalse(s.modifiedProperty().get());
        s.perform(rename("A"));
        assertTrue(s.modifiedProperty().get());
        s.markSaved();
        assertFalse(s.modifiedProperty().get());
        s.undo();
        assertTrue(s.modifiedProperty().get(), "undo past the save is a change");
        s.redo();
        assertFalse(s.modifiedProperty().get(), "back at the saved state");
        assertTrue(s.canUndoProperty().get(), "history survives a save");
    }

    @Test
    void aNewEditDropsTheRedoHistory() {
        UndoStack s = new UndoStack();
        s.perform(rename("A"));
        s.undo();
        s.perform(rename("C"));
        assertFalse(s.canRedoProperty().get());
        assertEquals("C", names.get(0));
    }

    @Test
    void historyIsBounded() {
        UndoStack s = new UndoStack(3);
        for (int i = 0; i < 10; i++) {
            s.perform(rename("n" + i));
        }
        int undos = 0;
        while (s.undo()) {
            undos++;
        }
        assertEquals(3, undos);
        assertEquals("n6", names.get(0));
    }
}
