package org.beltmap.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.beltmap.core.model.Project;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes and the output guard: no .bak beside exports, no temp files left, inputs and links never replaced. */
class OutputGuardTest {

    @TempDir
    Path dir;

    private Project project() throws IOException {
        Files.writeString(dir.resolve("towns.geojson"), ProjectSafetyTest.TOWN);
        Files.writeString(dir.resolve("stats.csv"), "name_ru,x\nКраснодар,1\n");
        Path p = dir.resolve("p.beltmap");
        Files.writeString(p, """
                {"version":1,"layers":[{"id":"towns","kind":"towns","path":"towns.geojson",
                 "join":{"path":"stats.csv","key":"name_ru"}}]}""");
        return ProjectFile.read(p);
    }

    @Test
    void exportsLeaveNoBakButProjectSavesKeepTheirPreviousVersion() throws IOException {
        Path out = dir.resolve("belts.csv");
        AtomicFiles.write(out, "first".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(out, "second".getBytes(StandardCharsets.UTF_8));
        assertEquals("second", Files.readString(out));
        assertEquals(List.of("belts.csv"), names(), "issue 18: no .bak of the previous output");

        Project p = project();
        byte[] before = Files.readAllBytes(p.file());
        ProjectFile.write(p, p.file());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("p.beltmap.bak")));
        ProjectFile.write(p, p.file());
        assertTrue(Files.exists(dir.resolve("p.beltmap.bak")), "the .bak is there after every save");
        assertTrue(names().stream().noneMatch(n -> n.contains(".tmp")), names()::toString);
    }

    @Test
    void tempFilesOfADeadWriterAreRemovedAtTheNextWriteAndOthersKept() throws IOException {
        Path out = dir.resolve("p.beltmap");
        long dead = deadPid();
        Path killed = Files.writeString(dir.resolve(".p.beltmap." + dead + ".123.tmp"), "half a save");
        Path killedBak = Files.writeString(dir.resolve(".p.beltmap.bak." + dead + ".9.tmp"), "half a backup");
        Path legacy = Files.writeString(dir.resolve(".p.beltmap4242.tmp"), "from an older build");
        Files.setLastModifiedTime(legacy, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        long live = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        Path running = Files.writeString(dir.resolve(".p.beltmap." + live + ".7.tmp"), "another process saving");
        Path unrelated = Files.writeString(dir.resolve(".other.beltmap." + dead + ".1.tmp"), "not ours to judge");
        Files.writeString(out, "{}");
        AtomicFiles.writeKeepingBackup(out, "{\"version\":1}".getBytes(StandardCharsets.UTF_8));
        assertFalse(Files.exists(killed) || Files.exists(killedBak) || Files.exists(legacy), names()::toString);
        assertTrue(Files.exists(running) && Files.exists(unrelated), names()::toString);
        assertEquals("{}", Files.readString(dir.resolve("p.beltmap.bak")));
    }

    @Test
    void aProjectIsNeverSavedOverOneOfItsLayersOrJoinTables() throws IOException {
        Project p = project();
        byte[] towns = Files.readAllBytes(dir.resolve("towns.geojson"));
        DataException e = assertThrows(DataException.class, () -> ProjectFile.write(p.withFile(dir.resolve(
                "towns.geojson")), dir.resolve("towns.geojson")));
        assertTrue(e.getMessage().contains("is the file of layer 'towns'"), e.getMessage());
        assertThrows(DataException.class, () -> ProjectFile.write(p, dir.resolve("stats.csv")));
        assertArrayEquals(towns, Files.readAllBytes(dir.resolve("towns.geojson")));
    }

    @Test
    void linksFoldersAndDevicesAreRefusedNotReplaced() throws IOException {
        Path target = Files.writeString(dir.resolve("target.csv"), "kept");
        Path link = dir.resolve("link.csv");
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not available");
        }
        DataException e = assertThrows(DataException.class, () -> AtomicFiles.write(link, new byte[] {1}));
        assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
        assertTrue(Files.isSymbolicLink(link) && Files.readString(target).equals("kept"));
        Path folder = Files.createDirectories(dir.resolve("empty-folder"));
        assertThrows(DataException.class, () -> AtomicFiles.write(folder, new byte[] {1}));
        assertTrue(Files.isDirectory(folder), "an empty folder is not renamed over");
        Path devNull = Path.of("/dev/null");
        if (Files.exists(devNull)) {
            e = assertThrows(DataException.class, () -> OutputGuard.checkFile(devNull, "--out", List.of(), true));
            assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        }
    }

    @Test
    void aLinkedProjectIsSavedThroughItsLink() throws IOException {
        Project p = project();
        Path link = dir.resolve("linked.beltmap");
        try {
            Files.createSymbolicLink(link, p.file());
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not available");
        }
        ProjectFile.write(p.withFile(link), link);
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.exists(dir.resolve("p.beltmap.bak")));
    }

    @Test
    void aFolderExportNeverGoesIntoTheProjectFolderNorOverAnInput() throws IOException {
        Project p = project();
        List<OutputGuard.Input> in = OutputGuard.inputs(p);
        DataException e = assertThrows(DataException.class, () -> OutputGuard.checkFolder(dir.resolve("."),
                List.of("towns.geojson"), "--out", in, true));
        assertTrue(e.getMessage().contains("is the folder of the project p.beltmap"), e.getMessage());
        // A layer kept in a subfolder that the export is pointed at.
        Path sub = Files.createDirectories(dir.resolve("layers"));
        Files.move(dir.resolve("towns.geojson"), sub.resolve("towns.geojson"));
        Files.writeString(p.file(), Files.readString(p.file()).replace("\"towns.geojson\"", "\"layers/towns.geojson\""));
        List<OutputGuard.Input> moved = OutputGuard.inputs(ProjectFile.read(p.file()));
        e = assertThrows(DataException.class, () -> OutputGuard.checkFolder(sub, List.of("rays.geojson",
                "towns.geojson"), "--out", moved, true));
        assertTrue(e.getMessage().startsWith(sub.resolve("towns.geojson").toString()), e.getMessage());
    }

    /** A process id that runs nothing now: the last one of a process that has ended. */
    private static long deadPid() {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p;
        try {
            p = new ProcessBuilder(java, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
        } catch (IOException | InterruptedException e) {
            Assumptions.abort("cannot run a short process: " + e.getMessage());
            throw new IllegalStateException(e);
        }
        Assumptions.assumeFalse(ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive).orElse(false), "pid reused");
        return p.pid();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }
}
