package org.beltmap.core.bundles;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One infrastructure bundle (жгут инфраструктуры): a stretch of territory where {@code strength} distinct linear
 * layers run together within the corridor width for at least the minimum length.
 *
 * @param area polygon in WGS84 lon/lat (valid)
 * @param strength number of distinct layers (not kinds: two engineering layers count twice) running together
 * @param layers ids of those layers, in project order
 * @param members per layer, the features (road refs, line names) that run along the bundle
 * @param lengthKm run length: the long side of the rectangle with the polygon's area and perimeter
 */
public record Bundle(Geometry area, int strength, List<String> layers, List<Member> members, double areaKm2,
                     double lengthKm) {

    public Bundle {
        layers = List.copyOf(layers);
        members = List.copyOf(members);
    }

    /** A layer taking part in a bundle and the names of its features found along it. */
    public record Member(String layer, String kind, List<String> features) {
        public Member {
            features = List.copyOf(features);
        }
    }
}
