package org.beltmap.core.io;

import java.nio.file.Path;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.sf.GeometryType;

/** Writes small GeoPackages with the NGA library, as QGIS would, for reader tests. */
final class GeoPackageTestFiles {

    private GeoPackageTestFiles() {
    }

    static void writePoints(Path file, String table, double[][] lonLat, String[] names) {
        GeoPackageManager.create(file.toFile());
        try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
            GeometryColumns gc = new GeometryColumns();
            gc.setId(new TableColumnKey(table, "geom"));
            gc.setGeometryType(GeometryType.POINT);
            gc.setZ((byte) 0);
            gc.setM((byte) 0);
            gc.setSrsId(4326L);
            gpkg.createFeatureTable(FeatureTableMetadata.create(gc,
                    List.of(FeatureColumn.createColumn("name", GeoPackageDataType.TEXT))));
            FeatureDao dao = gpkg.getFeatureDao(table);
            for (int i = 0; i < lonLat.length; i++) {
                FeatureRow row = dao.newRow();
                row.setGeometry(GeoPackageGeometryData.create(4326L, new mil.nga.sf.Point(lonLat[i][0], lonLat[i][1])));
                row.setValue("name", names[i]);
                dao.create(row);
            }
        }
    }
}
