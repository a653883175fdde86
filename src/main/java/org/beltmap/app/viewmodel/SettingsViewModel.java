package org.beltmap.app.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.beltmap.app.i18n.Messages;
import org.beltmap.core.model.Centre;
import org.beltmap.core.model.Region;
import org.beltmap.core.model.Settings;
import org.beltmap.core.model.SettingsCheck;
import org.beltmap.core.model.SizeClass;
import org.beltmap.core.model.SizeClassScheme;
import org.beltmap.core.model.Town;
import org.beltmap.core.osm.RoadTags;

/**
 * Analysis → Settings: every setting as the text the user types (numbers in the UI locale's way), the centres, and
 * the problems of what is typed, checked on every change. {@link #apply()} gives the settings and centres to pass to
 * {@link MainViewModel#setAnalysisSettings}; a field left as it was keeps its exact value.
 */
public final class SettingsViewModel {

    /** What the dialog produces. */
    public record Choice(Settings settings, List<Centre> centres) {
    }

    /** A numeric field: its text, and the value it started from (kept while the text is unchanged). */
    private record Field(StringProperty text, String initial, Double value) {
    }

    private final Messages m;
    private final Locale locale;
    private final Region region;
    private final Settings original;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final StringProperty beltThresholds;
    private final StringProperty isochroneMinutes;
    private final BooleanProperty railwaysInNetwork;
    private final List<String> roadClasses;
    private final List<SizeClass> sizeClasses;
    private final ObservableList<Centre> centres = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableMap<String, String> problemByField = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);

    public SettingsViewModel(Messages m, Region region) {
        this.m = m;
        this.locale = m.locale();
        this.region = region;
        this.original = region.project().settings();
        this.beltThresholds = new SimpleStringProperty(LocaleNumbers.formatList(original.beltThresholdsMin(), locale));
        this.isochroneMinutes = new SimpleStringProperty(LocaleNumbers.formatList(original.isochroneMinutes(),
                locale));
        this.railwaysInNetwork = new SimpleBooleanProperty(original.railwaysInNetwork());
        List<String> classes = new ArrayList<>(SettingsCheck.ROAD_CLASSES);
        // OSM highway classes (an imported extract) in the road hierarchy's order, then any other class by name.
        RoadTags.SPEEDS_KMH.keySet().stream().filter(original.speedsKmh()::containsKey).forEach(classes::add);
        SettingsCheck.roadClasses(original.speedsKmh()).stream().filter(c -> !classes.contains(c)).forEach(classes::add);
        this.roadClasses = List.copyOf(classes);
        // A class without its own speed uses the default speed: its field starts empty and stays so if untouched.
        roadClasses.forEach(c -> field("speed." + c, original.speedsKmh().get(c), false));
        field("defaultSpeed", original.defaultSpeedKmh(), false);
        field("accessSpeed", original.accessSpeedKmh(), false);
        field("detourFactor", original.detourFactor(), false);
        field("snapTolerance", original.snapToleranceM(), false);
        field("gapJoin", original.gapJoinM(), false);
        field("maxAccess", original.maxAccessKm(), false);
        List<SizeClass> smallestFirst = new ArrayList<>(original.sizeClasses().classes());
        java.util.Collections.reverse(smallestFirst);
        this.sizeClasses = List.copyOf(smallestFirst);
        sizeClasses.forEach(c -> field("sizeClass." + c.id(), (double) c.minPopulation(), true));
        centres.setAll(region.project().centres());
        beltThresholds.addListener(o -> validate());
        isochroneMinutes.addListener(o -> validate());
        fields.values().forEach(f -> f.text().addListener(o -> validate()));
        centres.addListener((javafx.collections.ListChangeListener<Centre>) c -> validate());
        validate();
    }

    private void field(String id, Double value, boolean grouping) {
        String text = value == null ? "" : LocaleNumbers.format(value, locale, grouping);
        fields.put(id, new Field(new SimpleStringProperty(text), text, value));
    }

    public StringProperty beltThresholdsProperty() {
        return beltThresholds;
    }

    public StringProperty isochroneMinutesProperty() {
        return isochroneMinutes;
    }

    public BooleanProperty railwaysInNetworkProperty() {
        return railwaysInNetwork;
    }

    /** Road classes with a speed row: the known ones, then any other the project names. */
    public List<String> roadClasses() {
        return roadClasses;
    }

    /**
     * Whether a class is an OpenStreetMap highway class of an imported extract (motorway … track, links, ferry):
     * the dialog lists those apart, each link beside its road.
     */
    public boolean isOsmClass(String roadClass) {
        return RoadTags.SPEEDS_KMH.containsKey(roadClass);
    }

    /** Size classes, smallest first, each with its lower bound in {@link #text(String)} "sizeClass.&lt;id&gt;". */
    public List<SizeClass> sizeClasses() {
        return sizeClasses;
    }

    /**
     * The text of a numeric field: speed.&lt;class&gt;, defaultSpeed, accessSpeed, detourFactor, snapTolerance,
     * gapJoin, maxAccess or sizeClass.&lt;id&gt;.
     */
    public StringProperty text(String field) {
        Field f = fields.get(field);
        if (f == null) {
            throw new IllegalArgumentException("no settings field " + field);
        }
        return f.text();
    }

    /** The field's name as the dialog and the problems call it. */
    public String label(String field) {
        if (field.startsWith("sizeClass.")) {
            String id = field.substring("sizeClass.".length());
            String key = "sizeClass.short." + id;
            return m.get("settings.field.sizeClass", m.has(key) ? m.get(key) : id);
        }
        String key = "settings.field." + field;
        return m.has(key) ? m.get(key) : field.substring(field.indexOf('.') + 1);
    }

    public ObservableList<Centre> centres() {
        return centres;
    }

    /** Towns that can still be added as centres, by name in the UI language. */
    public List<Town> centreCandidates() {
        return region.towns().stream().filter(t -> centres.stream().noneMatch(c -> isTown(c, t)))
                .sorted(java.util.Comparator.comparing((Town t) -> t.name(locale), java.text.Collator.getInstance(locale)))
                .toList();
    }

    public void addCentre(Town t) {
        if (t != null && centres.stream().noneMatch(c -> isTown(c, t))) {
            String name = t.nameRu() != null && !t.nameRu().isBlank() ? t.nameRu() : t.nameEn() != null ? t.nameEn()
                    : t.id();
            centres.add(Centre.ofTown(name));
        }
    }

    public void removeCentre(Centre c) {
        centres.remove(c);
    }

    /** A centre as listed: the town's name in the UI language, or the coordinates of a placed centre. */
    public String centreName(Centre c) {
        String name = c.town() == null ? null : region.town(c.town()).map(t -> t.name(locale)).orElse(c.town());
        if (!c.hasCoordinates()) {
            return name;
        }
        String at = LocaleNumbers.format(c.lon(), locale, false) + " · " + LocaleNumbers.format(c.lat(), locale, false);
        return name == null ? at : name + " (" + at + ")";
    }

    private static boolean isTown(Centre c, Town t) {
        return c.town() != null && !c.hasCoordinates() && t.matches(c.town());
    }

    /** The problems of what is typed, as sentences naming the field and the fix. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The problem of each field that has one (for marking the field and its tooltip). */
    public ObservableMap<String, String> problemByField() {
        return problemByField;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The settings and centres as typed; only when {@link #validProperty()} holds. */
    public Choice apply() {
        if (!valid.get()) {
            throw new IllegalStateException("settings have problems: " + problems);
        }
        return new Choice(build(new LinkedHashMap<>()), List.copyOf(centres));
    }

    private void validate() {
        Map<String, String> found = new LinkedHashMap<>();
        Settings s = build(found);
        List<SizeClass> entered = sizeClasses.stream().map(c -> new SizeClass(c.id(),
                Math.round(value("sizeClass." + c.id(), found)))).toList();
        List<SettingsCheck.Problem> checked = new ArrayList<>(SettingsCheck.check(s, centres));
        checked.removeIf(p -> p.field().startsWith("sizeClass."));
        checked.addAll(SettingsCheck.sizeClasses(entered));
        for (SettingsCheck.Problem p : checked) {
            found.putIfAbsent(p.field(), describe(p));
        }
        problemByField.clear();
        problemByField.putAll(found);
        problems.setAll(found.values());
        valid.set(found.isEmpty());
    }

    /** The settings from the fields; a field that cannot be read keeps its old value and adds to {@code bad}. */
    private Settings build(Map<String, String> bad) {
        List<Double> belts = list("beltThresholds", beltThresholds, original.beltThresholdsMin(), bad);
        List<Double> iso = list("isochroneMinutes", isochroneMinutes, original.isochroneMinutes(), bad);
        Map<String, Double> speeds = new LinkedHashMap<>();
        for (String c : roadClasses) {
            Field f = fields.get("speed." + c);
            if (!f.text().get().isBlank()) {
                speeds.put(c, value("speed." + c, bad));
            }
        }
        boolean sameBounds = sizeClasses.stream().allMatch(c -> value("sizeClass." + c.id(), bad) == c.minPopulation());
        SizeClassScheme scheme = sameBounds ? original.sizeClasses() : new SizeClassScheme(sizeClasses.stream()
                .map(c -> new SizeClass(c.id(), Math.round(value("sizeClass." + c.id(), bad)))).toList());
        return new Settings(scheme, belts, iso, speeds, value("defaultSpeed", bad), value("accessSpeed", bad),
                value("detourFactor", bad), value("snapTolerance", bad), value("gapJoin", bad), value("maxAccess", bad),
                original.bundles(), railwaysInNetwork.get());
    }

    private double value(String id, Map<String, String> bad) {
        Field f = fields.get(id);
        String t = f.text().get();
        if (t.equals(f.initial()) && f.value() != null) {
            return f.value();
        }
        OptionalDouble v = LocaleNumbers.parse(t, locale);
        if (v.isPresent()) {
            return v.getAsDouble();
        }
        String example = f.value() == null ? LocaleNumbers.format(60, locale, false) : f.initial();
        bad.putIfAbsent(id, m.get("settings.problem.NOT_A_NUMBER", label(id), t.strip(), example));
        return f.value() == null ? original.defaultSpeedKmh() : f.value();
    }

    private List<Double> list(String id, StringProperty text, List<Double> old, Map<String, String> bad) {
        List<Double> v = LocaleNumbers.parseList(text.get(), locale);
        if (v == null) {
            bad.putIfAbsent(id, m.get("settings.problem.NOT_A_LIST", label(id), text.get().strip(),
                    LocaleNumbers.formatList(old, locale)));
            return old;
        }
        return v;
    }

    private String describe(SettingsCheck.Problem p) {
        Object[] args = new Object[p.args().size() + 1];
        args[0] = label(p.field());
        boolean population = p.field().startsWith("sizeClass.");
        for (int i = 0; i < p.args().size(); i++) {
            Object a = p.args().get(i);
            args[i + 1] = a instanceof List<?> l ? LocaleNumbers.formatList(l.stream().map(x -> (Double) x).toList(),
                    locale) : a instanceof Double d ? LocaleNumbers.format(d, locale, population) : String.valueOf(a);
        }
        return m.get("settings.problem." + p.code().name(), args);
    }
}
