package org.beltmap.core.network;

/**
 * Where a point off the network joins it: a point on {@code edge} at {@code fraction} from its A end, reached by a
 * straight access leg of {@code accessM} metres taking {@code accessMinutes} (detour factor and access speed applied).
 */
public record Attachment(int edge, double fraction, double lon, double lat, double accessM, double accessMinutes) {
}
