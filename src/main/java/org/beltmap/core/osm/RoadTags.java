package org.beltmap.core.osm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What OSM road tags mean for a car: which highway classes are roads, the default speed of each class, maxspeed in
 * km/h, the one-way direction and a ferry's speed from its duration. Pure functions of tag values.
 */
public final class RoadTags {

    private RoadTags() {
    }

    /**
     * Default car speeds (km/h) per OSM highway value: what a planner can defend for free-flowing traffic outside
     * towns on Russian and European roads, links a little slower than their road, and ferries when no duration
     * is tagged. Written into an imported project's settings, where they can be edited.
     */
    public static final Map<String, Double> SPEEDS_KMH = speeds();

    private static Map<String, Double> speeds() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("motorway", 110.0);
        m.put("motorway_link", 80.0);
        m.put("trunk", 90.0);
        m.put("trunk_link", 70.0);
        m.put("primary", 70.0);
        m.put("primary_link", 60.0);
        m.put("secondary", 60.0);
        m.put("secondary_link", 50.0);
        m.put("tertiary", 50.0);
        m.put("tertiary_link", 40.0);
        m.put("unclassified", 40.0);
        m.put("road", 40.0);
        m.put("residential", 30.0);
        m.put("living_street", 10.0);
        m.put("service", 20.0);
        m.put("track", 15.0);
        m.put("ferry", 20.0);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Highway values kept as roads: {@link #SPEEDS_KMH}'s classes (footways, paths, steps, cycleways are not). */
    public static boolean isRoad(String highway) {
        return highway != null && SPEEDS_KMH.containsKey(highway) && !highway.equals("ferry");
    }

    private static final Set<String> NO_CARS = Set.of("no", "private", "agricultural", "forestry", "emergency",
            "agricultural;forestry", "forestry;agricultural", "delivery", "destination;private");

    /** False when the tags close the way to cars: motorcar, else motor_vehicle, else access. */
    public static boolean carsAllowed(String access, String motorVehicle, String motorcar) {
        String decisive = motorcar != null ? motorcar : motorVehicle != null ? motorVehicle : access;
        return decisive == null || !NO_CARS.contains(decisive.trim().toLowerCase(Locale.ROOT));
    }

    /** Implicit maxspeeds of zone values (the ones BeltMap's users meet: Russia and its neighbours, and Europe). */
    private static final Map<String, Double> ZONES = Map.ofEntries(
            Map.entry("ru:urban", 60.0), Map.entry("ru:rural", 90.0), Map.entry("ru:motorway", 110.0),
            Map.entry("ru:living_street", 20.0), Map.entry("by:urban", 60.0), Map.entry("by:rural", 90.0),
            Map.entry("by:motorway", 110.0), Map.entry("kz:urban", 60.0), Map.entry("kz:rural", 90.0),
            Map.entry("kz:motorway", 110.0), Map.entry("ua:urban", 50.0), Map.entry("ua:rural", 90.0),
            Map.entry("ua:motorway", 130.0), Map.entry("de:urban", 50.0), Map.entry("de:rural", 100.0),
            Map.entry("fr:urban", 50.0), Map.entry("fr:rural", 80.0), Map.entry("fr:motorway", 130.0),
            Map.entry("es:urban", 50.0), Map.entry("es:rural", 90.0), Map.entry("es:motorway", 120.0),
            Map.entry("ad:urban", 50.0), Map.entry("ad:rural", 90.0), Map.entry("it:urban", 50.0),
            Map.entry("it:rural", 90.0), Map.entry("it:motorway", 130.0), Map.entry("pl:urban", 50.0),
            Map.entry("pl:rural", 90.0), Map.entry("pl:motorway", 140.0));

    private static final Pattern SPEED = Pattern.compile("^\\s*(\\d+(?:[.,]\\d+)?)\\s*(km/h|kmh|kph|mph|knots)?\\s*$");

    /**
     * A maxspeed value in km/h: "60", "60 km/h", "30 mph", "10 knots", a zone such as "RU:urban" (also written as
     * "RU:urban" in the source:maxspeed style), the first of "50;30". NaN when it says nothing usable ("none",
     * "signals", "walk", an unknown zone): the class speed then applies.
     */
    public static double maxspeedKmh(String value) {
        if (value == null || value.isBlank()) {
            return Double.NaN;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        int semi = v.indexOf(';');
        if (semi > 0) {
            v = v.substring(0, semi).trim();
        }
        Double zone = ZONES.get(v);
        if (zone != null) {
            return zone;
        }
        Matcher m = SPEED.matcher(v);
        if (!m.matches()) {
            return Double.NaN;
        }
        double n = Double.parseDouble(m.group(1).replace(',', '.'));
        String unit = m.group(2);
        double kmh = "mph".equals(unit) ? n * 1.609344 : "knots".equals(unit) ? n * 1.852 : n;
        kmh = Math.round(kmh * 10) / 10.0;
        return kmh > 0 && kmh <= 300 ? kmh : Double.NaN;
    }

    /**
     * The way's direction for cars: 1 along its nodes, -1 against them, 0 both ways. oneway=yes/true/1 is 1,
     * -1/reverse is -1, no/false/0 is 0; without a oneway tag, roundabouts and motorways (and their links) are 1.
     */
    public static int oneway(String oneway, String junction, String highway) {
        if (oneway != null) {
            switch (oneway.trim().toLowerCase(Locale.ROOT)) {
                case "yes", "true", "1" -> {
                    return 1;
                }
                case "-1", "reverse" -> {
                    return -1;
                }
                case "no", "false", "0" -> {
                    return 0;
                }
                default -> {
                    // "reversible", "alternating": either way at some time; routed both ways.
                    return 0;
                }
            }
        }
        if ("roundabout".equals(junction) || "circular".equals(junction)) {
            return 1;
        }
        return "motorway".equals(highway) || "motorway_link".equals(highway) ? 1 : 0;
    }

    private static final Pattern ISO = Pattern.compile("^P(?:T)?(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?"
            + "(?:(\\d+(?:\\.\\d+)?)S)?$");
    private static final Pattern CLOCK = Pattern.compile("^(\\d+):(\\d{1,2})(?::(\\d{1,2}))?$");

    /** A ferry's duration in hours: "PT1H30M" (ISO 8601), "1:30", "01:30:00", or plain minutes "90"; NaN if none. */
    public static double durationHours(String value) {
        if (value == null || value.isBlank()) {
            return Double.NaN;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        Matcher m = CLOCK.matcher(v);
        if (m.matches()) {
            double h = Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) / 60.0
                    + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)) / 3600.0);
            return h > 0 ? h : Double.NaN;
        }
        m = ISO.matcher(v);
        if (m.matches() && v.length() > 2) {
            double h = num(m.group(1)) + num(m.group(2)) / 60 + num(m.group(3)) / 3600;
            return h > 0 ? h : Double.NaN;
        }
        if (v.matches("\\d+(\\.\\d+)?")) {
            double h = Double.parseDouble(v) / 60;
            return h > 0 ? h : Double.NaN;
        }
        return Double.NaN;
    }

    private static double num(String s) {
        return s == null ? 0 : Double.parseDouble(s);
    }

    /** Ferry speed from its length and duration, to 0.1 km/h, kept within 2..60 km/h; NaN without a duration. */
    public static double ferrySpeedKmh(double lengthKm, String duration) {
        double h = durationHours(duration);
        if (Double.isNaN(h) || lengthKm <= 0) {
            return Double.NaN;
        }
        return Math.round(Math.max(2, Math.min(60, lengthKm / h)) * 10) / 10.0;
    }
}
