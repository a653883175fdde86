package org.beltmap.core.osm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.beltmap.core.geo.GeodesicArea;
import org.beltmap.core.io.DataException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Administrative boundaries from relations: member ways noded and polygonised (JTS), faces taken even-odd from the
 * outside, so inner rings become holes and exclaves inside holes stay land, whatever the members' roles say.
 * A relation whose ways are missing from the extract, or do not close into rings, is refused with where it breaks.
 */
final class Boundaries {

    /** @param note what was approximated (gaps closed), or null */
    record Boundary(OsmData.Relation relation, Geometry area, double areaKm2, String note) {

        String label() {
            OsmData.Relation r = relation;
            String n = r.nameEn() != null ? r.nameEn() : r.name() != null ? r.name() : r.nameRu();
            return "relation " + r.id() + (n == null ? "" : " (" + n + ", admin_level " + r.adminLevel() + ")");
        }
    }

    private static final GeometryFactory GF = new GeometryFactory();

    private final OsmData data;
    private final Map<Long, Integer> index;
    private final Path file;

    Boundaries(OsmData data, Path file) {
        this.data = data;
        this.index = data.wayIndex();
        this.file = file;
    }

    /** The relation given by id, assembled, or a one-line error saying why it cannot be. */
    Boundary named(long id) {
        OsmData.Relation r = data.relations.stream().filter(x -> x.id() == id).findFirst().orElseThrow(() ->
                new DataException(file, null, "has no relation " + id, "give --boundary the id of a boundary relation "
                        + "in the extract (see it on openstreetmap.org/relation/ID), or --boundary auto"));
        return assemble(r);
    }

    /**
     * With {@code --boundary auto}: the smallest complete administrative relation that contains the centre and at
     * least half of the towns (so a parish around the capital is passed over for the country), or none.
     */
    Optional<Boundary> auto(Places.Place centre, List<Places.Place> towns) {
        Coordinate c = new Coordinate(centre.lon(), centre.lat());
        record Candidate(OsmData.Relation r, Envelope env) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (OsmData.Relation r : data.relations) {
            Envelope env = envelope(r);
            if (env != null && env.covers(c)) {
                candidates.add(new Candidate(r, env));
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate k) -> k.env().getArea())
                .thenComparing(k -> -k.r().adminLevel()));
        for (Candidate k : candidates) {
            Boundary b;
            try {
                b = assemble(k.r());
            } catch (DataException e) {
                passedOver.add(e.record() + " " + problemOf(e));
                continue;
            }
            PreparedGeometry p = PreparedGeometryFactory.prepare(b.area());
            if (!p.covers(GF.createPoint(c))) {
                continue;
            }
            long inside = towns.stream().filter(t -> p.covers(GF.createPoint(new Coordinate(t.lon(), t.lat())))).count();
            if (2 * inside >= towns.size()) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Why {@link #auto} passed over candidates that contain the centre but could not be assembled. */
    final List<String> passedOver = new ArrayList<>();

    private static String problemOf(DataException e) {
        String m = e.getMessage();
        int at = m.indexOf(e.record() + ": ");
        String rest = at < 0 ? m : m.substring(at + e.record().length() + 2);
        int fix = rest.indexOf(". Fix: ");
        return fix < 0 ? rest : rest.substring(0, fix);
    }

    /** The envelope of a relation most of whose member ways are in the extract, else null. */
    private Envelope envelope(OsmData.Relation r) {
        Envelope env = new Envelope();
        int present = 0;
        for (long id : r.ways()) {
            Integer w = index.get(id);
            if (w == null) {
                continue;
            }
            present += data.complete(w) ? 1 : 0;
            for (Coordinate[] line : data.lines(w)) {
                for (Coordinate co : line) {
                    env.expandToInclude(co);
                }
            }
        }
        return env.isNull() || present < MIN_PRESENT * r.ways().length ? null : env;
    }

    /** Gaps are closed only when at least this share of the members is in the extract... */
    private static final double MIN_PRESENT = 0.75;
    /** ...and the closing segments add up to at most this share of the boundary's length. */
    private static final double MAX_GAP_SHARE = 0.15;

    Boundary assemble(OsmData.Relation r) {
        String what = "relation " + r.id() + (r.name() == null ? "" : " (" + r.name() + ")");
        if (r.ways().length == 0) {
            throw broken(r, what, "has no member ways");
        }
        List<Geometry> lines = new ArrayList<>();
        int missing = 0;
        for (long id : r.ways()) {
            Integer w = index.get(id);
            if (w == null || !data.complete(w)) {
                missing++;
            }
            if (w != null) {
                for (Coordinate[] cs : data.lines(w)) {
                    lines.add(GF.createLineString(cs));
                }
            }
        }
        DataException incomplete = new DataException(file, what, "is incomplete in the extract: " + missing + " of "
                + r.ways().length + " member ways or their nodes are missing", "use an extract cut with complete "
                + "boundaries (osmium extract --strategy smart), or another --boundary relation id, or --boundary auto");
        if (missing > 0 && r.ways().length - missing < MIN_PRESENT * r.ways().length || lines.isEmpty()) {
            throw incomplete;
        }
        Geometry noded = UnaryUnionOp.union(lines);
        Polygonizer pz = polygonize(noded);
        String note = null;
        if (!pz.getDangles().isEmpty() && missing > 0) {
            // Members missing from the extract leave gaps: close each with a straight segment between the nearest
            // open ends, if the segments are short beside the boundary, and say so.
            List<Coordinate> ends = openEnds(noded);
            List<Geometry> closing = new ArrayList<>();
            double gapM = close(ends, closing);
            if (closing.isEmpty() || gapM > MAX_GAP_SHARE * lengthM(noded)) {
                throw incomplete;
            }
            lines.addAll(closing);
            noded = UnaryUnionOp.union(lines);
            pz = polygonize(noded);
            if (!pz.getDangles().isEmpty()) {
                throw incomplete;
            }
            note = String.format(Locale.ROOT, "boundary %s: %d member ways are missing from the extract; %d gap(s), "
                    + "%.1f km in all, were closed with straight lines, so its area is approximate", what, missing,
                    closing.size(), gapM / 1000);
        }
        @SuppressWarnings("unchecked")
        Collection<LineString> dangles = pz.getDangles();
        @SuppressWarnings("unchecked")
        Collection<Polygon> polys = pz.getPolygons();
        if (!dangles.isEmpty() || polys.isEmpty()) {
            String where = dangles.isEmpty() ? "" : String.format(Locale.ROOT, ": a ring is open near lat %.5f, lon %.5f",
                    dangles.iterator().next().getEndPoint().getY(), dangles.iterator().next().getEndPoint().getX());
            throw broken(r, what, "has broken rings: its member ways do not close" + where);
        }
        Geometry area = UnaryUnionOp.union(new ArrayList<Geometry>(polys));
        if (!area.isValid()) {
            area = GeometryFixer.fix(area);
        }
        if (area.isEmpty() || !area.isValid()) {
            throw broken(r, what, "does not form a valid polygon");
        }
        if (area instanceof Polygon p) {
            area = GF.createMultiPolygon(new Polygon[] {p});
        }
        return new Boundary(r, area, GeodesicArea.km2(area), note);
    }

    private static Polygonizer polygonize(Geometry noded) {
        Polygonizer pz = new Polygonizer(true);
        pz.add(noded);
        return pz;
    }

    /** Points where exactly one line of the noded linework ends: the ends of the gaps. */
    private static List<Coordinate> openEnds(Geometry noded) {
        Map<Coordinate, Integer> degree = new java.util.HashMap<>();
        for (int i = 0; i < noded.getNumGeometries(); i++) {
            LineString ls = (LineString) noded.getGeometryN(i);
            if (!ls.isClosed()) {
                degree.merge(ls.getCoordinateN(0), 1, Integer::sum);
                degree.merge(ls.getCoordinateN(ls.getNumPoints() - 1), 1, Integer::sum);
            }
        }
        List<Coordinate> out = new ArrayList<>();
        degree.forEach((c, n) -> {
            if (n == 1) {
                out.add(c);
            }
        });
        out.sort(Comparator.comparingDouble((Coordinate c) -> c.x).thenComparingDouble(c -> c.y));
        return out;
    }

    /** Pairs open ends nearest first, adding a segment per pair; the metres added, or +inf if an end is left. */
    private static double close(List<Coordinate> ends, List<Geometry> out) {
        if (ends.size() % 2 != 0) {
            return Double.POSITIVE_INFINITY;
        }
        record Pair(int a, int b, double m) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            for (int j = i + 1; j < ends.size(); j++) {
                pairs.add(new Pair(i, j, metres(ends.get(i), ends.get(j))));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::m));
        boolean[] used = new boolean[ends.size()];
        double total = 0;
        for (Pair p : pairs) {
            if (!used[p.a()] && !used[p.b()]) {
                used[p.a()] = true;
                used[p.b()] = true;
                out.add(GF.createLineString(new Coordinate[] {ends.get(p.a()), ends.get(p.b())}));
                total += p.m();
            }
        }
        return total;
    }

    private static double lengthM(Geometry lines) {
        double m = 0;
        for (int i = 0; i < lines.getNumGeometries(); i++) {
            Coordinate[] cs = lines.getGeometryN(i).getCoordinates();
            for (int k = 1; k < cs.length; k++) {
                m += metres(cs[k - 1], cs[k]);
            }
        }
        return m;
    }

    private static double metres(Coordinate a, Coordinate b) {
        return org.beltmap.core.geo.Geodesy.distanceM(a.x, a.y, b.x, b.y);
    }

    private DataException broken(OsmData.Relation r, String what, String problem) {
        return new DataException(file, what, problem, "repair the relation in the OSM data (JOSM's validator shows "
                + "the gap), or name another relation with --boundary ID, or use --boundary auto");
    }
}
