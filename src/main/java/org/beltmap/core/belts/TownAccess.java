package org.beltmap.core.belts;

import java.util.List;
import org.beltmap.core.model.Town;
import org.locationtech.jts.geom.Coordinate;

/**
 * A town's accessibility from its nearest centre: МТД in minutes, the centre, the route and its length, the access
 * leg, the belt, and the published figures beside the computed ones. Unreachable towns carry no numbers.
 * {@code networkNode} is the graph node where the route leaves the network for the town (-1 when none).
 */
public record TownAccess(Town town, Status status, Town centre, double mtdMin, double routeKm, double accessKm,
                         double accessMin, int belt, List<Coordinate> route, int networkNode) {

    /** How the town is reached. */
    public enum Status { NETWORK, DIRECT, CENTRE, UNREACHABLE }

    /** Minutes difference computed − published beyond which (or a different belt) the card shows a warning. */
    public static final double DISAGREE_MIN = 10;

    public static TownAccess unreachable(Town t) {
        return new TownAccess(t, Status.UNREACHABLE, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, List.of(),
                -1);
    }

    public boolean reachable() {
        return status != Status.UNREACHABLE;
    }

    public Double publishedMtd() {
        return town.published().mtdMin();
    }

    public Integer publishedBelt() {
        return town.published().belt();
    }

    /** Computed minus published МТД, or null when either is missing. */
    public Double deltaMin() {
        return reachable() && publishedMtd() != null ? mtdMin - publishedMtd() : null;
    }

    /** True when a published figure exists and the computed one is in another belt or far from it. */
    public boolean disagrees() {
        if (!reachable()) {
            return publishedMtd() != null || publishedBelt() != null;
        }
        boolean beltDiffers = publishedBelt() != null && publishedBelt() != belt;
        Double d = deltaMin();
        return beltDiffers || (d != null && Math.abs(d) > DISAGREE_MIN);
    }
}
