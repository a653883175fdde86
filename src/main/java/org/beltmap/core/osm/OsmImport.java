package org.beltmap.core.osm;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.beltmap.core.io.DataException;
import org.beltmap.core.io.ProjectFile;
import org.beltmap.core.model.LocalizedText;
import org.beltmap.core.model.Project;

/**
 * A new project from an OpenStreetMap extract: reads the PBF ({@link OsmReader}), picks the centre, the towns and
 * settlements and the boundary, and writes the project folder ({@link OsmProjectWriter}). Everything is written into
 * a temporary folder beside the target and moved into place at the end, so a failed or cancelled import leaves
 * nothing behind.
 */
public final class OsmImport {

    private OsmImport() {
    }

    /**
     * @param boundaryId the boundary relation, or null for the smallest administrative area around the centre
     *     and most towns
     * @param townClasses place values that become towns (the rest of the settlement classes are settlements)
     */
    public record Options(Path extract, String centre, Path out, String name, Long boundaryId, Set<String> townClasses) {

        public Options {
            townClasses = townClasses == null || townClasses.isEmpty() ? Set.of("city", "town") : Set.copyOf(townClasses);
        }
    }

    /** What the import made, for the summary lines and the app's message. */
    public record Summary(Path project, long nodesRead, long waysKept, long roads, int towns, int settlements,
                          List<String> townsWithoutPopulation, String boundary, double boundaryKm2, long ms,
                          List<String> notes) {

        /** {@code name value unit} lines (a public interface, like the other commands' figures). */
        public List<String> figures() {
            List<String> out = new ArrayList<>();
            out.add("nodes_read " + nodesRead + " nodes");
            out.add("ways_kept " + waysKept + " ways");
            out.add("road_features " + roads + " features");
            out.add("towns " + towns + " towns");
            out.add("settlements " + settlements + " settlements");
            out.add("towns_without_population " + townsWithoutPopulation.size() + " towns");
            if (boundary != null) {
                out.add(String.format(Locale.ROOT, "boundary_area %.1f km2", boundaryKm2));
            }
            out.add("osm_import_ms " + ms + " ms");
            return out;
        }
    }

    public interface Progress {
        /** @param fraction 0..1 of the whole import */
        void at(String step, double fraction);
    }

    public static Summary run(Options o, Progress progress, BooleanSupplier cancelled) throws IOException {
        long t0 = System.nanoTime();
        Path out = o.out().toAbsolutePath().normalize();
        checkTarget(out);
        Path parent = out.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + out.getFileName() + ".importing-");
        try {
            // A temporary folder is private (rwx------); the project folder it becomes should not be.
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its folders inherit the parent's permissions anyway
        }
        try {
            OsmReader reader = new OsmReader(o.extract(), o.boundaryId(), cancelled, progress::at);
            reader.afterFirstPass = first -> Places.centre(first.places, o.centre(), o.extract());
            OsmData d = reader.read();
            Places.Place centre = Places.centre(d.places, o.centre(), o.extract());
            List<Places.Place> towns = Places.towns(d.places, o.townClasses(), centre);
            List<Places.Place> settlements = Places.settlements(d.places, o.townClasses(), centre);
            progress.at("boundary", 0.82);
            Boundaries bs = new Boundaries(d, o.extract());
            List<String> notes = new ArrayList<>();
            Boundaries.Boundary boundary;
            if (o.boundaryId() != null) {
                boundary = bs.named(o.boundaryId());
            } else {
                Optional<Boundaries.Boundary> auto = bs.auto(centre, towns);
                boundary = auto.orElse(null);
                if (boundary == null) {
                    notes.add("no complete administrative boundary in the extract contains the centre and most towns, "
                            + "so the project has none" + (bs.passedOver.isEmpty() ? "" : " (passed over: "
                            + String.join("; ", bs.passedOver.subList(0, Math.min(3, bs.passedOver.size()))) + ")")
                            + ". Fix: name one with --boundary RELATION_ID");
                }
            }
            if (boundary != null && boundary.note() != null) {
                notes.add(boundary.note());
            }
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            progress.at("writing", 0.85);
            OsmProjectWriter w = new OsmProjectWriter(d);
            w.writeData(tmp, towns, settlements, boundary);
            String dirName = out.getFileName().toString();
            Path projectFile = tmp.resolve(dirName + ".beltmap");
            Project p = OsmProjectWriter.project(projectFile, region(o, boundary, centre), w.counts(), centre,
                    o.extract().getFileName().toString(), d.timestamp);
            ProjectFile.write(p, projectFile);
            Files.deleteIfExists(tmp.resolve(dirName + ".beltmap.bak"));
            List<String> missing = towns.stream().filter(t -> t.population() < 0).map(Places.Place::labelEn).toList();
            if (!missing.isEmpty()) {
                notes.add(missing.size() + " of " + towns.size() + " towns have no population tag: "
                        + String.join(", ", missing) + ". Fix: fill the population column of " + OsmProjectWriter.POPULATIONS
                        + " (joined to the towns by osm_id); they have no size class until then");
            }
            if (d.missingNodes > 0) {
                notes.add(d.missingNodes + " nodes used by kept ways are not in the extract (ways cut at its edge); "
                        + "those ways end there");
            }
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            if (Files.isDirectory(out)) {
                Files.delete(out); // checked empty above
            }
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
            long kept = 0;
            for (int i = 0; i < d.ways; i++) {
                kept += d.wayKind[i] != OsmData.PART ? 1 : 0;
            }
            progress.at("done", 1);
            return new Summary(out.resolve(dirName + ".beltmap"), d.nodesRead, kept, w.counts().getOrDefault("roads", 0),
                    towns.size(), settlements.size(), missing, boundary == null ? null : boundary.label(),
                    boundary == null ? Double.NaN : boundary.areaKm2(), (System.nanoTime() - t0) / 1_000_000, notes);
        } catch (IOException | RuntimeException | Error e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private static LocalizedText region(Options o, Boundaries.Boundary b, Places.Place centre) {
        if (o.name() != null && !o.name().isBlank()) {
            return LocalizedText.of(o.name().trim());
        }
        if (b != null) {
            OsmData.Relation r = b.relation();
            String any = r.name() != null ? r.name() : centre.name();
            return new LocalizedText(r.nameRu() != null ? r.nameRu() : any, r.nameEn() != null ? r.nameEn() : any);
        }
        return new LocalizedText(centre.labelRu(), centre.labelEn());
    }

    private static void checkTarget(Path out) throws IOException {
        if (Files.isRegularFile(out)) {
            throw new DataException(out, null, "is a file", "give --out a new folder for the project");
        }
        if (Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new DataException(out, null, "already exists and is not empty",
                            "give --out a new folder, or remove this one first");
                }
            }
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.delete(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort: the temporary folder is hidden (starts with a dot) and named as an unfinished import.
        }
    }
}
