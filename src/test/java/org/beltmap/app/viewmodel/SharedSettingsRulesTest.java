package org.beltmap.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.io.DataException;
import org.beltmap.core.io.ProjectFile;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Settings dialog and a project file refuse the same values and accept the same edge values. */
class SharedSettingsRulesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource(delimiter = '|', value = {
        "maxAccess|maxAccessKm|-5|false", "maxAccess|maxAccessKm|0.1|true",
        "detourFactor|detourFactor|12|false", "detourFactor|detourFactor|5|true",
        "speed.local|speedsKmh.local|0|false", "speed.local|speedsKmh.local|299|true",
        "accessSpeed|accessSpeedKmh|300|false", "snapTolerance|snapToleranceM|-1|false",
        "gapJoin|gapJoinM|0|true"})
    void theDialogAndTheFileAgree(String field, String member, String value, boolean ok) throws IOException {
        SettingsViewModel vm = new SettingsViewModel(new Messages(Locale.ENGLISH), Sample.region());
        vm.text(field).set(value);
        assertEquals(ok, !vm.problemByField().containsKey(field), vm.problems()::toString);
        String json = member.contains(".") ? "{\"" + member.replace(".", "\": {\"") + "\": " + value + "}}"
                : "{\"" + member + "\": " + value + "}";
        Path p = dir.resolve("p.beltmap");
        Files.writeString(p, "{\"version\": 1, \"layers\": [], \"settings\": " + json + "}");
        var problems = ProjectFile.readChecked(p).problems().stream().map(DataException::getMessage).toList();
        assertEquals(ok ? 0 : 1, problems.size(), problems::toString);
        if (!ok) {
            assertTrue(problems.get(0).contains("settings." + member + ": "), problems::toString);
        }
    }
}
