package org.beltmap.core.model;

/**
 * Settings of the infrastructure-bundle analysis (жгуты инфраструктуры).
 *
 * @param widthKm corridor width: lines closer than this (centre to centre, roughly) run "together"
 * @param minLengthKm shortest stretch along which layers must run together to count as a bundle; keeps crossings out
 * @param stripKm half-width of the urbanised strip (урбанизированная полоса) around the bundles
 */
public record BundleSettings(double widthKm, double minLengthKm, double stripKm) {

    public static final BundleSettings DEFAULTS = new BundleSettings(5, 10, 10);

    public BundleSettings {
        if (!(widthKm > 0) || !(minLengthKm >= 0) || !(stripKm >= 0)) {
            throw new IllegalArgumentException("bundle settings need width > 0, min length >= 0 and strip >= 0 km "
                    + "(got " + widthKm + ", " + minLengthKm + ", " + stripKm + ")");
        }
    }

    public BundleSettings withWidthKm(double v) {
        return new BundleSettings(v, minLengthKm, stripKm);
    }

    public BundleSettings withMinLengthKm(double v) {
        return new BundleSettings(widthKm, v, stripKm);
    }

    public BundleSettings withStripKm(double v) {
        return new BundleSettings(widthKm, minLengthKm, v);
    }
}
