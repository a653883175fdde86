package org.beltmap.app.view;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every icon named resolves in the bundled icon font, and every icon belongs to an action that exists. */
class IconsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        // Started the TestFX way, so the window tests that follow in this JVM get their primary stage and focus.
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyIconLiteralResolvesAndNamesARealAction() {
        Messages en = new Messages(Locale.ENGLISH);
        Icons.BY_KEY.forEach((key, literal) -> {
            assertTrue(en.has(key), "icon for an action with no text: " + key);
            assertNotNull(Icons.icon(literal).getIconCode(), literal); // throws for an unknown literal
        });
    }
}
